import { load } from 'js-yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { createProblem, type ContentProblem } from './content-problem.ts';
import { closest } from './did-you-mean.ts';
import type { UrlProblem } from '../schemas/url-policy.ts';
import { yamlNestingProblem } from './yaml-limits.ts';
import { invisibleInParsedValue } from './read-content-file.ts';

export interface ParsedYaml<T> {
	/** The validated data, when there was no error. */
	data?: T;
	problems: ContentProblem[];
}

/**
 * Parses YAML and validates it with a zod schema, reporting every problem at its real line:
 * syntax errors where the parser stopped, schema errors at the field (a missing field at the block that lacks it).
 * @param lineOffset lines before the YAML in its file (1 for frontmatter after the opening `---`).
 */
export function parseYaml<S extends z.ZodType>(source: string, schema: S, lineOffset = 0): ParsedYaml<z.infer<S>> {
	// Fast path for the common case, valid content: js-yaml builds plain data about six times faster than
	// \`yaml\`'s document model (both read YAML 1.2 core schema the same way, duplicate keys are errors in
	// both; tests/unit/parse-yaml.test.ts compares them). Anything wrong goes on to the slow path, which
	// knows where each node stands and reports the problem at its line.
	// An anchor or alias can only start after a space, a line start or a flow bracket: text without any
	// such `&`/`*` has none, and only text that may have one skips the fast path, whose loader would hand
	// the schema an alias bomb (billion laughs) to walk.
	const deep = yamlNestingProblem(source, lineOffset);
	if (deep) return { problems: [deep] };
	const mayHaveAliases = anchorOrAlias.test(source);
	const fast = mayHaveAliases ? { ok: false as const } : loadQuietly(source);
	if (fast.ok) {
		const result = schema.safeParse(fast.value);
		if (result.success && !hasEscapedInvisible(fast.value, source)) return { data: result.data, problems: [] };
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + lineOffset, column: pos.col };
	};
	if (doc.errors.length > 0) {
		// The parser may raise several errors for one mistake, starting at the same place: report it once.
		const byStart = new Map<number, YAMLError[]>();
		for (const error of doc.errors) byStart.set(error.pos[0], [...(byStart.get(error.pos[0]) ?? []), error]);
		return {
			problems: [...byStart.values()].map((errors) => {
				const first = errors[0]!;
				// For a broken implicit key the parser starts at the value before it; the line that is wrong
				// (usually mis-indented) is where the error ends.
				const implicit = errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY' || e.code === 'BLOCK_AS_IMPLICIT_KEY');
				const offset = implicit.length > 0 ? Math.max(...implicit.map((e) => e.pos[1])) : first.pos[0];
				// The parser recurses per level: thousands of nested lists or maps end in a stack overflow.
				if (/Maximum call stack/i.test(first.message)) {
					return createProblem('nesting-too-deep', at(offset), { in: 'yaml' });
				}
				return createProblem('yaml-syntax', at(offset), { detail: firstLine(first.message), hint: yamlHint(first.code) });
			}),
		};
	}
	if (mayHaveAliases) {
		const aliases = findAnchorsAndAliases(doc);
		if (aliases.length > 0) {
			return {
				problems: aliases.slice(0, 10).map(({ offset, alias }) => createProblem('yaml-alias', at(offset), { alias })),
			};
		}
	}
	const raw: unknown = doc.toJS() ?? {};
	const hidden = escapedInvisibles(raw, source).map(({ path, params }) => createProblem('invisible-character', at(locate(doc, path).offset), params));
	const result = schema.safeParse(raw);
	if (result.success) return hidden.length > 0 ? { problems: hidden } : { data: result.data, problems: [] };
	return {
		problems: [...hidden, ...result.error.issues.map((issue) => {
			const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
			// An unknown field is reported at the field itself, not at the block around it.
			const place = locate(doc, issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path);
			// A rule of its own (the URL policy) passes its problem in the issue's params: reported under its rule, at the field.
			const refused = issue.code === 'custom' ? (issue.params as { urlProblem?: UrlProblem } | undefined)?.urlProblem : undefined;
			if (refused) return createProblem(refused.ruleId, at(place.offset), refused.params, { field: path.length ? `\`${formatPath(path)}\`` : 'The file' });
			return createProblem('schema', at(place.offset), {
				message: describeIssue(issue, path, place.missing),
				hint: hintFor(issue, schema, doc, path),
			});
		})],
	};
}

