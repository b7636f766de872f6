import { describe, expect, it } from 'vitest';
import { setPdfMetadata } from '../../src/leaflets/pdf-metadata.ts';
import { describeVerdict, isGood, verifyLeafletPdf } from '../../src/leaflets/verify-leaflet-pdf.ts';
import type { RegisterEntry } from '../../src/schemas/leaflet-register.ts';
import { outlinePdf } from '../support/pdf-file.ts';

// A Skia-shaped PDF through the build's own post-processing; tests/e2e/leaflets.e2e.test.ts does the
// same with the real leaflets Chromium printed.
const document = { id: 'alpha-consent-en', version: '2.1', issued: '2026-10-01', textHash: '0123456789ab', draft: false };
const built = (doc = document) =>
	Buffer.from(
		setPdfMetadata(Buffer.from(outlinePdf(['(Risks)']), 'latin1'), {
			title: 'T',
			author: 'A',
			subject: 'S',
			keywords: [doc.id],
			language: 'en',
			date: new Date('2026-10-01T00:00:00Z'),
			creator: 'clinic-publisher',
			headings: ['Document', 'Risks'],
			document: doc,
		}).bytes,
	);
const entry: RegisterEntry = { ...document, releasedBy: 'lena-hartmann', releasedAt: '2026-10-02T08:00:00Z', seal: '000000000000' };
delete (entry as Partial<typeof document>).draft;

describe('verifyLeafletPdf', () => {
	it('reads which leaflet version a PDF is, finds it released in the register, and unchanged', () => {
		const verdict = verifyLeafletPdf(built(), [entry]);
		expect(verdict).toEqual({ ours: true, document, modified: false, register: { status: 'released', entry } });
		expect(isGood(verdict)).toBe(true);
		expect(describeVerdict(verdict).join('\n')).toContain('released by lena-hartmann at 2026-10-02T08:00:00Z');
	});

	it('tells a draft (not in the register) and a text that differs from the register', () => {
		const draft = verifyLeafletPdf(built({ ...document, draft: true }), []);
		expect(draft).toMatchObject({ ours: true, document: { draft: true }, register: { status: 'draft' }, modified: false });
		expect(isGood(draft)).toBe(false);
		const other = verifyLeafletPdf(built(), [{ ...entry, textHash: 'ffffffffffff' }]);
		expect(other).toMatchObject({ register: { status: 'differs' } });
		expect(describeVerdict(other).join('\n')).toContain('TEXT DIFFERS');
		const newer = verifyLeafletPdf(built(), [entry, { ...entry, version: '2.2', issued: '2026-11-01' }]);
		expect(newer).toMatchObject({ register: { status: 'released' }, newer: { version: '2.2' } });
		expect(isGood(newer)).toBe(false);
	});

	it('sees a byte changed anywhere before the update, and bytes appended after it', () => {
		const pdf = built();
		const original = outlinePdf(['(Risks)']).length;
		for (const at of [20, Math.floor(original / 2), pdf.indexOf('(Risks)') + 1, pdf.indexOf('(Document)') + 2]) {
			const changed = Buffer.from(pdf);
			changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
			expect(verifyLeafletPdf(changed, [entry]), `byte ${at}`).toMatchObject({ ours: true, modified: 'changed' });
		}
		// Bytes after the build's %%EOF, and a whole incremental update as a PDF editor saves it.
		expect(verifyLeafletPdf(Buffer.concat([pdf, Buffer.from('% filled in\n')]), [entry])).toMatchObject({ modified: 'appended' });
		const text = pdf.toString('latin1');
		const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
		const object = '99 0 obj\n<</Annot true>>\nendobj\n';
		const update = `${object}xref\n99 1\n${String(pdf.length).padStart(10, '0')} 00000 n \ntrailer\n<</Size 100\n/Root 1 0 R\n/Prev ${startxref}>>\nstartxref\n${pdf.length + object.length}\n%%EOF\n`;
		const edited = Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
		const verdict = verifyLeafletPdf(edited, [entry]);
		expect(verdict).toMatchObject({ ours: true, document, modified: 'appended' });
		expect(describeVerdict(verdict).join('\n')).toContain('MODIFIED');
		expect(isGood(verdict)).toBe(false);
	});

	it('says clearly when a file is no leaflet of ours: not a PDF, truncated, or without our metadata', () => {
		expect(verifyLeafletPdf(Buffer.from('hello'), [])).toEqual({ ours: false, reason: expect.stringContaining('not a PDF') });
		const pdf = built();
		expect(verifyLeafletPdf(pdf.subarray(0, pdf.length - 40), [])).toEqual({ ours: false, reason: expect.stringContaining('truncated') });
		expect(verifyLeafletPdf(pdf.subarray(0, Math.floor(pdf.length / 2)), [])).toMatchObject({ ours: false });
		expect(verifyLeafletPdf(Buffer.from(outlinePdf(['(Risks)']), 'latin1'), [])).toEqual({
			ours: false,
			reason: expect.stringContaining('no leaflet metadata'),
		});
		expect(describeVerdict(verifyLeafletPdf(Buffer.from('hello'), []))[0]).toMatch(/^not a leaflet: /);
	});
});
