import { createProblem, type ContentProblem } from './content-problem.ts';

/** Levels of lists and fields content YAML may nest; the real files use at most five. */
const MAX_DEPTH = 32;
/** Columns of indentation: two per level of the deepest nesting allowed, and room to spare. */
const MAX_INDENT = 4 * MAX_DEPTH;

/**
 * Looks at YAML before it is parsed: both parsers recurse once per level, so thousands of nested
 * lists or maps overflow the stack somewhere in parsing, converting or validating. Counted without
 * parsing: indentation, and brackets still open (brackets in text are balanced, or few).
 */
export function yamlNestingProblem(source: string, lineOffset = 0): ContentProblem | undefined {
	let open = 0;
	let line = 1;
	let lineStart = true;
	let indent = 0;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\n') {
			line++;
			lineStart = true;
			indent = 0;
			continue;
		}
		if (lineStart) {
			if (c === ' ') {
				if (++indent > MAX_INDENT) return tooDeep(line + lineOffset, `This line is indented by more than ${MAX_INDENT} columns.`);
				continue;
			}
			lineStart = false;
		}
		if (c === '[' || c === '{') {
			if (++open > MAX_DEPTH) return tooDeep(line + lineOffset, `More than ${MAX_DEPTH} brackets are open here.`);
		} else if ((c === ']' || c === '}') && open > 0) open--;
	}
	return undefined;
}

function tooDeep(line: number, message: string): ContentProblem {
	return createProblem('nesting-too-deep', { line, column: 1 }, { in: 'yaml', detail: message });
}
