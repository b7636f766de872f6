const isSpace = (c: string) => /\s/.test(c);

/**
 * The `{#key}` marker at the end of a heading's text (`What it is {#overview}`), and the text before it.
 * The same as matching /\s*\{#([^}\s]*)\}\s*$/, but read backwards from the end: that regex tried every
 * position of the text, each scanning the spaces after it, so a heading of 200,000 spaces took 29 s.
 */
export function readSectionMarker(text: string): { key: string; before: string } | undefined {
	let end = text.length;
	while (end > 0 && isSpace(text[end - 1]!)) end--;
	if (text[end - 1] !== '}') return undefined;
	// The key runs back from the `}` over characters that are neither `}` nor space; the marker starts at
	// the first `{#` in that run (the regex's leftmost match).
	let runStart = end - 1;
	while (runStart > 0 && text[runStart - 1] !== '}' && !isSpace(text[runStart - 1]!)) runStart--;
	const open = text.indexOf('{#', runStart);
	if (open === -1 || open >= end - 1) return undefined;
	let before = open;
	while (before > 0 && isSpace(text[before - 1]!)) before--;
	return { key: text.slice(open + 2, end - 1), before: text.slice(0, before) };
}
