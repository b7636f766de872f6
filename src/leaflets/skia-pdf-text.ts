import { inflateSync } from 'node:zlib';
import { dictEntry, parsePdfValue, PdfSyntaxError, pdfStringText, readWord, skipWhite, type PdfValue } from './parse-pdf-value.ts';
import { readPdfStructure, type PdfStructure } from './read-pdf-structure.ts';

/**
 * The text of a PDF as Skia writes it, in the order it is drawn (all of it, and each page's): glyph codes mapped to characters by
 * each font's ToUnicode map, `/ActualText` where a span has one, a line break where a text run starts
 * at another height; `unmapped` counts glyphs without a ToUnicode entry. Written for the build's check
 * of its own leaflets: pdf.js parses every embedded font and nearly doubled the leaflet stage's time;
 * this reads only the content streams and the ToUnicode maps, with the project's structure reader and
 * zlib, in a few milliseconds. It is a first pass only (see `missingLeafletText`): it may miss text a
 * general reader finds (a font without ToUnicode, an operator it does not know), never invent it.
 */
export function skiaPdfText(bytes: Uint8Array): { text: string; pages: string[]; unmapped: number } {
	const pdf = readPdfStructure(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
	const maps = new Map<number, ToUnicode>();
	const pages: string[] = [];
	const unmapped = { count: 0 };
	for (const page of pageDicts(pdf)) {
		const resources = page.resources;
		const contents = dictEntry(page.dict, 'Contents');
		const streams = contents?.type === 'array' ? contents.items : contents ? [contents] : [];
		const out: string[] = [];
		for (const ref of streams) if (ref.type === 'ref') out.push(showText(streamData(pdf, ref.num), pdf, resources, maps, 0, unmapped));
		pages.push(out.join(''));
	}
	return { text: pages.map((page) => `${page}\n`).join(''), pages, unmapped: unmapped.count };
}

export interface Page {
	/** The page object's number. */
	number: number;
	dict: PdfValue;
	resources: PdfValue | undefined;
}

// A page tree deeper or larger than this is no leaflet; the limits keep a hostile file from looping.
const MAX_PAGES = 10_000;
const MAX_FORM_DEPTH = 8;

/** The page dictionaries in order, each with its (possibly inherited) resources. */
export function pageDicts(pdf: PdfStructure): Page[] {
	const pages: Page[] = [];
	const seen = new Set<number>();
	const visit = (value: PdfValue | undefined, inherited: PdfValue | undefined, depth: number) => {
		if (value?.type !== 'ref' || seen.has(value.num) || seen.size > MAX_PAGES || depth > 64) {
			if (value?.type === 'ref' && seen.has(value.num))
				throw new PdfSyntaxError(`the page tree reaches object ${value.num} twice`, value.start);
			return;
		}
		seen.add(value.num);
		const dict = resolve(pdf, value);
		const resources = resolve(pdf, dictEntry(dict, 'Resources')) ?? inherited;
		const kids = dictEntry(dict, 'Kids');
		if (kids?.type === 'array') for (const kid of kids.items) visit(kid, resources, depth + 1);
		else pages.push({ number: value.num, dict: dict!, resources });
	};
	visit(dictEntry(pdf.object(pdf.root), 'Pages'), undefined, 0);
	return pages;
}

export function resolve(pdf: PdfStructure, value: PdfValue | undefined): PdfValue | undefined {
	return value?.type === 'ref' ? pdf.object(value.num) : value;
}

/** The decoded bytes of stream object `number` (Latin-1, one character a byte). */
export function streamData(pdf: PdfStructure, number: number): string {
	const dict = pdf.object(number);
	const length = resolve(pdf, dictEntry(dict, 'Length'));
	let at = skipWhite(pdf.text, dict.end);
	if (!pdf.text.startsWith('stream', at) || length?.type !== 'number')
		throw new PdfSyntaxError(`object ${number} is not a stream with a /Length`, at);
	at += 6;
	if (pdf.text[at] === '\r') at++;
	if (pdf.text[at] === '\n') at++;
	const raw = pdf.text.slice(at, at + length.value);
	if (raw.length < length.value) throw new PdfSyntaxError(`the stream of object ${number} runs past the end of the file (truncated?)`, at);
	const filter = dictEntry(dict, 'Filter');
	const filters = filter?.type === 'array' ? filter.items : filter ? [filter] : [];
	if (filters.length === 0) return raw;
	if (filters.length > 1 || filters[0]!.type !== 'name' || filters[0]!.value !== 'FlateDecode')
		throw new PdfSyntaxError(`object ${number} has a stream filter other than FlateDecode`, at);
	return inflateSync(Buffer.from(raw, 'latin1')).toString('latin1');
}

/** A font's codes: how many bytes a code has, and the text of each. */
export interface ToUnicode {
	bytes: number;
	map: Map<number, string>;
}

export function fontMap(pdf: PdfStructure, fonts: PdfValue | undefined, name: string, maps: Map<number, ToUnicode>): ToUnicode {
	const ref = dictEntry(fonts, name);
	if (ref?.type !== 'ref') return { bytes: 1, map: new Map() };
	const cached = maps.get(ref.num);
	if (cached) return cached;
	const font = pdf.object(ref.num);
	const subtype = dictEntry(font, 'Subtype');
	const toUnicode = dictEntry(font, 'ToUnicode');
	const result: ToUnicode = { bytes: subtype?.type === 'name' && subtype.value === 'Type0' ? 2 : 1, map: new Map() };
	if (toUnicode?.type === 'ref') readCMap(streamData(pdf, toUnicode.num), result.map);
	maps.set(ref.num, result);
	return result;
}

const hexText = (hex: string) => {
	let text = '';
	for (let i = 0; i + 4 <= hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
	return text;
};

/** The `bfchar` and `bfrange` entries of a ToUnicode CMap. */
function readCMap(cmap: string, map: Map<number, string>): void {
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(m[1]!, 16), hexText(m[2]!));
	}
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g)) {
			const low = parseInt(m[1]!, 16);
			const high = Math.min(parseInt(m[2]!, 16), low + 0xffff);
			if (m[3]!.startsWith('[')) {
				[...m[3]!.matchAll(/<([0-9A-Fa-f]*)>/g)].forEach((d, i) => low + i <= high && map.set(low + i, hexText(d[1]!)));
			} else {
				const first = hexText(m[3]!.slice(1, -1));
				for (let code = low; code <= high; code++)
					map.set(code, first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + code - low));
			}
		}
	}
}

