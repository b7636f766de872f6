import { dictEntry, parsePdfValue, PdfSyntaxError, readWord, skipWhite, type PdfValue } from './parse-pdf-value.ts';
import { decodeStream, objectFromStream, readXrefStream, xrefStreamDict, type XrefEntry } from './read-xref-stream.ts';

/** A PDF: its trailer, and its objects read by structure on demand. */
export interface PdfStructure {
	text: string;
	/** Object number of the catalog (`/Root`). */
	root: number;
	/** Object number of the document information dictionary (`/Info`), if any. */
	info?: number;
	/** `/Size`: one more than the highest object number. */
	size: number;
	/** Offset of the newest xref section. */
	startxref: number;
	/** Numbers of the objects in use, ascending. */
	numbers: number[];
	/**
	 * The value of object `number` (of a stream object: its dictionary). Throws on a missing or malformed
	 * object. The value's byte span is in the file, except for an object read from an object stream.
	 */
	object: (number: number) => PdfValue;
	/** The bytes of stream object `number` as stored (not decoded), or undefined when it is no stream. */
	streamData: (number: number) => string | undefined;
}

// Chromium writes one xref section, and our own update adds one; far more means a loop or a hostile file.
const MAX_SECTIONS = 64;

/**
 * Reads the xref tables and trailers of a PDF as Skia writes it (PDF 1.4, classic xref, no object
 * streams), following `/Prev` to earlier sections (an incremental update). Malformed input gives a
 * `PdfSyntaxError` saying where, never a hang: every loop is bounded by the file's length.
 * @param text the PDF as Latin-1, one character a byte
 */
export function readPdfStructure(text: string): PdfStructure {
	const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
	if (!tail) throw new PdfSyntaxError('no "startxref … %%EOF" at the end of the file (truncated?)', text.length);
	const startxref = Number(tail[1]);
	const offsets = new Map<number, XrefEntry>();
	let trailer: PdfValue | undefined;
	const seen = new Set<number>();
	for (let section: number | undefined = startxref; section !== undefined;) {
		if (seen.has(section) || seen.size >= MAX_SECTIONS)
			throw new PdfSyntaxError('the xref sections point back to each other (/Prev loop)', section);
		seen.add(section);
		// A reader's incremental save may write a cross-reference stream instead of a table.
		const { entries, dict } = text.startsWith('xref', section)
			? (() => {
					const classic = readXrefSection(text, section);
					return { entries: new Map([...classic.entries].map(([n, offset]) => [n, { offset } as XrefEntry])), dict: classic.dict };
				})()
			: readXrefStream(text, section);
		// Newer sections (read first) win over older ones.
		for (const [number, entry] of entries) if (!offsets.has(number)) offsets.set(number, entry);
		trailer ??= dict;
		const prev = dictEntry(dict, 'Prev');
		section = prev?.type === 'number' ? prev.value : undefined;
	}
	const root = dictEntry(trailer, 'Root');
	const size = dictEntry(trailer, 'Size');
	const info = dictEntry(trailer, 'Info');
	if (root?.type !== 'ref' || size?.type !== 'number')
		throw new PdfSyntaxError('the trailer has no /Root reference or no /Size', startxref);
	const cache = new Map<number, PdfValue>();
	const object = (number: number): PdfValue => {
		const cached = cache.get(number);
		if (cached) return cached;
		const entry = offsets.get(number);
		if (entry === undefined) throw new PdfSyntaxError(`object ${number} is referenced but not in the xref table`, startxref);
		let value: PdfValue;
		if ('offset' in entry) value = readIndirectObject(text, entry.offset, number);
		else {
			const container = offsets.get(entry.stream);
			if (container === undefined || !('offset' in container))
				throw new PdfSyntaxError(`object ${number} is in object stream ${entry.stream}, which is not at an offset`, startxref);
			const dict = object(entry.stream);
			const data = decodeStream(text, dict, (n) => {
				const length = object(n);
				return length.type === 'number' ? length.value : -1;
			}).toString('latin1');
			value = objectFromStream(data, dict, number, entry.index);
		}
		cache.set(number, value);
		return value;
	};
	return {
		text,
		root: root.num,
		...(info?.type === 'ref' ? { info: info.num } : {}),
		size: size.value,
		startxref,
		numbers: [...offsets.keys()].sort((a, b) => a - b),
		object,
		streamData: (number) => {
			// An object inside an object stream is never a stream itself.
			if (!('offset' in (offsets.get(number) ?? { offset: 0 }))) return undefined;
			const value = object(number);
			const keyword = skipWhite(text, value.end);
			if (value.type !== 'dict' || !text.startsWith('stream', keyword)) return undefined;
			let start = keyword + 'stream'.length;
			if (text[start] === '\r') start++;
			if (text[start] === '\n') start++;
			const declared = dictEntry(value, 'Length');
			const length = declared?.type === 'ref' ? object(declared.num) : declared;
			if (length?.type !== 'number' || !Number.isInteger(length.value) || length.value < 0 || start + length.value > text.length)
				throw new PdfSyntaxError(`stream object ${number} has no usable /Length`, start);
			return text.slice(start, start + length.value);
		},
	};
}

