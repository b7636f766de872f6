/**
 * Post-processing of Chromium's PDFs, without re-writing them: Chromium (Skia) writes a classic PDF 1.4
 * file with an xref table and plain dictionaries, so the few changes needed are made as a PDF
 * incremental update appended to the file (new Info dictionary, repaired outline items) plus
 * same-length replacements of the values that would make two renders differ. Far cheaper than parsing
 * and re-serialising the whole document, and the tagged structure, fonts and outline stay untouched.
 */

export interface PdfMetadata {
	title: string;
	author: string;
	subject: string;
	keywords: string[];
	/** BCP 47 language of the text, e.g. `de`. Chromium writes it from `<html lang>`; checked, not set. */
	language: string;
	/** Creation and modification date: the document's issue date, so the same content gives the same bytes. */
	date: Date;
	creator: string;
	/** The document's headings in order, as the page shows them, to repair outline titles. */
	headings?: string[];
}

export function setPdfMetadata(bytes: Uint8Array, meta: PdfMetadata): { bytes: Uint8Array; pages: number } {
	let text = Buffer.from(bytes).toString('latin1');
	text = normalizeStructureIds(text);
	text = fixDates(text, meta.date);
	const pdf = readStructure(text);
	const catalog = pdf.object(pdf.root);
	const lang = /\/Lang \(([^)]*)\)/.exec(catalog)?.[1];
	if (lang !== meta.language) throw new Error(`The PDF's language is "${lang}", expected "${meta.language}": check <html lang> of the print view.`);
	const pagesRef = Number(/\/Pages (\d+) 0 R/.exec(catalog)?.[1]);
	const pages = Number(/\/Count (\d+)/.exec(pdf.object(pagesRef))?.[1]);

	const updated = new Map<number, string>();
	const outlines = /\/Outlines (\d+) 0 R/.exec(catalog)?.[1];
	if (outlines && meta.headings) repairOutline(pdf, Number(outlines), meta.headings, updated);
	const info = pdf.size;
	updated.set(
		info,
		[
			`<</Title ${pdfText(meta.title)}`,
			`/Author ${pdfText(meta.author)}`,
			`/Subject ${pdfText(meta.subject)}`,
			`/Keywords ${pdfText(meta.keywords.join(', '))}`,
			`/Creator ${pdfText(meta.creator)}`,
			`/Producer ${pdfText('Chromium (Skia/PDF), clinic-publisher')}`,
			`/CreationDate (${pdfDate(meta.date)})`,
			`/ModDate (${pdfDate(meta.date)})>>`,
		].join('\n'),
	);

	let out = text.endsWith('\n') ? text : `${text}\n`;
	const offsets: [number, number][] = [];
	for (const [number, body] of [...updated].sort((a, b) => a[0] - b[0])) {
		offsets.push([number, out.length]);
		out += `${number} 0 obj\n${body}\nendobj\n`;
	}
	const xref = out.length;
	out += 'xref\n';
	for (const [number, offset] of offsets) out += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<</Size ${info + 1}\n/Root ${pdf.root} 0 R\n/Info ${info} 0 R\n/Prev ${pdf.startxref}>>\nstartxref\n${xref}\n%%EOF\n`;
	return { bytes: Buffer.from(out, 'latin1'), pages };
}

interface PdfStructure {
	root: number;
	size: number;
	startxref: number;
	object: (number: number) => string;
}

/** The trailer and xref table of a Skia-written PDF, and a reader for its (non-stream) objects. */
function readStructure(text: string): PdfStructure {
	const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
	const trailer = text.slice(text.lastIndexOf('trailer'));
	const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
	const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
	if (!startxref || !root || !size || !text.startsWith('xref', startxref)) throw new Error('Unexpected PDF layout: no classic xref table and trailer.');
	const table = /^xref\s+0 (\d+)\s+/.exec(text.slice(startxref, startxref + 40));
	const first = startxref + table![0].length;
	const object = (number: number) => {
		const entry = text.slice(first + number * 20, first + number * 20 + 20);
		const offset = Number(entry.slice(0, 10));
		const start = text.indexOf('obj', offset) + 3;
		return text.slice(start, text.indexOf('endobj', start)).trim();
	};
	return { root, size, startxref, object };
}

/**
 * Chromium builds outline titles from the laid-out lines of a heading: it drops the space where a long
 * heading wraps ("und chronischen" becomes "undchronischen") and, in right-to-left text, puts the words
 * in visual order. Each outline item whose title differs is replaced by one with the heading it was made
 * from: the one with the same letters (order and spaces aside).
 */
function repairOutline(pdf: PdfStructure, outlines: number, headings: string[], updated: Map<number, string>): void {
	const letters = (text: string) => [...text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')].sort().join('');
	const counts = new Map<string, number>();
	for (const h of headings) counts.set(letters(h), (counts.get(letters(h)) ?? 0) + 1);
	// Headings with the same letters (rare) are left as Chromium wrote them rather than guessed.
	const byLetters = new Map(headings.filter((h) => counts.get(letters(h)) === 1).map((h) => [letters(h), h]));
	const visit = (number: number | undefined, depth: number) => {
		for (let n = number; n !== undefined && depth < 32; ) {
			const body = pdf.object(n);
			const title = /\/Title (\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(body);
			if (title) {
				const fixed = byLetters.get(letters(decodePdfString(title[1]!)));
				if (fixed && fixed !== decodePdfString(title[1]!)) updated.set(n, body.replace(title[0], `/Title ${pdfText(fixed)}`));
			}
			visit(ref(body, 'First'), depth + 1);
			n = ref(body, 'Next');
		}
	};
	visit(ref(pdf.object(outlines), 'First'), 0);
}

const ref = (body: string, key: string) => {
	const match = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
	return match ? Number(match[1]) : undefined;
};

/** A PDF text string: UTF-16BE with byte order mark, hex-encoded (safe for any character). */
export function pdfText(value: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return `<${hex}>`;
}

/** Decodes a PDF string token: `(literal)` in PDFDocEncoding (ASCII here) or `<FEFF…>` UTF-16BE hex. */
export function decodePdfString(token: string): string {
	if (token.startsWith('<')) {
		const hex = token.slice(1, -1).replace(/\s/g, '');
		if (!hex.toUpperCase().startsWith('FEFF')) return Buffer.from(hex, 'hex').toString('latin1');
		let out = '';
		for (let i = 4; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
		return out;
	}
	return token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => {
		const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
		return map[c] ?? String.fromCharCode(parseInt(c, 8));
	});
}

/** `D:YYYYMMDDHHmmSS+00'00'`, the date format Chromium writes (same length, so it can replace it in place). */
function pdfDate(date: Date): string {
	const iso = date.toISOString();
	return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/** Chromium's wall-clock dates, replaced in place by the issue date (same length: offsets stay valid). */
function fixDates(text: string, date: Date): string {
	return text.replace(/\/(CreationDate|ModDate) \(D:\d{14}[+-]\d\d'\d\d'\)/g, (_, key: string) => `/${key} (${pdfDate(date)})`);
}

/**
 * Chromium names the structure elements of table cells after DOM node ids (`(node00000074)`), which
 * depend on what the browser did before: two renders of the same page differ. The ids are renumbered
 * in their original order, with the same length, so references and the xref offsets stay valid.
 */
export function normalizeStructureIds(text: string): string {
	const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => m[1]!))].sort();
	if (ids.length === 0) return text;
	const renumbered = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
	return text.replace(/\(node(\d{8})\)/g, (_, id: string) => `(node${renumbered.get(id)})`);
}
