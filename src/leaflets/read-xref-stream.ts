import { inflateSync } from 'node:zlib';
import { dictEntry, parsePdfValue, PdfSyntaxError, readWord, skipWhite, type PdfValue } from './parse-pdf-value.ts';

/** Where an object of a cross-reference stream is: at a byte offset, or the `index`-th object of object stream `stream`. */
export type XrefEntry = { offset: number } | { stream: number; index: number };

// A cross-reference stream of a PDF a reader saved lists a few hundred objects; far more is hostile.
const MAX_ENTRIES = 1_000_000;
const MAX_DECODED = 64 * 1024 * 1024;

/**
 * A cross-reference stream's dictionary alone (`n g obj << … >>`), its data not read: also all there is
 * to read of one whose entries cannot be decoded (its /Prev still leads to the revisions before it).
 */
export function xrefStreamDict(text: string, offset: number): Extract<PdfValue, { type: 'dict' }> {
	const num = readWord(text, skipWhite(text, offset));
	const gen = readWord(text, skipWhite(text, num.end));
	const keyword = readWord(text, skipWhite(text, gen.end));
	if (!/^\d+$/.test(num.word) || !/^\d+$/.test(gen.word) || keyword.word !== 'obj')
		throw new PdfSyntaxError('neither an xref table nor a cross-reference stream where startxref points', offset);
	const dict = parsePdfValue(text, keyword.end);
	if (dict.type !== 'dict') throw new PdfSyntaxError('the cross-reference stream has no dictionary', offset);
	return dict;
}

/**
 * A cross-reference stream (ISO 32000-1 §7.5.8), as PDF readers write one in an incremental save:
 * its dictionary (the revision's trailer) and its entries. Only what such a stream uses is read: no
 * filter or /FlateDecode, with or without a PNG predictor (/Predictor 10–15, the row filters of PNG).
 * Anything else is a `PdfSyntaxError` saying what, so the caller reports the update as not checked.
 * @param text the PDF as Latin-1
 * @param offset where `n g obj << /Type /XRef … >> stream` starts
 */
export function readXrefStream(
	text: string,
	offset: number,
): { entries: Map<number, XrefEntry>; freed: Set<number>; dict: Extract<PdfValue, { type: 'dict' }> } {
	const dict = xrefStreamDict(text, offset);
	const type = dictEntry(dict, 'Type');
	if (type?.type !== 'name' || type.value !== 'XRef')
		throw new PdfSyntaxError('the object where startxref points is no cross-reference stream (/Type /XRef)', offset);
	const data = decodeStream(text, dict, (n) => {
		throw new PdfSyntaxError(`the cross-reference stream's /Length is a reference (object ${n}), which is not read`, dict.start);
	});
	const widths = dictEntry(dict, 'W');
	const w = widths?.type === 'array' ? widths.items.map((v) => (v.type === 'number' ? v.value : -1)) : [];
	if (w.length !== 3 || w.some((x) => !Number.isInteger(x) || x < 0 || x > 8))
		throw new PdfSyntaxError('the cross-reference stream has no /W of three byte counts', dict.start);
	const size = dictEntry(dict, 'Size');
	const index = dictEntry(dict, 'Index');
	const ranges =
		index?.type === 'array' ? index.items.map((v) => (v.type === 'number' ? v.value : -1)) : [0, size?.type === 'number' ? size.value : -1];
	if (ranges.length % 2 !== 0 || ranges.some((x) => !Number.isInteger(x) || x < 0))
		throw new PdfSyntaxError('the cross-reference stream has no usable /Index or /Size', dict.start);
	const row = w[0]! + w[1]! + w[2]!;
	const field = (at: number, width: number, fallback: number) => {
		if (width === 0) return fallback;
		let value = 0;
		for (let k = 0; k < width; k++) value = value * 256 + data[at + k]!;
		return value;
	};
	const entries = new Map<number, XrefEntry>();
	const freed = new Set<number>();
	let at = 0;
	for (let r = 0; r < ranges.length; r += 2) {
		const [first, count] = [ranges[r]!, ranges[r + 1]!];
		if (entries.size + freed.size + count > MAX_ENTRIES || at + count * row > data.length)
			throw new PdfSyntaxError(`the cross-reference stream claims ${count} entries its data does not hold`, dict.start);
		for (let k = 0; k < count; k++, at += row) {
			// A missing type field means type 1 (§7.5.8.2, Table 17).
			const kind = field(at, w[0]!, 1);
			const second = field(at + w[0]!, w[1]!, 0);
			const third = field(at + w[0]! + w[1]!, w[2]!, 0);
			if (kind === 0) freed.add(first + k);
			else if (kind === 1) entries.set(first + k, { offset: second });
			else if (kind === 2) entries.set(first + k, { stream: second, index: third });
		}
	}
	return { entries, freed, dict };
}

