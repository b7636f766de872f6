/**
 * Post-processing of Chromium's PDFs, without re-writing them: Chromium (Skia) writes a classic PDF 1.4
 * file with an xref table and plain dictionaries, so the few changes needed are made as a PDF
 * incremental update appended to the file (new Info dictionary, repaired outline items) plus
 * same-length replacements of the values that would make two renders differ. Far cheaper than parsing
 * and re-serialising the whole document, and the tagged structure, fonts and outline stay untouched.
 */

import { createHash } from 'node:crypto';
import { dictEntry, pdfStringText, PdfSyntaxError, type PdfValue } from './parse-pdf-value.ts';
import { readPdfStructure, type PdfStructure } from './read-pdf-structure.ts';
import { pdfText } from './pdf-text-string.ts';
import { pdfFormObjects, type FormSummary, type PdfFormOptions } from './pdf-form.ts';

export { pdfText };

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
	/** Which leaflet version this is, for `npm run verify` (src/leaflets/verify-leaflet-pdf.ts). */
	document?: LeafletPdfDocument;
	/** The form fields of the print view's markers (pdf-form.ts); without it, markers stay links. */
	form?: PdfFormOptions;
}

/** What a leaflet PDF says of itself in its Info dictionary, besides title and author. */
export interface LeafletPdfDocument {
	id: string;
	version: string;
	issued: string;
	textHash: string;
	draft: boolean;
}

/**
 * The Info keys of our own (a PDF may carry any key there). `ClinicBodySha256` is the sha256 of the
 * file's first `ClinicBodyLength` bytes, everything before this update: a byte changed there later, or
 * anything appended after this update (a form filled in, an edit saved), shows the PDF was modified.
 */
export const leafletInfoKeys = {
	id: 'ClinicDocumentId',
	version: 'ClinicVersion',
	issued: 'ClinicIssued',
	textHash: 'ClinicTextHash',
	status: 'ClinicStatus',
	bodyLength: 'ClinicBodyLength',
	bodySha256: 'ClinicBodySha256',
} as const;

export function setPdfMetadata(bytes: Uint8Array, meta: PdfMetadata): { bytes: Uint8Array; pages: number; form?: FormSummary } {
	const original = Buffer.from(bytes).toString('latin1');
	const pdf = readPdfStructure(original);
	// Same-length replacements only: the xref offsets of the original file stay valid.
	const text = applyInPlace(original, [...structureIdReplacements(pdf), ...dateReplacements(pdf, meta.date)]);
	const catalog = pdf.object(pdf.root);
	const lang = stringEntry(catalog, 'Lang');
	if (lang !== meta.language)
		throw new Error(`The PDF's language is "${lang}", expected "${meta.language}": check <html lang> of the print view.`);
	const pagesRef = dictEntry(catalog, 'Pages');
	const count = pagesRef?.type === 'ref' ? dictEntry(pdf.object(pagesRef.num), 'Count') : undefined;
	if (count?.type !== 'number') throw new PdfSyntaxError('the catalog has no /Pages tree with a /Count', pdf.startxref);
	const pages = count.value;

	let out = text.endsWith('\n') ? text : `${text}\n`;
	let prev = pdf.startxref;
	let size = pdf.size;
	// The form comes first, in an update of its own, so the sealed bytes (everything before the Info
	// update, hashed into it) hold every field definition: a field changed later is a changed file.
	const form = meta.form ? pdfFormObjects(pdf, text, meta.form) : undefined;
	if (form) {
		const appended = appendUpdate(out, form.objects, form.size, pdf.root, pdf.info, prev);
		out = appended.text;
		prev = appended.xref;
		size = form.size;
	}
	const updated = new Map<number, string>();
	const outlines = dictEntry(catalog, 'Outlines');
	if (outlines?.type === 'ref' && meta.headings) repairOutline(pdf, text, outlines.num, meta.headings, updated);
	const info = size;
	const k = leafletInfoKeys;
	const document = meta.document
		? [
				`/${k.id} ${pdfText(meta.document.id)}`,
				`/${k.version} ${pdfText(meta.document.version)}`,
				`/${k.issued} ${pdfText(meta.document.issued)}`,
				`/${k.textHash} ${pdfText(meta.document.textHash)}`,
				`/${k.status} /${meta.document.draft ? 'draft' : 'released'}`,
				`/${k.bodyLength} ${out.length}`,
				`/${k.bodySha256} (${createHash('sha256').update(Buffer.from(out, 'latin1')).digest('hex')})`,
			]
		: [];
	updated.set(
		info,
		[
			`<</Title ${pdfText(meta.title)}`,
			...document,
			`/Author ${pdfText(meta.author)}`,
			`/Subject ${pdfText(meta.subject)}`,
			`/Keywords ${pdfText(meta.keywords.join(', '))}`,
			`/Creator ${pdfText(meta.creator)}`,
			`/Producer ${pdfText('Chromium (Skia/PDF), clinic-publisher')}`,
			`/CreationDate (${pdfDate(meta.date)})`,
			`/ModDate (${pdfDate(meta.date)})>>`,
		].join('\n'),
	);

	out = appendUpdate(out, updated, info + 1, pdf.root, info, prev).text;
	return { bytes: Buffer.from(out, 'latin1'), pages, ...(form ? { form: form.summary } : {}) };
}

