const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of every h1–h6 of an HTML document, in order, white space folded. Meant for the print views
 * this project builds (well-formed, no nested headings); a regular expression is ten times faster than
 * a full HTML parser here, which matters once per leaflet.
 */
export function htmlHeadings(html: string): string[] {
	return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => htmlFragmentText(m[2]!));
}

/** The text of an HTML fragment without block structure: tags dropped, entities decoded, white space folded. */
export function htmlFragmentText(fragment: string): string {
	return fragment
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) =>
			code.startsWith('#x') || code.startsWith('#X')
				? String.fromCodePoint(parseInt(code.slice(2), 16))
				: code.startsWith('#')
					? String.fromCodePoint(Number(code.slice(1)))
					: (entities[code.toLowerCase()] ?? whole),
		)
		.replace(/\s+/g, ' ')
		.trim();
}
