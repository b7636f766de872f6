import { describe, expect, it } from 'vitest';
import { outlinePdf, pdfFile } from '../support/pdf-file.ts';
import { runBounded } from '../support/run-bounded.ts';

// The post-processing runs in a worker with a time limit: before the PDF objects were read by
// structure, a title with PDF syntax in it made the outline walk loop forever, which no test timeout
// can stop in synchronous code.
const META = {
	title: 'T',
	author: 'A',
	subject: 'S',
	keywords: ['k'],
	language: 'en',
	date: new Date('2026-11-15T00:00:00Z'),
	creator: 'test',
};
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const post = (text: string, headings?: string[], meta: Partial<typeof META> = {}) =>
	runBounded<{ bytes: Uint8Array; pages: number }>(
		'src/leaflets/pdf-metadata.ts',
		'setPdfMetadata',
		[bytes(text), { ...META, ...meta, ...(headings ? { headings } : {}) }],
		5000,
	);

/** Outline titles of a processed PDF, all levels in document order, as an independent reader (pdf.js) sees them. */
async function titles(out: Uint8Array): Promise<string[]> {
	const { getDocumentProxy } = await import('unpdf');
	const pdf = await getDocumentProxy(new Uint8Array(out));
	type Item = { title: string; items?: Item[] };
	const flat = (items: Item[]): string[] => items.flatMap((item) => [item.title, ...flat(item.items ?? [])]);
	try {
		return flat((await pdf.getOutline()) ?? []);
	} finally {
		await pdf.destroy();
	}
}

describe('parsePdfValue', () => {
	it('reads strings with PDF syntax, escapes and balanced parentheses inside as text', async () => {
		const { parsePdfValue, pdfStringText } = await import('../../src/leaflets/parse-pdf-value.ts');
		const dict = parsePdfValue(
			'<</Title (The session /Next 446 0 R \\(a\\)b (nested (deep)) endobj obj \\\\ \\101\\n)\n/Next 12 0 R /N [1 -2.5 .5 /A#20B true null <FEFF0041 00e4>]>>',
			0,
		);
		expect(dict.type).toBe('dict');
		if (dict.type !== 'dict') return;
		const title = dict.entries.get('Title')!;
		expect(title.type === 'string' && pdfStringText(title)).toBe('The session /Next 446 0 R (a)b (nested (deep)) endobj obj \\ A\n');
		expect(dict.entries.get('Next')).toMatchObject({ type: 'ref', num: 12, gen: 0 });
		const array = dict.entries.get('N')!;
		expect(
			array.type === 'array' && array.items.map((v) => ('value' in v ? v.value : v.type === 'string' ? pdfStringText(v) : v.type)),
		).toEqual([1, -2.5, 0.5, 'A B', true, 'null', 'Aä']);
		expect(dict.end).toBe(dict.start + dict.end - dict.start);
	});

	it('fails with the byte offset on unclosed strings, arrays and dictionaries, never running past the end', async () => {
		const { parsePdfValue } = await import('../../src/leaflets/parse-pdf-value.ts');
		for (const bad of ['<</Title (a\\) b', '<</Title <FEFF00', '[1 2 3', '<</A 1', '<</A', '(', '<<1 2>>', 'endobj']) {
			expect(() => parsePdfValue(bad, 0), bad).toThrow(/^Malformed PDF at byte \d+: /);
		}
		expect(() => parsePdfValue('['.repeat(100000), 0)).toThrow(/nested deeper/);
	});
});

