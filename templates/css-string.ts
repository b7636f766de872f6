/**
 * A CSS string token for any text, for every value the build places in CSS (`content: …`, `url(…)`).
 * Everything but printable ASCII is written as a hex escape (`\` + code point + space, CSS Syntax 4.3.7),
 * and so are the quotes, the backslash and `<`, `>`, `&`, `*`: the result is plain ASCII that cannot end the
 * string, the declaration, a comment or a `<style>` element, in whatever encoding the sheet is read.
 * NUL becomes U+FFFD, as a CSS parser would read it. A line feed is `\a `, a line break in `content`
 * with `white-space: pre-line`.
 */
export function cssString(value: string): string {
	let out = '"';
	for (const char of value) {
		const code = char.codePointAt(0)!;
		if (code >= 0x20 && code <= 0x7e && !unsafe.has(char)) out += char;
		else out += `\\${(code === 0 ? 0xfffd : code).toString(16)} `;
	}
	return `${out}"`;
}

const unsafe = new Set(['"', "'", '\\', '<', '>', '&', '*']);
