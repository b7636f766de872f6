import { htmlFragmentText } from './html-headings.ts';

// Elements that start or end a block of text in the section HTML this project renders (render-markdown.ts).
const blockTag =
	/<\/?(?:p|li|ul|ol|td|th|tr|thead|tbody|table|caption|h[1-6]|blockquote|pre|div|dl|dt|dd|hr|br|figure|figcaption|section)\b[^>]*>/gi;
const BREAK = '\u0000';

/**
 * The text of each block of an HTML fragment, in order: every paragraph, list item (up to a nested
 * list), table cell, heading, and every line of a code block, white space folded, empty ones left out.
 * Linear: one pass of regular expressions over the fragment, fine for well-formed HTML this project made.
 */
export function htmlBlockTexts(html: string): string[] {
	const marked = html
		// A code block's lines are blocks of their own: a long one is what runs past the margin.
		.replace(/<pre\b[^>]*>([\s\S]*?)<\/pre>/gi, (_, code: string) => `${BREAK}${code.replace(/\r?\n/g, BREAK)}${BREAK}`)
		.replace(blockTag, BREAK);
	return marked
		.split(BREAK)
		.map(htmlFragmentText)
		.filter((text) => text !== '');
}
