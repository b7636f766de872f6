import { describe, expect, it } from 'vitest';
import { dictEntry } from '../../src/leaflets/parse-pdf-value.ts';
import { setPdfMetadata, type PdfMetadata } from '../../src/leaflets/pdf-metadata.ts';
import { readPdfStructure } from '../../src/leaflets/read-pdf-structure.ts';
import { describeVerdict, verifyLeafletPdf } from '../../src/leaflets/verify-leaflet-pdf.ts';
import { formMarkers } from '../../src/leaflets/form-markers.ts';
import { pdfFile } from '../support/pdf-file.ts';

// A one-page PDF shaped like Chromium's, with the link annotations its markers become: a text blank,
// a radio group of two boxes, and an ordinary link that must stay a link. Objects: 1 catalog, 2 pages,
// 3 page, 4 info, 5… annotations.
const link = (dest: string, rect: string) => `<</Border [0 0 0]\n/Dest /${dest}\n/F 4\n/Rect [${rect}]\n/Subtype /Link\n/Type /Annot>>`;
const chromiumPdf = (annots: string[]) =>
	pdfFile(
		[
			'<</Type /Catalog\n/Pages 2 0 R\n/Lang (de)>>',
			'<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>',
			`<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]\n/Annots [${annots.map((_, i) => `${5 + i} 0 R`).join(' ')}]>>`,
			"<</Creator (Chromium)\n/CreationDate (D:20261201204000+00'00')\n/ModDate (D:20261201204000+00'00')>>",
			...annots,
		],
		'/Size 99\n/Root 1 0 R\n/Info 4 0 R',
	);
const html = `<html dir="ltr"><a class="form-marker" id="form~patient.number" href="#form~patient.number" data-tooltip="Patientennummer" aria-hidden="true" tabindex="-1"></a>
<a class="form-marker" id="form~decision~consent" href="#form~decision~consent" data-tooltip="Ich willige ein." data-group-tooltip="Erkl&auml;rung" aria-hidden="true" tabindex="-1"></a>
<a class="form-marker" id="form~decision~refusal" href="#form~decision~refusal" data-tooltip="Ich lehne ab." data-group-tooltip="Erkl&auml;rung" aria-hidden="true" tabindex="-1"></a></html>`;
const document = { id: 'alpha-consent-de', version: '1.0', issued: '2026-10-01', textHash: '0123456789ab', draft: false };
const meta = (markers = formMarkers(html)): PdfMetadata => ({
	title: 'T',
	author: 'A',
	subject: 'S',
	keywords: [],
	language: 'de',
	date: new Date('2026-10-01T00:00:00Z'),
	creator: 'clinic-publisher',
	document,
	form: { markers, footer: false, dir: 'ltr', script: 'latin' },
});
const annots = [
	link('form~patient.number', '443 694 555 717'),
	link('form~decision~consent', '71 526 82 537'),
	link('form~decision~refusal', '71 508 82 519'),
	'<</Border [0 0 0]\n/A <</S /URI /URI (https://example.org/)>>\n/F 4\n/Rect [10 10 20 20]\n/Subtype /Link\n/Type /Annot>>',
];
const build = (pdf = chromiumPdf(annots), m = meta()) => Buffer.from(setPdfMetadata(Buffer.from(pdf, 'latin1'), m).bytes);