/** `text` with an incremental update appended: the objects, their xref section and a trailer pointing back to `prev`. */
function appendUpdate(
	text: string,
	objects: Map<number, string>,
	size: number,
	root: number,
	info: number | undefined,
	prev: number,
): { text: string; xref: number } {
	let out = text;
	const offsets: [number, number][] = [];
	for (const [number, body] of [...objects].sort((a, b) => a[0] - b[0])) {
		offsets.push([number, out.length]);
		out += `${number} 0 obj\n${body}\nendobj\n`;
	}
	const xref = out.length;
	out += 'xref\n';
	for (const [number, offset] of offsets) out += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
	const infoEntry = info === undefined ? '' : `\n/Info ${info} 0 R`;
	out += `trailer\n<</Size ${size}\n/Root ${root} 0 R${infoEntry}\n/Prev ${prev}>>\nstartxref\n${xref}\n%%EOF\n`;
	return { text: out, xref };
}

const stringEntry = (value: PdfValue, key: string) => {
	const entry = dictEntry(value, key);
	return entry?.type === 'string' ? pdfStringText(entry) : undefined;
};

interface Replacement {
	start: number;
	end: number;
	text: string;
}

function applyInPlace(text: string, replacements: Replacement[]): string {
	let out = '';
	let at = 0;
	for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
		if (r.text.length !== r.end - r.start || r.start < at)
			throw new Error('Internal error: a PDF replacement would move the xref offsets.');
		out += text.slice(at, r.start) + r.text;
		at = r.end;
	}
	return out + text.slice(at);
}

// Enough for any leaflet (a few dozen headings); a longer chain means a cycle or a hostile file.
const MAX_OUTLINE_ITEMS = 10_000;

/** The outline items under `/First` of `parent`, depth first in document order, each once; a cycle is an error. */
export function outlineItems(pdf: PdfStructure, outlines: number): { number: number; depth: number; value: PdfValue }[] {
	const items: { number: number; depth: number; value: PdfValue }[] = [];
	const visited = new Set<number>([outlines]);
	// An explicit stack instead of recursion: depth is bounded by the item count, not by the call stack.
	const stack: { next: PdfValue | undefined; depth: number }[] = [{ next: dictEntry(pdf.object(outlines), 'First'), depth: 0 }];
	while (stack.length > 0) {
		const top = stack.at(-1)!;
		if (top.next === undefined) {
			stack.pop();
			continue;
		}
		if (top.next.type !== 'ref') throw new PdfSyntaxError("an outline item's /First or /Next is not a reference", top.next.start);
		const number = top.next.num;
		if (visited.has(number)) throw new PdfSyntaxError(`the outline is cyclic: item ${number} 0 R is reached twice`, top.next.start);
		if (visited.size > MAX_OUTLINE_ITEMS) throw new PdfSyntaxError(`the outline has more than ${MAX_OUTLINE_ITEMS} items`, top.next.start);
		visited.add(number);
		const value = pdf.object(number);
		if (value.type !== 'dict') throw new PdfSyntaxError(`outline item ${number} 0 R is not a dictionary`, value.start);
		items.push({ number, depth: top.depth, value });
		top.next = dictEntry(value, 'Next');
		stack.push({ next: dictEntry(value, 'First'), depth: top.depth + 1 });
	}
	return items;
}

