/**
 * Whether a raw HTML node is exactly one comment and nothing else, by the rules browsers parse comments
 * with: it ends at the first `-->` or `--!>`, and `<!-->` / `<!--->` are already closed. Anything a
 * browser would read after such an end (`<!-- a --><script>…<!-- b -->`) is markup, so the node is not
 * a comment. Linear in the length of the text.
 */
export function isPureComment(html: string): boolean {
	const value = html.trim();
	if (!value.startsWith('<!--') || !value.endsWith('-->') || value.length < 7) return false;
	const inner = value.slice(4, -3);
	return !inner.startsWith('>') && !inner.startsWith('->') && !inner.includes('-->') && !inner.includes('--!>') && !inner.endsWith('<!-');
}
