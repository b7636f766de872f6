/**
 * The @page rules of a leaflet: A4, margins fit for hole-punching, and the running header and footer in
 * the page margin boxes, with page numbers counted per leaflet ("page 2 of 4"). Chromium draws margin
 * boxes on every page. Each leaflet kind is a named page (`page: consent`), so the consent form and the
 * aftercare sheet of an article share one stylesheet; no inline style is needed.
 */
import { z } from 'zod';
import { leafletKinds } from '../src/routes/routes.ts';
import { cssString } from './css-string.ts';

/**
 * What a leaflet's page rules are made of. Text goes into CSS only through `cssString`; the kind and the
 * direction, which become identifiers and keywords, are checked against their few possible values.
 */
export const pageCssInputSchema = z.object({
	/** The leaflet's kind: its named page, and its print view's body class is `leaflet-<kind>`. */
	kind: z.enum(leafletKinds),
	/** Clinic name and contact line, top left. */
	header: z.array(z.string()),
	/** Short URL of the online article, the header's last line. */
	online: z.string(),
	/** URL of the QR code image: in the build a data: URL, so the code needs no file of its own. */
	qrUrl: z.string(),
	/** Document id, version, date and text hash, bottom left; a bilingual form has a line per language. */
	documentLine: z.string(),
	/** "Page {page} of {pages}" in the leaflet's language, a line per language like `documentLine`. */
	pageLabel: z.string(),
	/**
	 * Consent forms: the patient's name and date of birth to write on every page, the footer's first
	 * line, because pages get separated (the signature page in particular).
	 */
	patientLine: z.string().optional(),
	/** Font families in order of preference; generic families (`sans-serif`) as keywords. */
	fontFamilies: z.array(z.string()).min(1),
	/** Writing direction: right-to-left leaflets start their header at the right edge. */
	dir: z.enum(['ltr', 'rtl']),
});
export type PageCssInput = z.infer<typeof pageCssInputSchema>;

const genericFamilies = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);
const fontFamilyList = (families: string[]) => families.map((f) => (genericFamilies.has(f) ? f : cssString(f))).join(', ');

/** "Page {page} of {pages}" → `"Page " counter(page) " of " counter(pages)`. */
export function pageCounterContent(label: string): string {
	return label
		.split(/(\{page\}|\{pages\})/)
		.filter((part) => part !== '')
		.map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
		.join(' ');
}

/** Characters of a footer line that fit on one line beside the page label at 9 pt (seen: 96 fit, 100 wrapped). */
const FOOTER_LINE_CHARS = 92;

export function leafletPageCss(value: PageCssInput): string {
	const input = pageCssInputSchema.parse(value);
	const box = `font-family: ${fontFamilyList(input.fontFamilies)}; font-size: 9pt; line-height: 1.3; color: #000; direction: ${input.dir};`;
	// Margin boxes are physical (left/right); the leaflet's start side is the right one in RTL.
	const [start, end] = input.dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
	// The footer: the patient line (if any) above the document lines, each page label beside its document
	// line. A patient line gets line spacing to write in by hand, and the bottom margin grows to hold it.
	// The page label never wraps (white-space: pre), so the patient line cannot squeeze it.
	const footer = [...(input.patientLine ? [input.patientLine] : []), input.documentLine].join('\n');
	const footerLines = footer.split('\n').length;
	// A line wider than the box beside the page label would wrap, and Chromium does not print what a
	// margin box has no room for: the last document line of a bilingual form was lost at the sheet's
	// edge. The footer's type shrinks, by half points, until its longest line fits; a miss is caught by
	// the build, which looks for every document line on every page (leaflet-expected-text.ts).
	const longest = Math.max(...footer.split('\n').map((line) => [...line].length));
	const footerPt = Math.min(9, Math.floor((2 * 9 * FOOTER_LINE_CHARS) / longest) / 2);
	const footerLineMm = input.patientLine ? 6.5 : 9 * 1.3 * (25.4 / 72);
	const bottomMargin = Math.max(20, Math.ceil(3 + footerLines * footerLineMm + 3));
	const footerBox = `${box} font-size: ${footerPt}pt;${input.patientLine ? ` line-height: ${footerLineMm}mm;` : ''}`;
	const pageLabel = `${input.patientLine ? '\n' : ''}${input.pageLabel}`;
	// All text in the start box, the QR code alone in the end box at the page's outer edge. Chromium
	// shares the header's width between the two boxes by their content: with the URL beside the code,
	// a long address and URL met in the middle without a gap (seen in Arabic leaflets), or the code
	// wrapped under its URL. The end box is now always the code's 15 mm, and the text wraps, if it must,
	// in the start box.
	return `.leaflet-${input.kind} {
	page: ${input.kind};
}
@page ${input.kind} {
	size: A4;
	margin: 27mm 14mm ${bottomMargin}mm 25mm;
	@top-${start} {
		content: ${cssString([...input.header, input.online].join('\n'))};
		white-space: pre-line;
		overflow-wrap: anywhere;
		vertical-align: bottom;
		text-align: ${start};
		padding-block-end: 3mm;
		padding-${end}: 5mm;
		${box}
	}
	@top-${end} {
		content: url(${cssString(input.qrUrl)});
		vertical-align: bottom;
		text-align: ${end};
		padding-block-end: 2mm;
		${box}
	}
	@bottom-${start} {
		content: ${cssString(footer)};
		white-space: pre-line;
		vertical-align: top;
		text-align: ${start};
		padding-block-start: 3mm;
		${footerBox}
	}
	@bottom-${end} {
		content: ${pageCounterContent(pageLabel)};
		white-space: pre;
		vertical-align: top;
		text-align: ${end};
		padding-block-start: 3mm;
		${footerBox}
	}
}
`;
}
