/**
 * A reader for the PDF object syntax (ISO 32000-1, 7.2–7.3) as Skia writes it: numbers, names, literal
 * and hex strings, arrays, dictionaries, references `n g R`, booleans and null. Values are read by
 * structure, so PDF syntax inside a string (a heading "The session /Next 446 0 R", "endobj", an escaped
 * parenthesis) stays text. Every value keeps its byte span, so a caller can replace one value in place.
 * The text is the PDF as Latin-1 (one character a byte).
 */

interface Span {
	/** Offset of the value's first byte. */
	start: number;
	/** Offset just after the value's last byte. */
	end: number;
}

export type PdfValue =
	| ({ type: 'number'; value: number } & Span)
	| ({ type: 'name'; value: string } & Span)
	/** `bytes`: the string's bytes (escapes and hex decoded), one character a byte. */
	| ({ type: 'string'; bytes: string; hex: boolean } & Span)
	| ({ type: 'ref'; num: number; gen: number } & Span)
	| ({ type: 'array'; items: PdfValue[] } & Span)
	| ({ type: 'dict'; entries: Map<string, PdfValue> } & Span)
	| ({ type: 'boolean'; value: boolean } & Span)
	| ({ type: 'null' } & Span);

/** A PDF that is not what the reader expects: says where, and what it found. */
export class PdfSyntaxError extends Error {
	constructor(message: string, offset: number) {
		super(`Malformed PDF at byte ${offset}: ${message}`);
		this.name = 'PdfSyntaxError';
	}
}

// Deeper nesting than this is no PDF Skia writes; a limit keeps hostile input off the call stack.
const MAX_DEPTH = 64;

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) =>
	c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const isRegular = (c: number) => !Number.isNaN(c) && !isWhite(c) && !isDelimiter(c);

/** Offset of the next token at or after `offset`: white space and comments skipped. */
export function skipWhite(text: string, offset: number): number {
	let i = offset;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (isWhite(c)) i++;
		else if (c === 0x25) {
			while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
		} else break;
	}
	return i;
}

/** The bare word (keyword or number) at `offset`, e.g. `obj`, `endobj`, `R`, `12`. */
export function readWord(text: string, offset: number): { word: string; end: number } {
	let end = offset;
	while (end < text.length && isRegular(text.charCodeAt(end))) end++;
	return { word: text.slice(offset, end), end };
}

/** Reads the value that starts at the next token at or after `offset`. */
export function parsePdfValue(text: string, offset: number, depth = 0): PdfValue {
	if (depth > MAX_DEPTH) throw new PdfSyntaxError(`values nested deeper than ${MAX_DEPTH} levels`, offset);
	const start = skipWhite(text, offset);
	if (start >= text.length) throw new PdfSyntaxError('the file ends where a value was expected (truncated?)', start);
	const c = text[start]!;
	if (c === '(') return readLiteralString(text, start);
	if (c === '<' && text[start + 1] === '<') return readDict(text, start, depth);
	if (c === '<') return readHexString(text, start);
	if (c === '[') return readArray(text, start, depth);
	if (c === '/') return readName(text, start);
	const { word, end } = readWord(text, start);
	if (word === '') throw new PdfSyntaxError(`unexpected "${c}"`, start);
	if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true', start, end };
	if (word === 'null') return { type: 'null', start, end };
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new PdfSyntaxError(`"${word.slice(0, 20)}" where a value was expected`, start);
	// `n g R` is a reference: two unsigned integers and the keyword R.
	if (/^\d+$/.test(word)) {
		const genStart = skipWhite(text, end);
		const gen = readWord(text, genStart);
		if (genStart > end && /^\d+$/.test(gen.word)) {
			const rStart = skipWhite(text, gen.end);
			const r = readWord(text, rStart);
			if (rStart > gen.end && r.word === 'R') return { type: 'ref', num: Number(word), gen: Number(gen.word), start, end: r.end };
		}
	}
	return { type: 'number', value: Number(word), start, end };
}

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