/**
 * Invisible characters in parsed string values that the file's text does not show: written as YAML
 * escapes in a double-quoted string. One that also stands literally in the text was reported at its
 * line by readContentFile already; a carriage return in a value is always an escape (YAML turns line
 * breaks into `\n`).
 */
function escapedInvisibles(value: unknown, source: string, path: PathItem[] = [], found: { path: PathItem[]; params: InvisibleParams }[] = []) {
	if (typeof value === 'string') {
		for (const finding of invisibleInParsedValue(value)) {
			if (finding.code === 0x0d || !source.includes(String.fromCharCode(finding.code))) found.push({ path, params: finding.params });
		}
	} else if (Array.isArray(value)) value.forEach((item, i) => escapedInvisibles(item, source, [...path, i], found));
	else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) escapedInvisibles(item, source, [...path, key], found);
	}
	return found;
}

type InvisibleParams = ReturnType<typeof invisibleInParsedValue>[number]['params'];

/** The valid file's fast check: any string value with an invisible character sends it down the slow path. */
function hasEscapedInvisible(value: unknown, source: string): boolean {
	return escapedInvisibles(value, source).length > 0;
}

type PathItem = string | number;

const anchorOrAlias = /(?:^|[\s[{,])[&*][^\s]/;

/** Every anchor and alias node of a document, with its offset; never expands an alias. */
function findAnchorsAndAliases(doc: Document): { offset: number; alias: boolean }[] {
	const found: { offset: number; alias: boolean }[] = [];
	visit(doc, (_key, node) => {
		if (isAlias(node)) found.push({ offset: node.range?.[0] ?? 0, alias: true });
		else if (node && typeof node === 'object' && 'anchor' in node && (node as { anchor?: string }).anchor) found.push({ offset: (node as Node).range?.[0] ?? 0, alias: false });
	});
	return found.sort((a, b) => a.offset - b.offset);
}

function loadQuietly(source: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: load(source) ?? {} };
	} catch {
		return { ok: false };
	}
}

/** Line and column of a field in a YAML text (of its nearest existing parent when missing). */
export function locateField(source: string, path: PathItem[], lineOffset = 0): { line: number; column: number } {
	return fieldLocator(source, lineOffset)(path);
}

/**
 * Where a field of a YAML text stands, looked up in a position map of the text: its key (a list item:
 * its value). With `valueOffset`, where that character of the field's text value stands instead (an
 * offset in the value as parsed, leading white space trimmed), over the lines of a value written on
 * several; where the text does not show the value character for character (a quoted value with
 * escapes), the start of the value.
 */
export type FieldLocator = (path: PathItem[], valueOffset?: number) => { line: number; column: number };

/**
 * A locator for the fields of one YAML text. The position map (`yaml`'s document) is built on the first
 * lookup and kept: valid content takes the fast path without positions, so only a file that has a
 * problem pays for them, once, however many problems it has.
 */
export function fieldLocator(source: string, lineOffset = 0): FieldLocator {
	let map: { doc: Document; lineCounter: LineCounter } | undefined;
	return (path, valueOffset) => {
		if (!map) {
			const lineCounter = new LineCounter();
			map = { doc: parseDocument(source, { lineCounter }), lineCounter };
		}
		const found = locate(map.doc, path);
		const valueStart = (found.node as Node | undefined)?.range?.[0] ?? found.offset;
		const offset = valueOffset === undefined || found.missing ? found.offset : (offsetInValue(source, found.node, valueOffset) ?? valueStart);
		const pos = map.lineCounter.linePos(offset);
		return { line: pos.line + lineOffset, column: pos.col };
	};
}

/**
 * The source offset of a character of a scalar's text value: the value is read along the source, white
 * space against white space (a line break and the next line's indentation fold into one space), any
 * other character against itself. `undefined` when the two part (an escape, a node that is no text).
 */
