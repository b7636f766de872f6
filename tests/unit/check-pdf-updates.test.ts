import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { formMarkers } from '../../src/leaflets/form-markers.ts';
import { setPdfMetadata, type PdfMetadata } from '../../src/leaflets/pdf-metadata.ts';
import { describeVerdict, verifyLeafletPdf } from '../../src/leaflets/verify-leaflet-pdf.ts';
import { pdfFile } from '../support/pdf-file.ts';

// A two-page PDF shaped like Chromium's, each page with its content stream, the first with the links
// its form markers become. Objects: 1 catalog, 2 pages, 3 and 4 the pages, 5 info, 6 and 7 the
// content streams, 8… the annotations.
const link = (dest: string, rect: string) => `<</Border [0 0 0]\n/Dest /${dest}\n/F 4\n/Rect [${rect}]\n/Subtype /Link\n/Type /Annot>>`;
const content = (text: string) => `<</Length ${text.length}>>\nstream\n${text}\nendstream`;
const chromiumPdf = pdfFile(
	[
		'<</Type /Catalog\n/Pages 2 0 R\n/Lang (de)>>',
		'<</Type /Pages\n/Kids [3 0 R 4 0 R]\n/Count 2>>',
		'<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]\n/Contents 6 0 R\n/Annots [8 0 R 9 0 R 10 0 R 11 0 R]>>',
		'<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]\n/Contents 7 0 R>>',
		"<</Creator (Chromium)\n/CreationDate (D:20261201204000+00'00')\n/ModDate (D:20261201204000+00'00')>>",
		content('BT /F1 12 Tf 72 720 Td (Risiken: Rötung, Schwellung) Tj ET'),
		content('BT /F1 12 Tf 72 720 Td (Ich bin aufgeklärt worden.) Tj ET'),
		link('form~patient.number', '443 694 555 717'),
		link('form~decision~consent', '71 526 82 537'),
		link('form~decision~refusal', '71 508 82 519'),
		link('form~signature.patient', '300 100 550 140'),
	],
	'/Size 12\n/Root 1 0 R\n/Info 5 0 R',
);
const html = `<html dir="ltr"><a class="form-marker" id="form~patient.number" href="#form~patient.number" data-tooltip="Patientennummer" aria-hidden="true" tabindex="-1"></a>
<a class="form-marker" id="form~decision~consent" href="#form~decision~consent" data-tooltip="Ich willige ein." data-group-tooltip="Erkl&auml;rung" aria-hidden="true" tabindex="-1"></a>
<a class="form-marker" id="form~decision~refusal" href="#form~decision~refusal" data-tooltip="Ich lehne ab." data-group-tooltip="Erkl&auml;rung" aria-hidden="true" tabindex="-1"></a>
<a class="form-marker" id="form~signature.patient" href="#form~signature.patient" data-tooltip="Unterschrift" aria-hidden="true" tabindex="-1"></a></html>`;
const meta: PdfMetadata = {
	title: 'T',
	author: 'A',
	subject: 'S',
	keywords: [],
	language: 'de',
	date: new Date('2026-10-01T00:00:00Z'),
	creator: 'clinic-publisher',
	document: { id: 'alpha-consent-de', version: '1.0', issued: '2026-10-01', textHash: '0123456789ab', draft: false },
	form: { markers: formMarkers(html), footer: false, dir: 'ltr', script: 'latin' },
};
const built = () => Buffer.from(setPdfMetadata(Buffer.from(chromiumPdf, 'latin1'), meta).bytes);

/** The body of object `number` in its newest definition, as text. */
function objectText(pdf: Buffer, number: number): string {
	const text = pdf.toString('latin1');
	const start = text.lastIndexOf(`\n${number} 0 obj\n`) + `\n${number} 0 obj\n`.length;
	return text.slice(start, text.indexOf('\nendobj', start));
}

