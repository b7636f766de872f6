import { dictEntry, PdfSyntaxError, type PdfValue } from './parse-pdf-value.ts';
import type { PdfStructure } from './read-pdf-structure.ts';
import { eachContentOperator, fontMap, resolve, streamData, type Page, type ToUnicode } from './skia-pdf-text.ts';

/** A rectangle in a page's default user space: `[x1, y1, x2, y2]`, lower left and upper right. */
export type PdfRect = [number, number, number, number];

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];
/** `m × n` in PDF's row-vector convention: apply m first, then n. */
const multiply = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[1] * n[2],
	m[0] * n[1] + m[1] * n[3],
	m[2] * n[0] + m[3] * n[2],
	m[2] * n[1] + m[3] * n[3],
	m[4] * n[0] + m[5] * n[2] + n[4],
	m[4] * n[1] + m[5] * n[3] + n[5],
];

interface Glyph {
	x: number;
	y: number;
	/** The font size in user space (points). */
	size: number;
}

// Runs shorter than this are no blank to write on (the footer's are 9 to 30 underscores).
const MIN_RUN = 6;
// Deeper q nesting than this is no page Skia writes.
const MAX_STACK = 256;

/**
 * The blanks the running footer prints on a page: runs of underscores in the page's bottom margin, as
 * Chromium laid them out and Skia drew them, in reading order of the page's direction.
 *
 * Why from the drawn glyphs: the footer is a CSS page-margin box, which holds text only, so no marker
 * element can be put there for Chromium to turn into an annotation (and fixed-position elements, tried
 * instead, are not repeated on every printed page). The blank itself is printed as underscores, so their
 * glyphs, each placed by Chromium's layout, give the blank's rectangle on every page exactly, with no
 * coordinate of our own: left edge at the first underscore, right edge at the last one's advance, from
 * a tenth of the font size below the baseline (the underscores) to 1.3 times the font size above it, so
 * that a typed value sits on the line instead of being struck through by it (the room the footer's line
 * height leaves to write in).
 * @param bottom the height (points from the page's lower edge) below which a run counts as the footer's
 */
export function footerBlanks(pdf: PdfStructure, page: Page, bottom: number, dir: 'ltr' | 'rtl'): PdfRect[] {
	const contents = dictEntry(page.dict, 'Contents');
	const streams = contents?.type === 'array' ? contents.items : contents ? [contents] : [];
	const glyphs: Glyph[] = [];
	const maps = new Map<number, ToUnicode>();
	for (const ref of streams) if (ref.type === 'ref') underscores(streamData(pdf, ref.num), pdf, page.resources, maps, glyphs);
	const runs: Glyph[][] = [];
	for (const glyph of glyphs.filter((g) => g.y < bottom).sort((a, b) => a.y - b.y || a.x - b.x)) {
		const run = runs.at(-1);
		const last = run?.at(-1);
		// The same line and the next glyph over (an underscore is about half the font size wide).
		if (run && last && Math.abs(glyph.y - last.y) < 0.5 && glyph.x - last.x < glyph.size) run.push(glyph);
		else runs.push([glyph]);
	}
	const rects = runs
		.filter((run) => run.length >= MIN_RUN)
		.map((run): PdfRect => {
			const first = run[0]!;
			const last = run.at(-1)!;
			const advance = (last.x - first.x) / (run.length - 1);
			return [first.x, first.y - first.size / 10, last.x + advance, first.y + first.size * 1.3];
		});
	// Reading order: top to bottom, then in the page's direction.
	return rects.sort((a, b) => b[1] - a[1] || (dir === 'rtl' ? b[0] - a[0] : a[0] - b[0]));
}