describe('the PDF form of a leaflet', () => {
	it('turns each marker link into its widget, in place, with an AcroForm, and leaves other links alone', () => {
		const out = build();
		const pdf = readPdfStructure(out.toString('latin1'));
		const form = dictEntry(pdf.object(pdf.root), 'AcroForm');
		expect(form?.type).toBe('ref');
		const acro = pdf.object((form as { num: number }).num);
		const fields = dictEntry(acro, 'Fields');
		expect(fields?.type === 'array' && fields.items.length).toBe(2);
		const number = pdf.object(5);
		expect(dictEntry(number, 'Subtype')).toMatchObject({ value: 'Widget' });
		expect(dictEntry(number, 'FT')).toMatchObject({ value: 'Tx' });
		expect(dictEntry(number, 'T')).toMatchObject({ bytes: 'patient.number' });
		expect(dictEntry(number, 'Rect')).toMatchObject({ items: [{ value: 443 }, { value: 694 }, { value: 555 }, { value: 717 }] });
		// The radio boxes are kids of one field, each with its export value as its on-state.
		const consent = pdf.object(6);
		const parent = dictEntry(consent, 'Parent');
		expect(parent?.type).toBe('ref');
		const group = pdf.object((parent as { num: number }).num);
		expect(dictEntry(group, 'T')).toMatchObject({ bytes: 'decision' });
		expect(dictEntry(group, 'Ff')).toMatchObject({ value: 49152 });
		expect([...(dictEntry(dictEntry(consent, 'AP'), 'N') as { entries: Map<string, unknown> }).entries.keys()]).toEqual(['consent', 'Off']);
		expect(dictEntry(pdf.object(8), 'Subtype')).toMatchObject({ value: 'Link' });
		expect(dictEntry(pdf.object(3), 'Tabs')).toMatchObject({ value: 'S' });
	});

	it('refuses a marker that names no field, one the print view lacks, and a radio group missing a box', () => {
		expect(() => build(chromiumPdf([link('form~patient.shoeSize', '1 1 2 2')]))).toThrow(/form~patient.shoeSize.*no field/);
		expect(() => build(chromiumPdf([link('form~patient.number', '1 1 2 2')]), meta(new Map()))).toThrow(/does not have/);
		expect(() => build(chromiumPdf([link('form~decision~consent', '1 1 2 2')]), meta())).toThrow(/decision has the boxes consent/);
	});

	it('is sealed with the build: a changed field is a changed file, a filled-in form an intact one with updates after it', () => {
		const out = build();
		expect(verifyLeafletPdf(out, [])).toMatchObject({ ours: true, modified: false });
		// A field renamed inside the form's own update, before the Info update that seals it.
		const text = out.toString('latin1');
		const renamed = Buffer.from(text.replace('(patient.number)', '(patient.numbe2)'), 'latin1');
		expect(verifyLeafletPdf(renamed, [])).toMatchObject({ modified: 'changed' });
		// A reader's save after filling in: an incremental update of its own, twice.
		// The trailer repeats the build's /Info, as ISO 32000-1 §7.5.6 asks of an update (verify calls a
		// trailer naming none, or another, an edit).
		const info = [...text.matchAll(/\/Info (\d+ 0 R)/g)].at(-1)![1]!;
		let filled = text;
		for (let k = 0; k < 2; k++) {
			const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(filled)![1]);
			// The widget as built, with a value: what a reader writes when the field is typed into.
			const start = filled.lastIndexOf('\n5 0 obj\n') + '\n5 0 obj\n'.length;
			const widget = filled.slice(start, filled.indexOf('\nendobj', start)).replace('/FT /Tx', `/FT /Tx /V (1234${k})`);
			const object = `5 0 obj\n${widget}\nendobj\n`;
			filled += `${object}xref\n5 1\n${String(filled.length).padStart(10, '0')} 00000 n \ntrailer\n<</Size 200\n/Root 1 0 R\n/Info ${info}\n/Prev ${startxref}>>\nstartxref\n${filled.length + object.length}\n%%EOF\n`;
		}
		const verdict = verifyLeafletPdf(Buffer.from(filled, 'latin1'), []);
		expect(verdict).toMatchObject({ modified: 'appended', appended: { updates: 2, otherBytes: false } });
		expect(describeVerdict(verdict).join('\n')).toContain(
			'file: FILLED IN, the text as built is intact; 2 incremental updates after the build set 1 field (patient.number).',
		);
	});
});