/**
 * The decoded data of a stream object whose dictionary is `dict` (its `stream` keyword follows it):
 * no filter, or /FlateDecode with an optional PNG predictor.
 * @param length resolves a /Length given as a reference
 */
export function decodeStream(text: string, dict: PdfValue, length: (ref: number) => number): Buffer {
	const keyword = skipWhite(text, dict.end);
	if (!text.startsWith('stream', keyword)) throw new PdfSyntaxError('a stream object without its "stream" keyword', dict.end);
	let start = keyword + 'stream'.length;
	if (text[start] === '\r') start++;
	if (text[start] === '\n') start++;
	const declared = dictEntry(dict, 'Length');
	const n = declared?.type === 'ref' ? length(declared.num) : declared?.type === 'number' ? declared.value : -1;
	if (!Number.isInteger(n) || n < 0 || start + n > text.length) throw new PdfSyntaxError('a stream has no usable /Length', start);
	const raw = Buffer.from(text.slice(start, start + n), 'latin1');
	const filter = dictEntry(dict, 'Filter');
	const name = filter?.type === 'array' && filter.items.length === 1 ? filter.items[0] : filter;
	if (name === undefined) return raw;
	if (name.type !== 'name' || name.value !== 'FlateDecode')
		throw new PdfSyntaxError('a stream with a filter other than /FlateDecode, which is not read', dict.start);
	let data: Buffer;
	try {
		data = inflateSync(raw, { maxOutputLength: MAX_DECODED });
	} catch {
		throw new PdfSyntaxError('a /FlateDecode stream that does not inflate', start);
	}
	const parms = dictEntry(dict, 'DecodeParms');
	const parm = parms?.type === 'array' ? parms.items[0] : parms;
	const predictor = dictEntry(parm, 'Predictor');
	if (predictor === undefined || (predictor.type === 'number' && predictor.value === 1)) return data;
	const columns = dictEntry(parm, 'Columns');
	const width = columns?.type === 'number' ? columns.value : 1;
	if (predictor.type !== 'number' || predictor.value < 10 || predictor.value > 15 || !Number.isInteger(width) || width < 1)
		throw new PdfSyntaxError('a stream with a predictor other than PNG, which is not read', dict.start);
	return unPng(data, width, start);
}

/** PNG row filters undone (one byte a pixel, as cross-reference and object streams use them). */
function unPng(data: Buffer, columns: number, at: number): Buffer {
	const rows = Math.floor(data.length / (columns + 1));
	if (rows * (columns + 1) !== data.length) throw new PdfSyntaxError('PNG-predicted stream data is not whole rows', at);
	const out = Buffer.alloc(rows * columns);
	for (let r = 0; r < rows; r++) {
		const filter = data[r * (columns + 1)]!;
		for (let c = 0; c < columns; c++) {
			const x = data[r * (columns + 1) + 1 + c]!;
			const left = c > 0 ? out[r * columns + c - 1]! : 0;
			const up = r > 0 ? out[(r - 1) * columns + c]! : 0;
			const upLeft = r > 0 && c > 0 ? out[(r - 1) * columns + c - 1]! : 0;
			let value: number;
			if (filter === 0) value = x;
			else if (filter === 1) value = x + left;
			else if (filter === 2) value = x + up;
			else if (filter === 3) value = x + ((left + up) >> 1);
			else if (filter === 4) {
				const p = left + up - upLeft;
				const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				value = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
			} else throw new PdfSyntaxError(`PNG row filter ${filter} is not one of 0–4`, at);
			out[r * columns + c] = value & 0xff;
		}
	}
	return out;
}

/** Object `index` of an object stream (§7.5.7): its decoded data and its dictionary's /N and /First. */
export function objectFromStream(data: string, dict: PdfValue, number: number, index: number): PdfValue {
	const n = dictEntry(dict, 'N');
	const first = dictEntry(dict, 'First');
	if (n?.type !== 'number' || first?.type !== 'number' || index >= n.value)
		throw new PdfSyntaxError(`object ${number} is said to be in an object stream that has no /N or /First for it`, dict.start);
	let at = 0;
	for (let k = 0; k <= index; k++) {
		const num = readWord(data, skipWhite(data, at));
		const off = readWord(data, skipWhite(data, num.end));
		if (!/^\d+$/.test(num.word) || !/^\d+$/.test(off.word))
			throw new PdfSyntaxError('an object stream whose header is not pairs of numbers', dict.start);
		if (k === index) {
			if (Number(num.word) !== number)
				throw new PdfSyntaxError(`the object stream holds object ${num.word} where the xref says ${number}`, dict.start);
			return parsePdfValue(data, first.value + Number(off.word));
		}
		at = off.end;
	}
	throw new PdfSyntaxError(`object ${number} is not in its object stream`, dict.start);
}
