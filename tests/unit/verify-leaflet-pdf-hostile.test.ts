import { describe, expect, it } from 'vitest';
import { setPdfMetadata } from '../../src/leaflets/pdf-metadata.ts';
import { isGood, verifyLeafletPdf } from '../../src/leaflets/verify-leaflet-pdf.ts';
import type { RegisterEntry } from '../../src/schemas/leaflet-register.ts';
import { outlinePdf } from '../support/pdf-file.ts';

// Hostile cases of `npm run verify` (hostile test of issue 15): a PDF editor's incremental save as the
// PDF specification has it (ISO 32000-1 §7.5.6: the update's trailer repeats the previous trailer's
// entries, /Info included) must still count as a modification.
const document = { id: 'alpha-consent-en', version: '2.1', issued: '2026-10-01', textHash: '0123456789ab', draft: false };
const built = () =>
	Buffer.from(
		setPdfMetadata(Buffer.from(outlinePdf(['(Risks)']), 'latin1'), {
			title: 'T',
			author: 'A',
			subject: 'S',
			keywords: [document.id],
			language: 'en',
			date: new Date('2026-10-01T00:00:00Z'),
			creator: 'clinic-publisher',
			headings: ['Document', 'Risks'],
			document,
		}).bytes,
	);
const entry: RegisterEntry = { ...document, releasedBy: 'lena-hartmann', releasedAt: '2026-10-02T08:00:00Z', seal: '000000000000' };
delete (entry as Partial<typeof document>).draft;

describe('verifyLeafletPdf against an edited file', () => {
	it('sees an incremental update whose trailer carries the build’s /Info forward, as PDF editors write it', () => {
		const pdf = built();
		const text = pdf.toString('latin1');
		const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
		const info = /\/Info\s+(\d+\s+\d+\s+R)/g;
		let ref: string | undefined;
		for (const m of text.matchAll(info)) ref = m[1];
		expect(ref).toBeDefined();
		const object = '99 0 obj\n<</Annot true>>\nendobj\n';
		const update = `${object}xref\n99 1\n${String(pdf.length).padStart(10, '0')} 00000 n \ntrailer\n<</Size 100\n/Root 1 0 R\n/Info ${ref}\n/Prev ${startxref}>>\nstartxref\n${pdf.length + object.length}\n%%EOF\n`;
		const edited = Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
		const verdict = verifyLeafletPdf(edited, [entry]);
		expect(verdict).toMatchObject({ ours: true, modified: 'appended' });
		expect(isGood(verdict)).toBe(false);
	});

	// The same class: an editor that writes the Info dictionary anew (a new ModDate, our keys copied
	// over), and two saves one after the other.
	const update = (pdf: Buffer, objects: [number, string][], info: string) => {
		const text = pdf.toString('latin1');
		const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
		let body = '';
		let xref = 'xref\n';
		for (const [number, value] of objects) {
			xref += `${number} 1\n${String(pdf.length + body.length).padStart(10, '0')} 00000 n \n`;
			body += `${number} 0 obj\n${value}\nendobj\n`;
		}
		const tail = `trailer\n<</Size 100\n/Root 1 0 R\n/Info ${info}\n/Prev ${startxref}>>\nstartxref\n${pdf.length + body.length}\n%%EOF\n`;
		return Buffer.concat([pdf, Buffer.from(body + xref + tail, 'latin1')]);
	};
	const infoOf = (pdf: Buffer) => {
		const text = pdf.toString('latin1');
		const ref = [...text.matchAll(/\/Info\s+(\d+)\s+0\s+R/g)].at(-1)![1]!;
		const start = text.lastIndexOf(`${ref} 0 obj\n`) + `${ref} 0 obj\n`.length;
		return { ref: `${ref} 0 R`, number: Number(ref), dict: text.slice(start, text.indexOf('\nendobj', start)) };
	};
	it('sees an editor’s save that defines the Info object anew with our keys copied', () => {
		const pdf = built();
		const info = infoOf(pdf);
		const edited = update(pdf, [[info.number, info.dict.replace(/\/ModDate \([^)]*\)/, '/ModDate (D:20261105120000Z)')]], info.ref);
		const verdict = verifyLeafletPdf(edited, [entry]);
		expect(verdict).toMatchObject({ ours: true, document, modified: 'appended' });
		expect(isGood(verdict)).toBe(false);
	});
	it('sees two incremental saves, each repeating the build’s /Info', () => {
		const pdf = built();
		const info = infoOf(pdf);
		const once = update(pdf, [[98, '<</Annot true>>']], info.ref);
		const twice = update(once, [[99, '<</Annot true>>']], info.ref);
		expect(verifyLeafletPdf(twice, [entry])).toMatchObject({ ours: true, modified: 'appended' });
		expect(verifyLeafletPdf(pdf, [entry])).toMatchObject({ ours: true, modified: false });
	});

	it('takes the newer version by number, not by the register’s file order', () => {
		const later = { ...entry, version: '2.10', issued: '2026-11-01' };
		const lower = { ...entry, version: '1.0', issued: '2026-12-01', releasedAt: '2026-12-01T08:00:00Z' };
		// 2.10 is above 2.1 (not 2.1 < 2.10 as strings would have it the other way round), listed before it.
		expect(verifyLeafletPdf(built(), [later, entry])).toMatchObject({ register: { status: 'released' }, newer: { version: '2.10' } });
		// A lower version recorded after it is no newer version.
		const verdict = verifyLeafletPdf(built(), [entry, lower]);
		expect(verdict).not.toHaveProperty('newer');
		expect(isGood(verdict)).toBe(true);
	});
});
