import type { Nodes, RootContent } from 'mdast';
import { splitSentences } from './split-sentences.ts';

/** One sentence of an article's prose, with where it starts in the file. */
export interface ProseSentence {
	text: string;
	/** 1-based line and column of its first character in the article file. */
	line: number;
	column: number;
}

interface Point {
	line: number;
	column: number;
}

/**
 * The sentences a patient reads in an article's sections: paragraphs and list items (also inside
 * quotes), each split into sentences; a list item without a full stop is one sentence. Headings,
 * tables, code and footnotes are left out: they are labels, figures or sources, not prose, and their
 * fragments would make sentences look shorter than the text is.
 * @param body the markdown body, for the columns of lines that continue a paragraph
 * @param lineOffset lines before the body in the file
 */
export function proseSentences(sections: readonly { nodes: readonly RootContent[] }[], body: string, lang: string, lineOffset: number): ProseSentence[] {
	const lines = body.split('\n');
	const sentences: ProseSentence[] = [];
	const block = (node: Nodes) => {
		const chars: string[] = [];
		const points: Point[] = [];
		flatten(node, chars, points, lines);
		const text = chars.join('');
		for (const span of splitSentences(text, lang)) {
			const at = points[span.start] ?? { line: 1, column: 1 };
			sentences.push({ text: text.slice(span.start, span.end).replace(/\s+/gu, ' '), line: at.line + lineOffset, column: at.column });
		}
	};
	const walk = (node: Nodes) => {
		if (node.type === 'paragraph') block(node);
		else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') for (const child of node.children) walk(child);
	};
	for (const section of sections) for (const node of section.nodes) walk(node);
	return sentences;
}

/** The text of a paragraph, one source position per character (text nodes know theirs; a soft line break continues on the next line). */
function flatten(node: Nodes, chars: string[], points: Point[], lines: readonly string[]): void {
	if (node.type === 'text' || node.type === 'inlineCode') {
		const start = node.position?.start ?? { line: 1, column: 1 };
		let line = start.line;
		let column = start.column;
		// By UTF-16 unit, as the sentence spans count.
		for (let i = 0; i < node.value.length; i++) {
			const char = node.value[i]!;
			chars.push(char === '\n' ? ' ' : char);
			points.push({ line, column });
			if (char === '\n') {
				line++;
				column = (/^\s*/u.exec(lines[line - 1] ?? '')?.[0].length ?? 0) + 1;
			} else column++;
		}
		return;
	}
	if (node.type === 'break') {
		chars.push(' ');
		points.push(node.position?.start ?? { line: 1, column: 1 });
		return;
	}
	// Images, footnote references and inline HTML have no children: their text is not read as prose.
	if ('children' in node) {
		for (const child of node.children) flatten(child as Nodes, chars, points, lines);
	}
}