/** An incremental update written by hand: the objects (number, body), an xref table, a trailer with /Prev. */
function appendUpdate(pdf: Buffer, objects: [number, string][]): Buffer {
	const text = pdf.toString('latin1');
	const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
	const size = Number([...text.matchAll(/\/Size (\d+)/g)].at(-1)![1]);
	const info = [...text.matchAll(/\/Info (\d+ 0 R)/g)].at(-1)![1];
	let body = '';
	let xref = 'xref\n0 1\n0000000000 65535 f \n';
	for (const [number, value] of objects) {
		xref += `${number} 1\n${String(pdf.length + body.length).padStart(10, '0')} 00000 n \n`;
		body += `${number} 0 obj\n${value}\nendobj\n`;
	}
	const highest = Math.max(size, ...objects.map(([n]) => n + 1));
	const tail = `trailer\n<</Size ${highest}\n/Root 1 0 R\n/Info ${info}\n/Prev ${startxref}>>\nstartxref\n${pdf.length + body.length}\n%%EOF\n`;
	return Buffer.concat([pdf, Buffer.from(body + xref + tail, 'latin1')]);
}

async function fill(pdf: Buffer, options: { useObjectStreams?: boolean } = {}): Promise<Buffer> {
	const doc = await PDFDocument.load(pdf, { forIncrementalUpdate: true });
	const form = doc.getForm();
	form.getTextField('patient.number').setText('12345');
	form.getRadioGroup('decision').select('consent');
	return Buffer.from(await doc.commit(options));
}

// Released in the register, so the lines speak of the released text.
const released = {
	id: 'alpha-consent-de',
	version: '1.0',
	issued: '2026-10-01',
	textHash: '0123456789ab',
	releasedBy: 'lena-hartmann',
	releasedAt: '2026-10-02T08:00:00Z',
	seal: '000000000000',
};
const line = (pdf: Buffer) => describeVerdict(verifyLeafletPdf(pdf, [released])).find((l) => l.startsWith('file:'))!;