/** One `xref` table (its subsections) and the `trailer` dictionary after it. */
function readXrefSection(text: string, offset: number): { entries: Map<number, number>; freed: Set<number>; dict: PdfValue } {
	if (!text.startsWith('xref', offset))
		throw new PdfSyntaxError('no classic xref table where startxref points (a cross-reference stream is not supported)', offset);
	const entries = new Map<number, number>();
	const freed = new Set<number>();
	let i = skipWhite(text, offset + 4);
	while (!text.startsWith('trailer', i)) {
		const header = /^(\d+) (\d+)[ \t]*\r?\n?/.exec(text.slice(i, i + 40));
		if (!header) throw new PdfSyntaxError('an xref subsection does not start with "first count"', i);
		const first = Number(header[1]);
		const count = Number(header[2]);
		i += header[0].length;
		// Each entry is exactly 20 bytes: a bounded loop even for a hostile count.
		if (i + count * 20 > text.length)
			throw new PdfSyntaxError(`the xref table claims ${count} entries but the file ends first (truncated?)`, i);
		for (let k = 0; k < count; k++, i += 20) {
			const entry = /^(\d{10}) (\d{5}) ([nf])[ \r\n]{2}$/.exec(text.slice(i, i + 20));
			if (!entry) throw new PdfSyntaxError(`xref entry ${first + k} is not "oooooooooo ggggg n"`, i);
			if (entry[3] === 'n') entries.set(first + k, Number(entry[1]));
			else freed.add(first + k);
		}
		i = skipWhite(text, i);
		if (i >= text.length) throw new PdfSyntaxError('the file ends inside the xref table (truncated?)', i);
	}
	const dict = parsePdfValue(text, i + 'trailer'.length);
	if (dict.type !== 'dict') throw new PdfSyntaxError('the trailer is not a dictionary', i);
	return { entries, freed, dict };
}

/** `n g obj <value>`: the value, checked to be the object the xref table says is there. */
function readIndirectObject(text: string, offset: number, number: number): PdfValue {
	if (offset >= text.length) throw new PdfSyntaxError(`object ${number} lies beyond the end of the file (truncated?)`, offset);
	const num = readWord(text, skipWhite(text, offset));
	const gen = readWord(text, skipWhite(text, num.end));
	const keyword = readWord(text, skipWhite(text, gen.end));
	if (num.word !== String(number) || !/^\d+$/.test(gen.word) || keyword.word !== 'obj') {
		throw new PdfSyntaxError(`the xref table points to "${text.slice(offset, offset + 16)}" for object ${number}`, offset);
	}
	const value = parsePdfValue(text, keyword.end);
	const after = readWord(text, skipWhite(text, value.end)).word;
	if (after !== 'endobj' && after !== 'stream')
		throw new PdfSyntaxError(`object ${number} is not followed by endobj or stream (truncated?)`, value.end);
	return value;
}

/**
 * One revision of a PDF: its xref section's offset, where the revision ends (after its `startxref …
 * %%EOF`), the objects its own section defines (number → offset) and frees, and its trailer. `stream`:
 * the section is a cross-reference stream (ISO 32000-1 §7.5.8, read-xref-stream.ts), whose `offsets` hold
 * only the objects at an offset (`defines` also those in object streams); `hybrid`: a classic section
 * whose trailer names a cross-reference stream too (/XRefStm), whose entries are not read.
 */
