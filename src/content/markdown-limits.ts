import type { Nodes } from 'mdast';
import { createProblem, type ContentProblem } from './content-problem.ts';

/** Deepest nesting a body may have: quotes in lists in quotes… Real articles stay below 6. */
export const MAX_NESTING = 32;
/**
 * Runs of inline marks on one line that the parser pairs up: emphasis (`*`, `_`), strikethrough (`~`)
 * and link brackets (`[`). Its work grows with their square (40,000 `~~a` took 27 s, 40,000 `[a]` 16 s).
 */
const MAX_EMPHASIS_RUNS = 256;
/** Characters on one line: the longest line of the real articles has about 1,200. */
export const MAX_LINE_LENGTH = 10_000;
/** Characters of a body: the longest real article has about 46,000. */
export const MAX_BODY_LENGTH = 1_000_000;
/** Columns of indentation, a tab counting four: four per level of the deepest nesting allowed. */
const MAX_INDENT = 4 * MAX_NESTING;

/**
 * Looks at the source before it is parsed: thousands of nested `>` or list markers, or of emphasis
 * marks, take the markdown parser seconds to minutes and build trees deep enough to overflow the stack
 * of every recursive step after it. Reported once per file, at the first line that goes too far, and
 * the body is then not parsed at all.
 */
export function nestingProblem(markdown: string, lineOffset = 0): ContentProblem | undefined {
	// Anything a parser does is slow at some size: no real content comes near these.
	if (markdown.length > MAX_BODY_LENGTH) {
		return tooLarge(lineOffset + 1, `The text is ${markdown.length} characters long; at most ${MAX_BODY_LENGTH} are read.`, 'Split it into several articles or pages.');
	}
	let line = 0;
	let start = 0;
	while (start <= markdown.length) {
		line++;
		let end = markdown.indexOf('\n', start);
		if (end === -1) end = markdown.length;
		const indent = indentation(markdown, start, end);
		// Lists also nest by indentation over many lines; no real text is indented this far.
		if (indent > MAX_INDENT) return tooDeep(line + lineOffset, `This line is indented by ${indent} columns.`);
		const depth = containerDepth(markdown, start, end);
		if (depth > MAX_NESTING) return tooDeep(line + lineOffset, `This line opens ${depth} nested quotes or lists.`);
		if (emphasisRuns(markdown, start, end) > MAX_EMPHASIS_RUNS) return tooDeep(line + lineOffset, `This line has more than ${MAX_EMPHASIS_RUNS} emphasis, strikethrough or link marks (*, _, ~ or [).`);
		// After the nesting rules, whose messages say more about a long line of nested marks.
		if (end - start > MAX_LINE_LENGTH) {
			return tooLarge(line + lineOffset, `This line is ${end - start} characters long; at most ${MAX_LINE_LENGTH} are read.`, 'Break it into paragraphs or shorter lines (a line break inside a paragraph does not show), and write flatter markdown where it nests marks or elements.');
		}
		start = end + 1;
	}
	return undefined;
}

/** The parsed tree's depth, measured without recursion; a problem at the deepest node when it is too deep. */
export function treeDepthProblem(tree: Nodes, lineOffset = 0): ContentProblem | undefined {
	const stack: [Nodes, number][] = [[tree, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > MAX_NESTING + 2) return tooDeep((node.position?.start.line ?? 1) + lineOffset, 'The markdown here is nested too deeply.');
		if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
	}
	return undefined;
}

function tooLarge(line: number, message: string, hint: string): ContentProblem {
	return createProblem('nesting-too-deep', { line, column: 1 }, { in: 'markdown', detail: message, maxNesting: MAX_NESTING, maxEmphasisRuns: MAX_EMPHASIS_RUNS, hint });
}

function tooDeep(line: number, message: string): ContentProblem {
	return createProblem('nesting-too-deep', { line, column: 1 }, { in: 'markdown', detail: message, maxNesting: MAX_NESTING, maxEmphasisRuns: MAX_EMPHASIS_RUNS });
}

/** Quote and list markers at the start of a line, e.g. `> > - 1. ` is 4. */
function containerDepth(text: string, start: number, end: number): number {
	let depth = 0;
	let i = start;
	while (i < end) {
		const c = text[i]!;
		if (c === ' ' || c === '\t') i++;
		else if (c === '>') {
			depth++;
			i++;
		} else if ((c === '-' || c === '+' || c === '*') && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
			depth++;
			i++;
		} else if (c >= '0' && c <= '9') {
			let j = i;
			while (j < end && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
			if ((text[j] === '.' || text[j] === ')') && (j + 1 === end || text[j + 1] === ' ' || text[j + 1] === '\t')) {
				depth++;
				i = j + 1;
			} else break;
		} else break;
	}
	return depth;
}

function indentation(text: string, start: number, end: number): number {
	let columns = 0;
	for (let i = start; i < end; i++) {
		if (text[i] === ' ') columns++;
		else if (text[i] === '\t') columns += 4 - (columns % 4);
		else break;
	}
	return columns;
}

function emphasisRuns(text: string, start: number, end: number): number {
	let runs = 0;
	for (let i = start; i < end; i++) {
		const c = text[i];
		if ((c === '*' || c === '_' || c === '~' || c === '[') && text[i - 1] !== c) runs++;
	}
	return runs;
}
