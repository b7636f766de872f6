import type { ExpectedText } from '../schemas/leaflet-manifest.ts';

// Marks, bidi controls and tatweel carry no letters; NFKC has already folded presentation forms and ligatures.
// Each Arabic mark (U+064B–U+065F, U+0670) is removed on its own, so a class of combining marks is meant.
const letterless = '\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff\\u0640\\u064b-\\u065f\\u0670';
// Where a line wraps, a space may be lost and a hyphen added: both are ignored too.
// eslint-disable-next-line no-misleading-character-class -- the Arabic marks, see above
const invisible = new RegExp(`[\\s\\u2010\\u2011\\u2012\\u2013\\u2014\\u002d${letterless}]`, 'g');
// eslint-disable-next-line no-misleading-character-class -- the Arabic marks, see above
const marks = new RegExp(`[${letterless}]`, 'g');
const arabic = /[\u0600-\u06ff\u0750-\u077f]/;

/**
 * Text for comparison: ligatures and Arabic presentation forms folded (NFKC), lower case, and without
 * white space, soft hyphens, hyphens (a word hyphenated at a line end, or a space lost where a line
 * wraps, compares equal) and invisible marks.
 */
export function foldForComparison(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(invisible, '');
}

/** An Arabic word's letters, sorted: the same for the word in logical or visual order, or with two letters swapped. */
const letterKey = (word: string) => [...foldForComparison(word)].sort().join('');
const foldForComparisonKeepingSpaces = (text: string) => text.normalize('NFKC').toLowerCase().replace(marks, '');
// Punctuation is dropped, not split at: extractors move a comma into the word beside it ("ء،اقلتسلاا").
const plainWords = (text: string) =>
	foldForComparisonKeepingSpaces(text)
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.split(/\s+/)
		.filter((w) => w.length > 1);

/**
 * Share of an Arabic item's words that must be found: all but about one in seven, for the rare word
 * the extractor both splits and swaps. A lost item loses its own words. The limit: a short item whose
 * words a neighbouring item also has (see README) still counts as found.
 */
const ARABIC_FOUND = 0.85;

/** Longest distance between two parts of an item: the "serious" mark and line breaks between cells. */
const MAX_GAP = 40;

/** An expected item the PDF does not show; for an item of every page, the pages that lack it. */
export type MissingText = ExpectedText & { pages?: number[] };

/** The error message's words for a missing item: its label, and where an item of every page is missing. */
export function missingTextLabel(item: MissingText): string {
	if (item.page === 'together') return `${item.label} on one page`;
	return item.pages?.length ? `${item.label} on page ${item.pages.join(', ')}` : item.label;
}

/**
 * The expected items that a PDF's extracted text (one string per page, or the whole text as one) does
 * not show. Items without `page` are looked for in the whole text; `every` items on each page (and
 * reported with the pages that lack them); `together` items need one page that shows each of their
 * parts, so a declaration whose signature lines moved to the next page is missing.
 */
export function findMissingText(pdfText: string | readonly string[], expected: ExpectedText[]): MissingText[] {
	const pages = typeof pdfText === 'string' ? [pdfText] : pdfText;
	const whole = findMissingInText(
		new PdfText(withoutRunningFrame(pages).join('\n')),
		expected.filter((item) => item.page === undefined),
	);
	// Each page is folded and split into lines once, for all the items looked for page by page.
	const read = new Map<number, PdfText>();
	const page = (i: number) => read.get(i) ?? read.set(i, new PdfText(pages[i]!)).get(i)!;
	const missing = new Set<ExpectedText>(whole);
	const lacking = new Map<ExpectedText, number[]>();
	for (const item of expected) {
		if (item.page === 'every') {
			const without = pages.flatMap((_, i) => (findMissingInText(page(i), [item]).length > 0 ? [i + 1] : []));
			if (without.length > 0) {
				missing.add(item);
				lacking.set(item, without);
			}
		} else if (item.page === 'together') {
			const parts = item.parts.map((part) => ({ label: item.label, parts: [part] }));
			// From the last page, where a declaration stands, and each page only up to its first missing part.
			const onOne = pages.some((_, k) => parts.every((part) => findMissingInText(page(pages.length - 1 - k), [part]).length === 0));
			if (!onOne) missing.add(item);
		}
	}
	return expected.filter((item) => missing.has(item)).map((item) => (lacking.has(item) ? { ...item, pages: lacking.get(item)! } : item));
}

/**
 * The pages' text without the running header and footer (the page margin boxes: the same lines on
 * every page but for the page number), so that a paragraph that a page break splits reads on across
 * it: the margin boxes are drawn before or after a page's content, and between the last words of a
 * page and the first of the next they would stand in the way of the block's end. Found as the lines
 * every page starts or ends with, digits aside; a one-page text has no break to read across.
 */
export function withoutRunningFrame(pages: readonly string[]): string[] {
	if (pages.length < 2) return [...pages];
	const lines = pages.map((page) => page.replace(/\n+$/, '').split('\n'));
	const shape = (line: string | undefined) => line?.replace(/\d+/g, '#');
	const shortest = Math.min(...lines.map((l) => l.length));
	const common = (at: (l: string[], i: number) => string | undefined) => {
		let n = 0;
		while (n < shortest && lines.every((l) => shape(at(l, n)) === shape(at(lines[0]!, n)))) n++;
		return n;
	};
	const tail = common((l, i) => l[l.length - 1 - i]);
	const head = Math.min(
		common((l, i) => l[i]),
		shortest - tail,
	);
	return lines.map((l) => l.slice(head, l.length - tail).join('\n'));
}

