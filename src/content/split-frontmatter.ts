/** A markdown file split into its YAML frontmatter and its body. */
export interface SplitFile {
	yaml: string;
	body: string;
	/** Number of lines before the body (both `---` lines and the YAML). */
	bodyLineOffset: number;
}

const frontmatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` frontmatter from the body; `undefined` when the file has none. */
export function splitFrontmatter(source: string): SplitFile | undefined {
	const match = frontmatter.exec(source);
	if (!match) return undefined;
	const head = match[0];
	return { yaml: match[1] ?? '', body: source.slice(head.length), bodyLineOffset: head.split('\n').length - 1 };
}