export interface PdfRevision {
	xref: number;
	end: number;
	defines: Set<number>;
	offsets: Map<number, number>;
	freed: Set<number>;
	trailer: PdfValue;
	stream: boolean;
	hybrid: boolean;
	/** Why a cross-reference stream's entries could not be read. */
	unreadable?: string;
}

/**
 * The revisions of a PDF, newest first: each xref section of the `/Prev` chain. The original file is the
 * oldest; each incremental update appends one. `readPdfStructure(text.slice(0, end))` reads the document
 * as a classic revision left it. A cross-reference stream (which some readers write in an incremental
 * save) is followed by its /Prev but not read (`stream`).
 */
export function pdfRevisions(text: string): PdfRevision[] {
	const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
	if (!tail) throw new PdfSyntaxError('no "startxref … %%EOF" at the end of the file (truncated?)', text.length);
	const revisions: PdfRevision[] = [];
	const seen = new Set<number>();
	for (let section: number | undefined = Number(tail[1]); section !== undefined;) {
		if (seen.has(section) || seen.size >= MAX_SECTIONS)
			throw new PdfSyntaxError('the xref sections point back to each other (/Prev loop)', section);
		seen.add(section);
		let revision: PdfRevision;
		if (text.startsWith('xref', section)) {
			const { entries, freed, dict } = readXrefSection(text, section);
			const hybrid = dictEntry(dict, 'XRefStm') !== undefined;
			revision = {
				xref: section,
				end: revisionEnd(text, dict.end),
				defines: new Set(entries.keys()),
				offsets: entries,
				freed,
				trailer: dict,
				stream: false,
				hybrid,
			};
		} else {
			let read: ReturnType<typeof readXrefStream>;
			try {
				read = readXrefStream(text, section);
			} catch (error) {
				// Its entries unreadable (a filter not decoded here): its dictionary still gives /Prev, so the
				// revisions before it (the build's) are read, and this one is known to be unread.
				if (!(error instanceof PdfSyntaxError)) throw error;
				const dict = xrefStreamDict(text, section);
				revisions.push({
					xref: section,
					end: xrefStreamEnd(text, section, dict.end),
					defines: new Set(),
					offsets: new Map(),
					freed: new Set(),
					trailer: dict,
					stream: true,
					hybrid: false,
					unreadable: error.message,
				});
				const prev = dictEntry(dict, 'Prev');
				section = prev?.type === 'number' ? prev.value : undefined;
				continue;
			}
			const { entries, freed, dict } = read;
			const at = new Map([...entries].flatMap(([n, e]) => ('offset' in e ? [[n, e.offset] as const] : [])));
			revision = {
				xref: section,
				end: xrefStreamEnd(text, section, dict.end),
				defines: new Set(entries.keys()),
				offsets: at,
				freed,
				trailer: dict,
				stream: true,
				hybrid: false,
			};
		}
		revisions.push(revision);
		const prev = dictEntry(revision.trailer, 'Prev');
		section = prev?.type === 'number' ? prev.value : undefined;
	}
	return revisions;
}

/** The end of a revision whose cross-reference is a stream: after the `startxref` naming it and its `%%EOF`. */
function xrefStreamEnd(text: string, offset: number, dictEnd: number): number {
	const marker = new RegExp(`startxref[ \\t\\r\\n]+${offset}[ \\t\\r\\n]+%%EOF(\\r\\n|\\r|\\n)?`, 'g');
	marker.lastIndex = dictEnd;
	const found = marker.exec(text);
	if (!found) throw new PdfSyntaxError('no "startxref … %%EOF" after the cross-reference stream', dictEnd);
	return found.index + found[0].length;
}

/** After a trailer: `startxref`, its offset and the `%%EOF` marker (a comment to the value reader, so read here), and the line end. */
function revisionEnd(text: string, trailerEnd: number): number {
	const keyword = readWord(text, skipWhite(text, trailerEnd));
	if (keyword.word !== 'startxref') throw new PdfSyntaxError('no "startxref" after the trailer', trailerEnd);
	const offset = readWord(text, skipWhite(text, keyword.end));
	let i = offset.end;
	while (i < text.length && /[ \t\r\n]/.test(text[i]!)) i++;
	if (!/^\d+$/.test(offset.word) || !text.startsWith('%%EOF', i)) throw new PdfSyntaxError('no "%%EOF" after startxref', i);
	i += 5;
	if (text[i] === '\r') i++;
	if (text[i] === '\n') i++;
	return i;
}