function offsetInValue(source: string, node: unknown, valueOffset: number): number | undefined {
	if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
	const value = node.value;
	const target = valueOffset + (value.length - value.trimStart().length);
	let at = node.range[0];
	if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') at++;
	// A block scalar's text starts on the line after its `|` or `>` header.
	else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') at = source.indexOf('\n', at) + 1;
	const end = node.range[1];
	const space = (char: string | undefined) => char !== undefined && /\s/u.test(char);
	let v = 0;
	while (at < end && space(source[at]) && !space(value[0])) at++;
	while (v < target) {
		if (space(value[v])) {
			if (!space(source[at])) return undefined;
			while (v < target && space(value[v])) v++;
			while (at < end && space(source[at])) at++;
		} else if (value[v] === source[at]) {
			v++;
			at++;
		} else return undefined;
	}
	while (at < end && space(source[at]) && !space(value[target])) at++;
	return at < end || target === value.length ? at : undefined;
}

/** The offset of the node at `path` (its key in a map), or of the deepest existing parent when the field is missing. */
function locate(doc: Document, path: PathItem[]): { offset: number; missing: boolean; node?: unknown } {
	let node: unknown = doc.contents;
	let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (!pair) return { offset, missing: true };
			offset = (pair.key as Node).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) return { offset, missing: true };
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			return { offset, missing: true };
		}
	}
	return { offset, missing: false, node };
}

function describeIssue(issue: z.core.$ZodIssue, path: PathItem[], missing: boolean): string {
	const field = path.length ? `\`${formatPath(path)}\`` : 'The file';
	if (issue.code === 'invalid_type' && missing) return `${field} is missing.`;
	if (issue.code === 'unrecognized_keys') return `${field === 'The file' ? 'The file' : field} has unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`;
	return `${field}: ${issue.message}.`.replace(/\.\.$/, '.');
}

function hintFor(issue: z.core.$ZodIssue, schema: z.ZodType, doc: Document, path: PathItem[]): string | undefined {
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeys(schema, path);
		// A schema that knows better what an unknown key means says so in its own message (readability.ts).
		if (!issue.message.startsWith('Unrecognized key')) return `${issue.message} Known fields here: ${known.join(', ')}.`;
		const guesses = issue.keys.map((key) => [key, closest(key, known)] as const).filter(([, guess]) => guess);
		const didYouMean = guesses.map(([key, guess]) => `"${key}" → "${guess}"`).join(', ');
		return `${didYouMean ? `Did you mean ${didYouMean}? ` : ''}Known fields here: ${known.join(', ')}.`;
	}
	if (issue.code === 'invalid_value' && 'values' in issue) {
		const value = doc.getIn(path);
		const options = issue.values.map(String);
		const guess = typeof value === 'string' ? closest(value, options) : undefined;
		return `${guess ? `Did you mean "${guess}"? ` : ''}Allowed values: ${options.join(', ')}.`;
	}
	// A required field left out: the schema's own words say what to write, where it has them (zod's
	// default "Invalid input: …" says nothing more than "missing").
	if (issue.code === 'invalid_type' && doc.getIn(path) === undefined && !issue.message.startsWith('Invalid input')) {
		return `${issue.message[0]!.toUpperCase()}${issue.message.slice(1)}.`.replace(/\.\.$/, '.');
	}
	if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof doc.getIn(path) === 'number') {
		return 'Put the value in quotes so it stays text, e.g. version: "1.0".';
	}
	return undefined;
}

/** The field names a (strict) object schema accepts at `path`, found by walking the schema's definition. */
function knownKeys(schema: z.ZodType, path: PathItem[]): string[] {
	let current: z.core.$ZodType | undefined = schema;
	const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
		const def = s?._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
		if (!def) return undefined;
		if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') return unwrap(def.innerType);
		if (def.type === 'pipe') return unwrap(def.in);
		return s;
	};
	for (const key of path) {
		current = unwrap(current);
		const def = current?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } | undefined;
		if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
		else if (def?.type === 'array') current = def.element;
		else return [];
	}
	const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
	return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export function formatPath(path: PathItem[]): string {
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'Each field may appear only once; remove or merge the second one.';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'Check the indentation: list items and nested fields need consistent spaces (no tabs).';
		case 'MULTILINE_IMPLICIT_KEY':
		case 'BLOCK_AS_IMPLICIT_KEY':
			return 'Check the indentation of this line and the one above (fields of one block line up, no tabs); a value with ": " inside must be quoted, e.g. title: "Ketamine: what to know".';
		default:
			return 'Put text that contains ": ", "#" or starts with a quote or bracket in double quotes.';
	}
}
