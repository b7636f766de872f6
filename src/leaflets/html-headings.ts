import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/** The text of every h1–h6 of an HTML document, in order, white space folded. */
export function htmlHeadings(html: string): string[] {
	const headings: string[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (/^h[1-6]$/.test(child.tagName)) headings.push(toString(child).replace(/\s+/g, ' ').trim());
			else walk(child);
		}
	};
	walk(fromHtml(html));
	return headings;
}