describe('npm run verify checks what the updates after the build changed', () => {
	it('calls a form filled in with @cantoo/pdf-lib FILLED IN, naming the fields set', async () => {
		const filled = await fill(built());
		const verdict = verifyLeafletPdf(filled, []);
		expect(verdict).toMatchObject({ modified: 'appended', appended: { updates: 1, check: { verdict: 'filled', edits: [] } } });
		expect(line(filled)).toBe(
			'file: FILLED IN, the released text is intact; 1 incremental update after the build set 2 fields (patient.number, decision).',
		);
		// Filled in twice (a second save by a reader): still filled in, the fields of both saves.
		const again = await fill(filled);
		expect(line(again)).toMatch(/^file: FILLED IN, the released text is intact; 2 incremental updates after the build set 2 fields/);
	});

	it('counts a signature: the signature field’s value, the AcroForm’s /SigFlags, the catalog’s /DSS', () => {
		const pdf = built();
		const text = pdf.toString('latin1');
		const acroForm = Number(/\/AcroForm (\d+) 0 R/.exec(text)![1]);
		const signing: [number, string][] = [
			[80, '<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 0 0 0] /Contents <00>>>'],
			[81, '<</Type /XObject /Subtype /Form /BBox [0 0 250 40] /Length 0>>\nstream\n\nendstream'],
			[82, '<</VRI <<>>>>'],
			[
				11,
				objectText(pdf, 11)
					.replace('/FT /Sig', '/FT /Sig /V 80 0 R')
					.replace(/\/AP <<\/N \d+ 0 R>>/, '/AP <</N 81 0 R>>'),
			],
			[acroForm, objectText(pdf, acroForm).replace(/>>$/, '/SigFlags 3>>')],
			[1, objectText(pdf, 1).replace(/>>$/, '/DSS 82 0 R>>')],
		];
		const signed = appendUpdate(pdf, signing);
		expect(verifyLeafletPdf(signed, [])).toMatchObject({ appended: { check: { verdict: 'filled', signatures: ['signature.patient'] } } });
		expect(line(signed)).toBe(
			'file: FILLED IN, the released text is intact; 1 incremental update after the build added 1 signature (signature.patient).',
		);
		// Signing in the same update as a changed page is no filling in.
		const edited = appendUpdate(pdf, [...signing, [6, content('BT ET')]]);
		expect(line(edited)).toContain("MODIFIED, the released text is not what a reader shows: page 1's content was replaced");
	});

	it('calls a page whose content stream an update replaced MODIFIED, naming the page', async () => {
		for (const [number, page] of [
			[6, 1],
			[7, 2],
		] as const) {
			const edited = appendUpdate(built(), [[number, content('BT /F1 12 Tf 72 720 Td (Keine Risiken.) Tj ET')]]);
			expect(verifyLeafletPdf(edited, [])).toMatchObject({ appended: { check: { verdict: 'edited' } } });
			expect(line(edited)).toContain(
				`file: MODIFIED, the released text is not what a reader shows: page ${page}'s content was replaced in the update after the build`,
			);
			// The same after a form was filled in properly first.
			const later = appendUpdate(await fill(built()), [[number, content('BT ET')]]);
			expect(line(later)).toContain(`page ${page}'s content was replaced in update 2 after the build`);
		}
		// A page that gets another content stream, and one whose /MediaBox changes.
		const other = appendUpdate(appendUpdate(built(), [[40, content('BT ET')]]), [
			[4, objectText(built(), 4).replace('/Contents 7 0 R', '/Contents 40 0 R')],
		]);
		expect(line(other)).toContain("page 2's dictionary (/Contents) was changed in update 2 after the build");
		const box = appendUpdate(built(), [[3, objectText(built(), 3).replace('/MediaBox [0 0 595 842]', '/MediaBox [0 0 595 400]')]]);
		expect(line(box)).toContain("page 1's dictionary (/MediaBox) was changed");
	});

	it('calls a widget moved, renamed or given an action MODIFIED, naming the field', () => {
		const pdf = built();
		const widget = objectText(pdf, 8);
		for (const [changed, key] of [
			[widget.replace(/\/Rect \[[^\]]*\]/, '/Rect [10 10 500 800]'), '/Rect'],
			[widget.replace('(patient.number)', '(patient.name)'), '/T'],
			[widget.replace('/Type /Annot', '/Type /Annot /AA <</K <</S /JavaScript /JS (app.alert\\(1\\))>>>>'), '/AA'],
		] as const) {
			const edited = appendUpdate(pdf, [[8, changed]]);
			expect(verifyLeafletPdf(edited, [])).toMatchObject({ appended: { check: { verdict: 'edited' } } });
			expect(line(edited)).toContain(`the field patient.number's ${key} was changed in the update after the build`);
		}
		// A value and a read-only flag set by hand are filling in.
		const valued = appendUpdate(pdf, [[8, widget.replace('/FT /Tx', '/FT /Tx /V (4711) /Ff 1')]]);
		expect(line(valued)).toBe(
			'file: FILLED IN, the released text is intact; 1 incremental update after the build set 1 field (patient.number).',
		);
	});

	it('calls a link added to a page ANNOTATED, never filled in', () => {
		const pdf = built();
		const page = objectText(pdf, 4);
		const edited = appendUpdate(pdf, [
			[50, '<</Type /Annot /Subtype /Link /Rect [0 0 595 842] /A <</S /URI /URI (https://example.org/)>>>>'],
			[4, page.replace('/Contents 7 0 R', '/Contents 7 0 R\n/Annots [50 0 R]')],
		]);
		expect(verifyLeafletPdf(edited, [])).toMatchObject({
			appended: { check: { verdict: 'annotated', annotations: [{ subtype: 'Link', page: 2 }] } },
		});
		expect(line(edited)).toBe(
			'file: ANNOTATED, the released text is intact but 1 incremental update after the build added 1 annotation shown over it (a Link on page 2).',
		);
		// Removing the form's widgets from the page is no annotating.
		const removed = appendUpdate(pdf, [[3, objectText(pdf, 3).replace(/\/Annots \[[^\]]*\]/, '/Annots []')]]);
		expect(line(removed)).toContain("page 1's annotations were removed or reordered in the update after the build");
	});

	it('lets a save stamp the Info with its date and program, as readers do, and stays FILLED IN', async () => {
		const filled = await fill(built());
		const info = [...filled.toString('latin1').matchAll(/\/Info (\d+) 0 R/g)].at(-1)![1]!;
		const stamp = (body: string) =>
			body.replace(/\/ModDate \([^)]*\)/, "/ModDate (D:20261203101500+01'00')").replace(/>>$/, '/Producer (Some PDF reader 3.1)>>');
		// The same Info object redefined, as an editor saves it, and a new one the trailer names instead.
		const redefined = appendUpdate(filled, [[Number(info), stamp(objectText(filled, Number(info)))]]);
		expect(line(redefined)).toMatch(/^file: FILLED IN/);
		const text = appendUpdate(filled, [[71, stamp(objectText(filled, Number(info)))]]).toString('latin1');
		const tail = text.lastIndexOf('trailer');
		const renamed = Buffer.from(text.slice(0, tail) + text.slice(tail).replace(/\/Info \d+ 0 R/, '/Info 71 0 R'), 'latin1');
		expect(line(renamed)).toMatch(/^file: FILLED IN/);
	});

	it('calls the outline, the Info, the catalog and a deleted object edits, naming them', () => {
		const pdf = built();
		const info = [...pdf.toString('latin1').matchAll(/\/Info (\d+) 0 R/g)].at(-1)![1]!;
		const infoEdit = appendUpdate(pdf, [[Number(info), objectText(pdf, Number(info)).replace(/>>$/, '/Subject (Another text)>>')]]);
		expect(line(infoEdit)).toContain("the document information (Info)'s /Subject changed in the update after the build");
		for (const key of ['ClinicVersion', 'Title', 'CreationDate']) {
			const body = objectText(pdf, Number(info));
			const edited = body.replace(new RegExp(`/${key} (\\([^)]*\\)|<[0-9A-Fa-f]*>)`), `/${key} (2.0)`);
			expect(edited, key).not.toBe(body);
			expect(line(appendUpdate(pdf, [[Number(info), edited]])), key).toContain(`the document information (Info)'s /${key} changed`);
		}
		// A new Info object named by the update's trailer.
		const text0 = appendUpdate(pdf, [[70, '<</Title (Another form)>>']]).toString('latin1');
		const tail = text0.lastIndexOf('trailer');
		const newInfo = Buffer.from(text0.slice(0, tail) + text0.slice(tail).replace(/\/Info \d+ 0 R/, '/Info 70 0 R'), 'latin1');
		expect(line(newInfo)).toContain('the document information (/Info) was replaced (/');
		const catalog = appendUpdate(pdf, [[1, objectText(pdf, 1).replace('/Lang (de)', '/Lang (de) /OpenAction <</S /JavaScript /JS (1)>>')]]);
		expect(line(catalog)).toContain("the catalog's /OpenAction was changed");
		const text = pdf.toString('latin1');
		const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
		const freed = Buffer.concat([
			pdf,
			Buffer.from(
				`xref\n0 1\n0000000000 65535 f \n7 1\n0000000000 00001 f \ntrailer\n<</Size 99 /Root 1 0 R /Prev ${startxref}>>\nstartxref\n${pdf.length}\n%%EOF\n`,
				'latin1',
			),
		]);
		expect(line(freed)).toContain("page 2's content was deleted");
	});

	it('reads an update whose cross-reference is a stream: filled in with object streams, or a content replaced', async () => {
		// @cantoo/pdf-lib's save with object streams: a cross-reference stream, the changed fields inside an object stream.
		const compact = await fill(built(), { useObjectStreams: true });
		expect(compact.toString('latin1')).toContain('/Type /XRef');
		expect(compact.toString('latin1')).toContain('/Type /ObjStm');
		expect(line(compact)).toBe(
			'file: FILLED IN, the released text is intact; 1 incremental update after the build set 2 fields (patient.number, decision).',
		);
		const pdf = built();
		const text = pdf.toString('latin1');
		const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
		// Page 1's content stream replaced, listed in a cross-reference stream (/W [1 4 1], one entry for object 6).
		const object = `6 0 obj\n${content('BT ET')}\nendobj\n`;
		const entry = Buffer.from([1, ...[24, 16, 8, 0].map((s) => (pdf.length >> s) & 0xff), 0]).toString('latin1');
		const xrefAt = pdf.length + object.length;
		const xref = `60 0 obj\n<</Type /XRef /Size 61 /W [1 4 1] /Index [6 1] /Root 1 0 R /Prev ${startxref} /Length ${entry.length}>>\nstream\n${entry}\nendstream\nendobj\n`;
		const edited = Buffer.concat([pdf, Buffer.from(`${object}${xref}startxref\n${xrefAt}\n%%EOF\n`, 'latin1')]);
		expect(verifyLeafletPdf(edited, [])).toMatchObject({
			ours: true,
			modified: 'appended',
			appended: { updates: 1, check: { verdict: 'edited' } },
		});
		expect(line(edited)).toContain("page 1's content was replaced in the update after the build");
		// The same after a fill saved with object streams: the content stream hidden behind a stream section too.
		const later = Buffer.from(await fill(built(), { useObjectStreams: true }));
		const after = appendUpdate(later, [[7, content('BT ET')]]);
		expect(line(after)).toContain("page 2's content was replaced in update 2 after the build");
	});

	it('says an update it cannot read is not checked, never filled in', () => {
		const pdf = built();
		const text = pdf.toString('latin1');
		const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
		// A cross-reference stream with a filter verify does not decode, and a hybrid section (/XRefStm).
		const xref = `60 0 obj\n<</Type /XRef /Size 61 /W [1 4 1] /Index [6 1] /Root 1 0 R /Prev ${startxref} /Filter /LZWDecode /Length 6>>\nstream\nabcdef\nendstream\nendobj\n`;
		const lzw = Buffer.concat([pdf, Buffer.from(`${xref}startxref\n${pdf.length}\n%%EOF\n`, 'latin1')]);
		const verdict = verifyLeafletPdf(lzw, []);
		expect(verdict).toMatchObject({ ours: true, modified: 'appended' });
		expect(line(lzw)).toContain(
			'file: MODIFIED, the form as built is intact, but what was appended after it is not checked: the update: its cross-reference stream cannot be read (Malformed PDF at byte',
		);
		const hybrid = Buffer.concat([
			pdf,
			Buffer.from(
				`xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 99 /Root 1 0 R /XRefStm 5 /Prev ${startxref}>>\nstartxref\n${pdf.length}\n%%EOF\n`,
				'latin1',
			),
		]);
		expect(line(hybrid)).toBe(
			'file: MODIFIED, the form as built is intact, but what was appended after it is not checked: the update: its trailer names a cross-reference stream besides its table (/XRefStm), which verify does not read.',
		);
	});

	it('speaks of the text as built, not the released text, on a draft', async () => {
		const filled = await fill(built());
		expect(describeVerdict(verifyLeafletPdf(filled, [])).join('\n')).toContain('file: FILLED IN, the text as built is intact;');
	});

	it('keeps its line for bytes after the end that are no update', () => {
		const pdf = Buffer.concat([built(), Buffer.from('% garbage after the end\n')]);
		expect(line(pdf)).toBe('file: MODIFIED, bytes were added after the build (filled in, annotated or edited and saved).');
	});
});