/**
 * Chromium builds outline titles from what it paints of a heading, line by line: it drops the space
 * where a long heading wraps ("und chronischen" becomes "undchronischen"), puts right-to-left words in
 * visual order, and paints lines of a heading again when a page break moves it, so their text appears
 * twice ("8. Kosten" at the top of a new page becomes "8.8. Kosten Kosten"; of a two-line heading only
 * the first line may repeat). In every case the title is made of the heading's letters, each at least
 * as often as in the heading and no other. Outline items follow the document's headings in order, one
 * item a heading, so each item is matched to the next heading it is made of, and a title that differs
 * is replaced by the heading's text.
 */
function repairOutline(pdf: PdfStructure, text: string, outlines: number, headings: string[], updated: Map<number, string>): void {
	let next = 0;
	for (const item of outlineItems(pdf, outlines)) {
		const title = dictEntry(item.value, 'Title');
		if (title?.type !== 'string') continue;
		const written = pdfStringText(title);
		const at = headings.findIndex((heading, i) => i >= next && isMadeOfLettersOf(written, heading));
		if (at < 0) continue;
		next = at + 1;
		if (headings[at] === written) continue;
		const { start, end } = item.value;
		updated.set(item.number, `${text.slice(start, title.start)}${pdfText(headings[at]!)}${text.slice(title.end, end)}`);
	}
}

const letterCounts = (text: string) => {
	const counts = new Map<string, number>();
	for (const c of text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
	return counts;
};

/** Whether `title` has every letter of `heading` at least as often as the heading, and no other (order and spaces aside). */
export function isMadeOfLettersOf(title: string, heading: string): boolean {
	const have = letterCounts(title);
	const want = letterCounts(heading);
	if (want.size === 0 || have.size !== want.size) return false;
	for (const [c, n] of want) if ((have.get(c) ?? 0) < n) return false;
	return true;
}

/**
 * Chromium names the structure elements of table cells after DOM node ids (`/ID (node00000074)`, the
 * same names in `/Headers` arrays and in the ID tree's `/Names` and `/Limits`), which depend on what the
 * browser did before: two renders of the same page differ. The ids are renumbered in their original
 * order, with the same length, so references and the xref offsets stay valid. Only those places are
 * touched, never a string of the text.
 */
const idKeys = new Set(['ID', 'Headers', 'Names', 'Limits']);

function structureIdReplacements(pdf: PdfStructure): Replacement[] {
	const found: Extract<PdfValue, { type: 'string' }>[] = [];
	const walk = (value: PdfValue, key: string | undefined) => {
		if (value.type === 'dict') for (const [k, v] of value.entries) walk(v, k);
		else if (value.type === 'array') for (const item of value.items) walk(item, key !== undefined && idKeys.has(key) ? key : undefined);
		else if (value.type === 'string' && !value.hex && key !== undefined && idKeys.has(key) && /^node\d{8}$/.test(value.bytes))
			found.push(value);
	};
	for (const number of pdf.numbers) walk(pdf.object(number), undefined);
	const ids = [...new Set(found.map((s) => s.bytes))].sort();
	const renumbered = new Map(ids.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
	return found
		.map((s) => ({ start: s.start, end: s.end, text: `(${renumbered.get(s.bytes)})` }))
		.filter((r) => r.end - r.start === r.text.length);
}

/** Chromium's wall-clock dates in its Info dictionary, replaced by the issue date where the length is the same. */
function dateReplacements(pdf: PdfStructure, date: Date): Replacement[] {
	if (pdf.info === undefined) return [];
	const info = pdf.object(pdf.info);
	return ['CreationDate', 'ModDate'].flatMap((key) => {
		const value = dictEntry(info, key);
		const replacement = `(${pdfDate(date)})`;
		return value?.type === 'string' && value.end - value.start === replacement.length
			? [{ start: value.start, end: value.end, text: replacement }]
			: [];
	});
}

/** `D:YYYYMMDDHHmmSS+00'00'`, the date format Chromium writes (same length, so it can replace it in place). */
function pdfDate(date: Date): string {
	const iso = date.toISOString();
	return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}