/**
 * Calls `operator` with each operator of a content stream and its operands, in order (the operands array
 * is reused: read it before returning). An inline image's binary data, up to the EI that ends it, is
 * skipped. One reader for every walk over the drawn page: its text (`showText`) and the footer's blanks
 * (pdf-footer-blanks.ts).
 * @param operator called with the operator, its operands and the offset just after the operator
 */
export function eachContentOperator(content: string, operator: (word: string, operands: readonly PdfValue[], at: number) => void): void {
	const operands: PdfValue[] = [];
	let i = 0;
	while ((i = skipWhite(content, i)) < content.length) {
		const c = content[i]!;
		// Numbers and hex strings are nearly every operand Skia writes (`7.15 0 Td <0016> Tj`): read directly.
		if (c === '-' || c === '+' || c === '.' || (c >= '0' && c <= '9')) {
			const { word, end } = readWord(content, i);
			operands.push({ type: 'number', value: Number(word), start: i, end });
			i = end;
			continue;
		}
		if (c === '<' && content[i + 1] !== '<') {
			const close = content.indexOf('>', i);
			if (close < 0) throw new PdfSyntaxError('a hex string "<" is never closed in a content stream', i);
			let bytes = '';
			const hex = content.slice(i + 1, close).replace(/\s/g, '');
			for (let k = 0; k + 1 < hex.length; k += 2) bytes += String.fromCharCode(parseInt(hex.slice(k, k + 2), 16));
			operands.push({ type: 'string', bytes, hex: true, start: i, end: close + 1 });
			i = close + 1;
			continue;
		}
		if (c === '(' || c === '<' || c === '[' || c === '/') {
			const value = parsePdfValue(content, i);
			operands.push(value);
			i = value.end;
			continue;
		}
		const { word, end } = readWord(content, i);
		if (word === '') throw new PdfSyntaxError(`unexpected "${c}" in a content stream`, i);
		i = end;
		if (word === 'BI') {
			const ei = content.indexOf('EI', content.indexOf('ID', i));
			i = ei < 0 ? content.length : ei + 2;
		} else operator(word, operands, i);
		operands.length = 0;
	}
}