describe('setPdfMetadata', () => {
	it('finishes and repairs the outline when titles contain /Next, /First, obj, endobj and escaped parentheses', async () => {
		const raw = ['(The session /Next 7 0 R)', '(See /First 3 0 R here)', '(Risk \\(a\\)b endobj 7 0 obj)', '(Ends in \\) /Next 6 0 R)'];
		const headings = ['The session /Next 7 0 R', 'See /First 3 0 R  here', 'Risk (a)b endobj 7 0 obj', 'Ends in ) /Next 6 0 R'];
		// Chromium dropped the space where the headings wrapped: each title differs from its heading.
		const pdf = outlinePdf(raw.map((t) => t.replace(/ /, '')));
		const out = await post(pdf, ['Document', ...headings]);
		expect(out.pages).toBe(1);
		expect(await titles(out.bytes)).toEqual(['Document', ...headings]);
	});

	it('reports a cyclic outline instead of walking it forever', async () => {
		// The last item's /Next points back to the first.
		const pdf = outlinePdf(['(One)', '(Two)', '(Three)'], { next: (i) => (i === 2 ? '\n/Next 7 0 R' : undefined) });
		await expect(post(pdf, ['Document', 'One', 'Two', 'Three'])).rejects.toThrow(/outline is cyclic: item 7 0 R is reached twice/);
		// An item that is its own child.
		const self = outlinePdf(['(One)'], { next: () => '\n/First 7 0 R' });
		await expect(post(self, ['Document', 'One'])).rejects.toThrow(/outline is cyclic/);
	});

	it('gives a clear error on a truncated or malformed file', async () => {
		const pdf = outlinePdf(['(One)', '(Two)']);
		await expect(post(pdf.slice(0, Math.floor(pdf.length / 2)))).rejects.toThrow(
			/Malformed PDF at byte \d+: no "startxref … %%EOF" at the end of the file \(truncated\?\)/,
		);
		// The xref table points beyond the end of the file.
		const beyond = pdf.replace(/\n(\d{10}) 00000 n \n(?=trailer)/, () => `\n${String(pdf.length + 5000).padStart(10, '0')} 00000 n \n`);
		await expect(post(beyond, ['Document', 'One', 'Two'])).rejects.toThrow(
			/Malformed PDF at byte \d+: object 8 lies beyond the end of the file/,
		);
		// A title string that is never closed.
		const unclosed = outlinePdf(['(One', '(Two)']);
		await expect(post(unclosed, ['Document', 'One', 'Two'])).rejects.toThrow(/Malformed PDF at byte \d+: /);
		// An xref entry that does not point at its object.
		const shifted = pdf.replace(
			/\n0000000(\d{3}) 00000 n \n/,
			(_, n: string) => `\n0000000${String(Number(n) + 1).padStart(3, '0')} 00000 n \n`,
		);
		await expect(post(shifted)).rejects.toThrow(/Malformed PDF at byte \d+: the xref table points to/);
	});

	it('replaces titles Chromium painted twice, fully or one line of them, by their heading', async () => {
		const headings = [
			'Document',
			'8. Kosten',
			'9. Vor der Behandlung',
			'1. Anmerkungen zum Gespräch / Physician’s notes on the consultation',
			'Vor der Behandlung',
			'ما هو العلاج؟',
		];
		const written = [
			'8.8. Kosten Kosten',
			'9. Vor der Behandlung',
			'1.1. Anmerkungen zum Gespräch Anmerkungen zum Gespräch / Physician’s notes / Physician’s noteson the consultation',
			'Vor der BehandlungVor der Behandlung',
			'العلاج؟ هو ما',
		];
		const { pdfText } = await import('../../src/leaflets/pdf-metadata.ts');
		const out = await post(outlinePdf(written.map(pdfText)), headings);
		expect(await titles(out.bytes)).toEqual(headings);
	});

	it('leaves a title alone that is not made of its heading’s letters', async () => {
		const out = await post(outlinePdf(['(Something else)', '(Kosten)']), ['Document', 'Risks', 'Kosten']);
		expect(await titles(out.bytes)).toEqual(['Document', 'Something else', 'Kosten']);
	});

	it('renumbers the structure ids of table cells, but not text that looks like one', async () => {
		const extra = [
			'<</Type /StructElem\n/S /TH\n/ID (node00000090)>>',
			'<</Type /StructElem\n/S /TD\n/A [<</O /Table\n/Headers [(node00000090) (node00000042)]>>]>>',
			'<</Names [(node00000042) 8 0 R (node00000090) 7 0 R]\n/Limits [(node00000042) (node00000090)]>>',
		];
		const out = await post(outlinePdf(['(node00000090)'], { extra }), ['Document', 'node00000090']);
		const text = Buffer.from(out.bytes).toString('latin1');
		expect(text).toContain('/ID (node00000002)');
		expect(text).toContain('/Headers [(node00000002) (node00000001)]');
		expect(text).toContain('/Names [(node00000001) 8 0 R (node00000002) 7 0 R]\n/Limits [(node00000001) (node00000002)]');
		expect(await titles(out.bytes)).toEqual(['Document', 'node00000090']);
		expect(text).toContain("/CreationDate (D:20261115000000+00'00')\n/ModDate (D:20261115000000+00'00')");
		expect(text).not.toContain('D:20261201204000');
	});

	it('checks the language the PDF says it has', async () => {
		await expect(post(outlinePdf([], { lang: 'de' }))).rejects.toThrow(/The PDF's language is "de", expected "en"/);
	});
});

describe('a PDF file builder for these tests', () => {
	it('writes offsets the structure reader accepts', async () => {
		const { readPdfStructure } = await import('../../src/leaflets/read-pdf-structure.ts');
		const pdf = readPdfStructure(pdfFile(['<</Type /Catalog>>'], '/Size 2\n/Root 1 0 R'));
		expect(pdf.object(1)).toMatchObject({ type: 'dict' });
	});
});
