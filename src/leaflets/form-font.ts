import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { mergeWoffFonts, type MergedFont } from './merge-woff-fonts.ts';

/** The font of a form's typed text, for the AcroForm's /DR and every field's /DA. */
export interface FormFont {
	/** Its resource name in /DR. */
	name: string;
	/** Its objects: the font dictionary as `first`, further objects (font file, widths, ToUnicode) from `allocate`. */
	objects: (first: number, allocate: () => number) => Map<number, string>;
	/** The merged font itself (for tests, and for a library that fills the form). */
	font: MergedFont;
}

/**
 * The files of each script's form font, from the same packages the leaflets print with (nothing loads
 * from another host). Every form must show a name in any script a patient's name is written in at this
 * clinic, whatever the form's language: Latin with German and Turkish letters (İ ı Ş ş Ğ ğ), and Arabic.
 * A field's /DA names one font, so each form's font holds both scripts. The first file keeps its glyph
 * ids and layout tables, so it is IBM Plex Sans Arabic's arabic file on every form: its GSUB holds the
 * Arabic joining forms (a Latin font first would drop them, and an Arabic name would be typed in
 * unjoined letters). Latin forms (German, English, Turkish) then take their Latin letters from Source
 * Sans 3, the leaflets' text face (latin, latin-ext); Arabic forms from Plex's own latin and latin-ext,
 * which lack İ Ş ş Ğ ğ, so Source Sans 3's latin-ext follows for those. Measured: 181 KB (Latin forms)
 * and 183 KB (Arabic forms) of TrueType, 85 and 89 KB deflated in the PDF (before: 94 KB of Source Sans 3
 * alone, without Arabic, and 126 KB of Plex, without İ Ş ş Ğ ğ). The font's name is the first file's.
 */
const files = {
	latin: [
		'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff',
		'source-sans-3/files/source-sans-3-latin-400-normal.woff',
		'source-sans-3/files/source-sans-3-latin-ext-400-normal.woff',
	],
	arabic: [
		'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff',
		'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff',
		'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-ext-400-normal.woff',
		'source-sans-3/files/source-sans-3-latin-ext-400-normal.woff',
	],
} as const;

const require = createRequire(import.meta.url);
// The packages export only their CSS; their LICENSE file tells where they are installed.
const fontFile = (path: string) => {
	const [pkg, ...rest] = path.split('/');
	return readFileSync(join(dirname(require.resolve(`@fontsource/${pkg}/LICENSE`)), ...rest));
};

const cache = new Map<string, MergedFont>();

/** The form font of a script, merged once per process. */
export function formFont(script: keyof typeof files): FormFont {
	let font = cache.get(script);
	if (!font) {
		font = mergeWoffFonts(files[script].map(fontFile));
		cache.set(script, font);
	}
	const merged = font;
	return { name: 'FormFont', font: merged, objects: (first, allocate) => fontObjects(merged, first, allocate) };
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The whole TrueType font, embedded once (not a subset: the glyphs of what a patient will type are not
 * known at build time), as a Type 0 font with Identity-H encoding: a code is a glyph id, so every glyph
 * of the merged font can be shown. ToUnicode maps the glyphs back, so typed text can be extracted.
 */
function fontObjects(font: MergedFont, first: number, allocate: () => number): Map<number, string> {
	const { widths, data, cmap } = streamsOf(font);
	const objects = new Map<number, string>();
	const cid = allocate();
	const descriptor = allocate();
	const file = allocate();
	const toUnicode = allocate();
	const scale = 1000 / font.unitsPerEm;
	const name = `/${font.name}`;
	objects.set(
		first,
		`<</Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R>>`,
	);
	objects.set(
		cid,
		`<</Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>\n/FontDescriptor ${descriptor} 0 R /CIDToGIDMap /Identity /DW 0\n/W [0 [${widths}]]>>`,
	);
	const [x0, y0, x1, y1] = font.bbox.map((v) => num(v * scale));
	objects.set(
		descriptor,
		`<</Type /FontDescriptor /FontName ${name} /Flags 32 /FontBBox [${x0} ${y0} ${x1} ${y1}] /ItalicAngle 0 /Ascent ${num(font.ascent * scale)} /Descent ${num(font.descent * scale)} /CapHeight ${num(font.capHeight * scale)} /StemV 80 /FontFile2 ${file} 0 R>>`,
	);
	objects.set(file, `<</Length1 ${font.ttf.length} /Filter /FlateDecode /Length ${data.length}>>\nstream\n${data}\nendstream`);
	objects.set(toUnicode, `<</Filter /FlateDecode /Length ${cmap.length}>>\nstream\n${cmap}\nendstream`);
	return objects;
}

const streams = new WeakMap<MergedFont, { widths: string; data: string; cmap: string }>();

/**
 * What a font's objects hold but their numbers: the same for every PDF of its script, so made once per
 * process (deflating the whole font is most of the form's cost per leaflet, about 10 ms).
 */
function streamsOf(font: MergedFont): { widths: string; data: string; cmap: string } {
	let made = streams.get(font);
	if (!made) {
		const scale = 1000 / font.unitsPerEm;
		made = {
			widths: font.advances.map((a) => num(a * scale)).join(' '),
			data: deflateSync(font.ttf, { level: 9 }).toString('latin1'),
			cmap: deflateSync(toUnicodeCMap(font.cmap), { level: 9 }).toString('latin1'),
		};
		streams.set(font, made);
	}
	return made;
}

/** A ToUnicode CMap: each glyph id (2 bytes) to the character it shows (the lowest code, where several map to one glyph). */
function toUnicodeCMap(cmap: Map<number, number>): string {
	const byGlyph = new Map<number, number>();
	for (const [code, glyph] of [...cmap].sort((a, b) => a[0] - b[0])) if (!byGlyph.has(glyph)) byGlyph.set(glyph, code);
	const entries = [...byGlyph].sort((a, b) => a[0] - b[0]);
	const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();
	const utf16 = (c: number) => (c > 0xffff ? String.fromCodePoint(c) : String.fromCharCode(c));
	const blocks: string[] = [];
	for (let i = 0; i < entries.length; i += 100) {
		const chunk = entries.slice(i, i + 100);
		const lines = chunk.map(([g, c]) => `<${hex4(g)}> <${[...utf16(c)].map((ch) => hex4(ch.charCodeAt(0))).join('')}>`);
		blocks.push(`${chunk.length} beginbfchar\n${lines.join('\n')}\nendbfchar`);
	}
	return [
		'/CIDInit /ProcSet findresource begin',
		'12 dict begin',
		'begincmap',
		'/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def',
		'/CMapName /Adobe-Identity-UCS def',
		'/CMapType 2 def',
		'1 begincodespacerange',
		'<0000> <FFFF>',
		'endcodespacerange',
		...blocks,
		'endcmap',
		'CMapName currentdict /CMap defineresource pop',
		'end',
		'end',
	].join('\n');
}