/**
 * The expected items that `pdfText` (a PDF's extracted text) does not show. Latin and other
 * left-to-right text: each item's parts in order, at most a short gap apart, after folding. Arabic
 * (extractors return lines in visual order and about one word in five with two letters swapped, see
 * README): all but about one in seven of the words of each of the item's parts, each word as a
 * multiset of letters, within a few consecutive lines, as many times as the item has them.
 */
function findMissingInText(text: PdfText, expected: ExpectedText[]): ExpectedText[] {
	if (expected.length === 0) return [];
	return expected.filter((item) => {
		if (!item.parts.some((part) => arabic.test(part))) return !inOrder(text.folded, item.parts.map(foldForComparison));
		const lines = text.lines;
		// Each part on its own: a risk's frequency in words is the same in many rows, its name is not.
		const parts = item.parts.map((part) => plainWords(part).map(needWord)).filter((p) => p.length > 0);
		const window = Math.min(12, Math.ceil(parts.flat().length / 4) + 2);
		// A window that holds the item can start at its first line with one of the item's words, so only
		// those starts are tried: far fewer than all lines.
		return !lines.some(
			(line, start) => parts.some((p) => p.some((w) => matches(line, w))) && foundIn(lines.slice(start, start + window), parts),
		);
	});
}

/**
 * A text as the comparison reads it, folded on first use: an item is looked for within as many
 * consecutive lines as it may span (a table row's cells come one after the other, a few words a line).
 */
class PdfText {
	readonly text: string;
	#folded?: string;
	#lines?: Line[];
	constructor(text: string) {
		this.text = text;
	}
	get folded(): string {
		return (this.#folded ??= foldForComparison(this.text));
	}
	get lines(): Line[] {
		return (this.#lines ??= this.text.split('\n').map(readLine));
	}
}

interface Line {
	/** Letter keys of the line's words, with how often each occurs. */
	keys: Map<string, number>;
	/** Letter keys of each two neighbouring words run together. */
	pairs: Set<string>;
	/** Words longer than three letters, for words run into their neighbour. */
	long: string[];
}

interface NeedWord {
	word: string;
	key: string;
	reversed: string;
}

const needWord = (word: string): NeedWord => ({ word, key: letterKey(word), reversed: [...word].reverse().join('') });

/** A line's words, folded, without punctuation; one-letter fragments kept for pairs (a word split at a joining letter). */
function readLine(text: string): Line {
	const tokens = foldForComparisonKeepingSpaces(text)
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.split(/\s+/)
		.filter((w) => w !== '');
	return {
		keys: countWords(tokens.filter((w) => w.length > 1).map(letterKey)),
		pairs: new Set(tokens.slice(1).map((w, i) => letterKey(tokens[i]! + w))),
		long: tokens.filter((w) => w.length > 3),
	};
}

/**
 * Whether a line has the word: the same letters (in either order, two swapped), split in two ("أكثر"
 * as "رثك أ"), or run into the next cell's word ("ناكملاضيرملا"), at the start or end of a longer word.
 */
function matches(line: Line, w: NeedWord): boolean {
	return line.keys.has(w.key) || splitOrRunIn(line, w);
}

function splitOrRunIn(line: Line, w: NeedWord): boolean {
	return (
		line.pairs.has(w.key) ||
		(w.word.length > 2 &&
			line.long.some(
				(t) =>
					t.length > w.word.length && (t.startsWith(w.word) || t.endsWith(w.word) || t.startsWith(w.reversed) || t.endsWith(w.reversed)),
			))
	);
}

/** Whether the lines hold at least `ARABIC_FOUND` of every part's words, each counted as often as it occurs. */
function foundIn(lines: Line[], parts: NeedWord[][]): boolean {
	const used = new Map<string, number>();
	const have = (key: string) => lines.reduce((sum, line) => sum + (line.keys.get(key) ?? 0), 0);
	return parts.every((need) => {
		let found = 0;
		for (const w of need) {
			if ((used.get(w.key) ?? 0) < have(w.key)) {
				used.set(w.key, (used.get(w.key) ?? 0) + 1);
				found++;
			} else if (lines.some((line) => splitOrRunIn(line, w))) found++;
		}
		return found >= ARABIC_FOUND * need.length;
	});
}

function countWords(list: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
	return counts;
}

/** Whether the parts occur in `text` in order, each starting at most `MAX_GAP` after the previous one ends. */
function inOrder(text: string, parts: string[]): boolean {
	const [first, ...rest] = parts;
	for (let at = text.indexOf(first!); at >= 0; at = text.indexOf(first!, at + 1)) {
		let end = at + first!.length;
		let ok = true;
		for (const part of rest) {
			const next = text.indexOf(part, end);
			if (next < 0 || next - end > MAX_GAP) {
				ok = false;
				break;
			}
			end = next + part.length;
		}
		if (ok) return true;
	}
	return false;
}