/** Every underscore a content stream draws, at its origin in user space. Only what places text matters. */
function underscores(
	content: string,
	pdf: PdfStructure,
	resources: PdfValue | undefined,
	maps: Map<number, ToUnicode>,
	out: Glyph[],
): void {
	const fonts = resolve(pdf, dictEntry(resources, 'Font'));
	let ctm: Matrix = identity;
	const stack: Matrix[] = [];
	let tm: Matrix = identity;
	let tlm: Matrix = identity;
	let font: ToUnicode = { bytes: 1, map: new Map() };
	let widths: (code: number) => number = () => 0;
	let size = 0;
	const show = (value: PdfValue | undefined) => {
		if (value?.type !== 'string') return;
		for (let i = 0; i + font.bytes <= value.bytes.length; i += font.bytes) {
			const code = font.bytes === 2 ? (value.bytes.charCodeAt(i) << 8) | value.bytes.charCodeAt(i + 1) : value.bytes.charCodeAt(i);
			if (font.map.get(code) === '_') {
				const m = multiply(tm, ctm);
				out.push({ x: m[4], y: m[5], size: size * Math.abs(m[3]) });
			}
			// Skia places most glyphs with a Td of their own, and runs of glyphs at their natural advance in one string.
			tm = multiply([1, 0, 0, 1, (widths(code) / 1000) * size, 0], tm);
		}
	};
	eachContentOperator(content, (word, operands, at) => {
		const numbers = (n: number) => operands.slice(-n).map((v) => (v.type === 'number' ? v.value : NaN));
		if (word === 'q') {
			if (stack.length >= MAX_STACK) throw new PdfSyntaxError(`graphics states nested deeper than ${MAX_STACK}`, at);
			stack.push(ctm);
		} else if (word === 'Q') ctm = stack.pop() ?? identity;
		else if (word === 'cm') ctm = multiply(numbers(6) as Matrix, ctm);
		else if (word === 'BT') tm = tlm = identity;
		else if (word === 'Tm') tm = tlm = numbers(6) as Matrix;
		else if (word === 'Td' || word === 'TD') {
			const [tx, ty] = numbers(2) as [number, number];
			tm = tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
		} else if (word === 'Tf' && operands[0]?.type === 'name') {
			font = fontMap(pdf, fonts, operands[0].value, maps);
			widths = glyphWidths(pdf, dictEntry(fonts, operands[0].value));
			size = numbers(1)[0]!;
		} else if (word === 'Tj') show(operands.at(-1));
		else if (word === 'TJ' && operands[0]?.type === 'array') for (const item of operands[0].items) show(item);
	});
}

// A /W array longer than this is no font Skia writes.
const MAX_WIDTHS = 100_000;

/** A font's glyph advances in thousandths of the font size: a Type0 font's /W and /DW, or a simple font's /Widths. */
function glyphWidths(pdf: PdfStructure, ref: PdfValue | undefined): (code: number) => number {
	const font = resolve(pdf, ref);
	const descendants = resolve(pdf, dictEntry(font, 'DescendantFonts'));
	if (descendants?.type === 'array') {
		const cid = resolve(pdf, descendants.items[0]);
		const dw = resolve(pdf, dictEntry(cid, 'DW'));
		const fallback = dw?.type === 'number' ? dw.value : 1000;
		const w = resolve(pdf, dictEntry(cid, 'W'));
		const map = new Map<number, number>();
		const items = w?.type === 'array' ? w.items : [];
		for (let i = 0; i < items.length && map.size < MAX_WIDTHS;) {
			const first = items[i];
			const second = resolve(pdf, items[i + 1]);
			if (first?.type !== 'number') break;
			if (second?.type === 'array') {
				second.items.forEach((v, k) => v.type === 'number' && map.set(first.value + k, v.value));
				i += 2;
			} else {
				const width = items[i + 2];
				if (second?.type !== 'number' || width?.type !== 'number') break;
				for (let c = first.value; c <= second.value && map.size < MAX_WIDTHS; c++) map.set(c, width.value);
				i += 3;
			}
		}
		return (code) => map.get(code) ?? fallback;
	}
	const widths = resolve(pdf, dictEntry(font, 'Widths'));
	const firstChar = dictEntry(font, 'FirstChar');
	const list = widths?.type === 'array' ? widths.items.map((v) => (v.type === 'number' ? v.value : 0)) : [];
	const offset = firstChar?.type === 'number' ? firstChar.value : 0;
	return (code) => list[code - offset] ?? 0;
}
