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

/**
 * What an author probably meant as a marker but did not write as `{#key}`: `{# risks}`, `{#risks }`,
 * `{risks}`, `(#risks)`, `[#risks]`. Braces need no `#`; parentheses and brackets do, so a heading
 * ending in "(Euro)" is no marker. Only the last 80 characters are looked at: a marker is short, and the
 * pattern then cannot take long on a long heading.
 */
export function readLooseMarker(text: string): { written: string; key: string; before: string; attempt?: 'braced' | 'bare' } | undefined {
	const trimmed = text.trimEnd();
	const tailStart = Math.max(0, trimmed.length - 80);
	const tail = trimmed.slice(tailStart);
	const match = /([{[(])\s*(#?)\s*([\p{L}\p{N}_-]+)\s*([}\])])$/u.exec(tail);
	if (!match) return readMarkerAttempt(tail, trimmed.slice(0, tailStart));
	const [written, open, hash, key] = match as unknown as [string, string, string, string];
	if (open !== '{' && hash === '') return undefined;
	return { written, key, before: trimmed.slice(0, tailStart + match.index).trimEnd() };
}

// Full-width forms, as an East Asian keyboard layout types them: the same marker to the author's eye.
const FULL_WIDTH: Record<string, string> = { '\uFF5B': '{', '\uFF5D': '}', '\uFF03': '#' };

/**
 * Further shapes of a marker attempt, which only count when the caller knows the key (`attempt`: `bare`, without braces or with text after
 * them, only an exact key; `braced`, also a misspelt one): braces
 * doubled or one of them missing (`{#risks}}`, `{{#risks}}`, `{#risks`), no braces at all (` #risks`),
 * full-width braces (`｛#risks｝`), and a marker with text after it (`{#risks} extra`). Full-width
 * characters are all one UTF-16 unit, so positions in the mapped text are those of the text.
 */
function readMarkerAttempt(tail: string, head: string): ReturnType<typeof readLooseMarker> {
	const mapped = tail.replace(/[\uFF5B\uFF5D\uFF03]/g, (c) => FULL_WIDTH[c]!);
	const match =
		/(?:^|\s)(\{+\s*#?\s*([\p{L}\p{N}_-]+)\s*\}*|\{*\s*#\s*([\p{L}\p{N}_-]+)\s*\}*)$/u.exec(mapped) ??
		/(?:^|\s)(\{+\s*#\s*([\p{L}\p{N}_-]+)\s*\}+)\s+\S.*$/u.exec(mapped);
	if (!match) return undefined;
	const start = match.index + match[0].indexOf(match[1]!);
	// `{#risks} extra`: what the author wrote after the marker is shown with it.
	const written = tail.slice(start).trimEnd();
	const bare = !/[{}]/.test(match[1]!) || written.length > match[1]!.length;
	return { written, key: (match[2] ?? match[3])!, before: (head + tail.slice(0, start)).trimEnd(), attempt: bare ? 'bare' : 'braced' };
}