function readLiteralString(text: string, start: number): PdfValue {
	let bytes = '';
	let nesting = 1;
	let i = start + 1;
	while (i < text.length) {
		const c = text[i]!;
		if (c === '\\') {
			const next = text[i + 1];
			if (next === undefined) break;
			if (next in escapes) {
				bytes += escapes[next];
				i += 2;
			} else if (next >= '0' && next <= '7') {
				const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
				bytes += String.fromCharCode(parseInt(octal, 8) & 0xff);
				i += 1 + octal.length;
			} else if (next === '\r' || next === '\n') {
				// A backslash at the end of a line continues the string on the next line.
				i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
			} else {
				// An unknown escape: the backslash is ignored (7.3.4.2).
				bytes += next;
				i += 2;
			}
		} else if (c === '(') {
			nesting++;
			bytes += c;
			i++;
		} else if (c === ')') {
			if (--nesting === 0) return { type: 'string', bytes, hex: false, start, end: i + 1 };
			bytes += c;
			i++;
		} else if (c === '\r') {
			// An unescaped end of line is a line feed, whichever form it has.
			bytes += '\n';
			i += text[i + 1] === '\n' ? 2 : 1;
		} else {
			bytes += c;
			i++;
		}
	}
	throw new PdfSyntaxError('a literal string "(" is never closed (truncated file?)', start);
}

function readHexString(text: string, start: number): PdfValue {
	const close = text.indexOf('>', start + 1);
	if (close < 0) throw new PdfSyntaxError('a hex string "<" is never closed (truncated file?)', start);
	const hex = text.slice(start + 1, close).replace(/[\0\t\n\f\r ]/g, '');
	if (!/^[0-9A-Fa-f]*$/.test(hex)) throw new PdfSyntaxError('a hex string holds a character that is not a hex digit', start);
	// An odd last digit is followed by an implied 0 (7.3.4.3).
	const even = hex.length % 2 === 1 ? `${hex}0` : hex;
	let bytes = '';
	for (let i = 0; i < even.length; i += 2) bytes += String.fromCharCode(parseInt(even.slice(i, i + 2), 16));
	return { type: 'string', bytes, hex: true, start, end: close + 1 };
}

function readName(text: string, start: number): PdfValue {
	const { word, end } = readWord(text, start + 1);
	// #xx is a byte in hex, e.g. /A#20B for "A B".
	const value = word.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	return { type: 'name', value, start, end };
}

function readArray(text: string, start: number, depth: number): PdfValue {
	const items: PdfValue[] = [];
	let i = start + 1;
	for (;;) {
		i = skipWhite(text, i);
		if (i >= text.length) throw new PdfSyntaxError('an array "[" is never closed (truncated file?)', start);
		if (text[i] === ']') return { type: 'array', items, start, end: i + 1 };
		const item = parsePdfValue(text, i, depth + 1);
		items.push(item);
		i = item.end;
	}
}

function readDict(text: string, start: number, depth: number): PdfValue {
	const entries = new Map<string, PdfValue>();
	let i = start + 2;
	for (;;) {
		i = skipWhite(text, i);
		if (i >= text.length) throw new PdfSyntaxError('a dictionary "<<" is never closed (truncated file?)', start);
		if (text.startsWith('>>', i)) return { type: 'dict', entries, start, end: i + 2 };
		if (text[i] !== '/') throw new PdfSyntaxError(`a dictionary key must be a name, found "${text.slice(i, i + 12)}"`, i);
		const key = readName(text, i) as Extract<PdfValue, { type: 'name' }>;
		const value = parsePdfValue(text, key.end, depth + 1);
		entries.set(key.value, value);
		i = value.end;
	}
}

/** A string value as text: UTF-16BE with a byte order mark, or else PDFDocEncoding (Latin-1 for what Skia writes). */
export function pdfStringText(value: Extract<PdfValue, { type: 'string' }>): string {
	const { bytes } = value;
	if (!bytes.startsWith('\xfe\xff')) return bytes;
	let out = '';
	for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
	return out;
}

/** `/key` of a dictionary value, if it is one and has the key. */
export function dictEntry(value: PdfValue | undefined, key: string): PdfValue | undefined {
	return value?.type === 'dict' ? value.entries.get(key) : undefined;
}