/** The text a content stream shows. Only the text operators matter; everything else is skipped. */
function showText(
	content: string,
	pdf: PdfStructure,
	resources: PdfValue | undefined,
	maps: Map<number, ToUnicode>,
	depth: number,
	unmapped: { count: number },
): string {
	const fonts = resolve(pdf, dictEntry(resources, 'Font'));
	let font: ToUnicode = { bytes: 1, map: new Map() };
	let out = '';
	let lastY: number | undefined;
	// Marked content with /ActualText replaces the glyphs inside it. Skia opens the span before it
	// positions the run, so the text is written with the span's first glyph, after any line break.
	const actual: ({ text: string; written: boolean } | undefined)[] = [];
	const show = (value: PdfValue | undefined) => {
		if (value?.type !== 'string') return;
		const span = actual.find((a) => a !== undefined);
		if (span) {
			if (!span.written) out += span.text;
			span.written = true;
			return;
		}
		for (let i = 0; i + font.bytes <= value.bytes.length; i += font.bytes) {
			const code = font.bytes === 2 ? (value.bytes.charCodeAt(i) << 8) | value.bytes.charCodeAt(i + 1) : value.bytes.charCodeAt(i);
			const text = font.map.get(code);
			if (text === undefined) unmapped.count++;
			out += text ?? (font.bytes === 1 ? String.fromCharCode(code) : '');
		}
	};
	eachContentOperator(content, (word, operands) => {
		if (word === 'Tf' && operands[0]?.type === 'name') font = fontMap(pdf, fonts, operands[0].value, maps);
		else if (word === 'Tj' || word === "'") show(operands.at(-1));
		else if (word === '"') show(operands[2]);
		else if (word === 'TJ' && operands[0]?.type === 'array') for (const item of operands[0].items) show(item);
		else if (word === 'Tm' && operands[5]?.type === 'number') {
			// A new run at another height is a new line; at the same height it continues the line.
			if (lastY !== undefined && Math.abs(operands[5].value - lastY) > 0.5) out += '\n';
			lastY = operands[5].value;
		} else if (word === 'BDC' || word === 'BMC') {
			const props = operands[1];
			const text = props?.type === 'dict' ? dictEntry(props, 'ActualText') : undefined;
			actual.push(text?.type === 'string' ? { text: pdfStringText(text), written: false } : undefined);
		} else if (word === 'EMC') {
			const span = actual.pop();
			// A span without glyphs still has its text, unless an outer span stands for it.
			if (span && !span.written && !actual.some((a) => a !== undefined)) out += span.text;
		} else if (word === 'Do' && operands[0]?.type === 'name' && depth < MAX_FORM_DEPTH) {
			const form = dictEntry(resolve(pdf, dictEntry(resources, 'XObject')), operands[0].value);
			const dict = form?.type === 'ref' ? pdf.object(form.num) : undefined;
			const subtype = dictEntry(dict, 'Subtype');
			if (form?.type === 'ref' && subtype?.type === 'name' && subtype.value === 'Form') {
				out += `\n${showText(streamData(pdf, form.num), pdf, resolve(pdf, dictEntry(dict, 'Resources')) ?? resources, maps, depth + 1, unmapped)}\n`;
			}
		}
	});
	return out;
}
