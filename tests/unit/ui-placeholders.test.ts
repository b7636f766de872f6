import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiPlaceholders, type UiStringKey } from '../../src/schemas/ui-placeholders.ts';
import { uiStringsSchema } from '../../src/schemas/ui-strings.ts';

/**
 * Holds every `format()` call of the site and the leaflets to uiPlaceholders: each name the table gives a
 * string is supplied where the string is formatted (or `format()` throws at build time, after the check
 * said "Ready to build"), and each string the table lists is formatted somewhere. Read from the source
 * text: a new call site that this cannot resolve fails here, so the table cannot silently fall behind.
 */
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
	});

/** Where a call formats a string picked from a map (`callFor[w.action]`): the map's name, per file. */
const pickedFrom: Record<string, Record<string, string>> = {
	'src/components/article/ArticleView.astro': { 'callFor[w.action]': 'callFor' },
	'templates/AftercareSheet.astro': { 'group.title': 'groupTitle' },
};
/** Listed strings that no `format()` call prints, and why. */
const notFormatted: Partial<Record<UiStringKey, string>> = {
	'leaflet.page': 'templates/page-css.ts turns {page} and {pages} into CSS page counters',
	'home.readMore': 'not printed yet',
};

/** The text from `open` (a bracket) to its matching close, both excluded. */
function balanced(text: string, open: number): string {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if ('({['.includes(text[i]!)) depth++;
		if (')}]'.includes(text[i]!) && --depth === 0) return text.slice(open + 1, i);
	}
	throw new Error(`unbalanced from ${open}`);
}

/** The top-level `name: value` (or shorthand `name`) entries of an object literal's body. */
function entries(body: string): Map<string, string> {
	const parts: string[] = [];
	let [depth, start] = [0, 0];
	for (let i = 0; i <= body.length; i++) {
		const c = body[i];
		if (c && '({['.includes(c)) depth++;
		if (c && ')}]'.includes(c)) depth--;
		if ((c === ',' && depth === 0) || i === body.length) {
			if (body.slice(start, i).trim()) parts.push(body.slice(start, i).trim());
			start = i + 1;
		}
	}
	return new Map(parts.map((p) => [/^(\w+)/.exec(p)![1]!, p.includes(':') ? p.slice(p.indexOf(':') + 1).trim() : p]));
}

function constObject(text: string, name: string): Map<string, string> | undefined {
	const at = new RegExp(`const ${name} = \\{`).exec(text);
	return at ? entries(balanced(text, at.index + at[0].length - 1)) : undefined;
}

/** The UI strings an expression names: `ui.article.version`, `t.costStatement` (`const t = ui.leaflet`), a map's values. */
function stringsOf(file: string, text: string, expression: string): UiStringKey[] {
	const direct = /^(?:ui|strings|s)\.(\w+)\.(\w+)$/.exec(expression);
	if (direct) return [`${direct[1]}.${direct[2]}` as UiStringKey];
	const viaGroup = /^(\w+)\.(\w+)$/.exec(expression);
	const group = viaGroup && new RegExp(`const ${viaGroup[1]} = (?:ui|strings|s)\\.(\\w+);`).exec(text);
	if (group) return [`${group[1]}.${viaGroup[2]}` as UiStringKey];
	const map = pickedFrom[file]?.[expression];
	const values = map ? constObject(text, map) : undefined;
	if (values) return [...values.values()].flatMap((value) => stringsOf(file, text, value));
	throw new Error(`${file}: cannot tell which UI string format(${expression}, …) prints; add it to pickedFrom`);
}

const calls = ['src', 'templates'].flatMap(files).flatMap((file) => {
	// Comments name format() too; they are no calls.
	const text = readFileSync(file, 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/^\s*\/\/.*$/gm, '');
	return [...text.matchAll(/(?<![\w.])format\(/g)]
		.filter((m) => !/export function format\($/.test(text.slice(0, m.index! + m[0].length)))
		.map((m) => {
			const raw = balanced(text, m.index! + m[0].length - 1);
			const first = raw.slice(0, raw.indexOf(',')).trim();
			const second = raw.slice(raw.indexOf(',') + 1).trim();
			const supplied = second.startsWith('{') ? entries(balanced(second, 0)) : constObject(text, second);
			expect(supplied, `${file}: the values of format(${first}, ${second}) are no object literal or const object`).toBeDefined();
			return { file, first, strings: stringsOf(file, text, first), supplied: new Set(supplied!.keys()) };
		});
});

describe('uiPlaceholders (src/schemas/ui-placeholders.ts)', () => {
	it('finds the format() calls of the site and the leaflets', () => {
		expect(calls.length).toBeGreaterThanOrEqual(10);
	});

	it('names only strings of the UI strings schema', () => {
		const known = Object.entries(uiStringsSchema.shape).flatMap(([group, schema]) => {
			const shape =
				(schema as { shape?: Record<string, unknown> }).shape ??
				(schema as { _zod: { def: { in?: { shape?: object } } } })._zod.def.in?.shape;
			return shape ? Object.keys(shape).map((key) => `${group}.${key}`) : [];
		});
		expect(Object.keys(uiPlaceholders).filter((key) => !known.includes(key))).toEqual([]);
	});

	it('gives each formatted string only names its format() calls supply', () => {
		const unsupplied = calls.flatMap(({ file, first, strings, supplied }) =>
			strings.flatMap((key) => {
				expect(
					Object.hasOwn(uiPlaceholders, key) || supplied.size === 0,
					`${file}: format(${first}) prints ${key}, which uiPlaceholders does not list`,
				).toBe(true);
				return (uiPlaceholders[key] ?? []).filter((name) => !supplied.has(name)).map((name) => `${file}: ${key} {${name}}`);
			}),
		);
		expect(unsupplied).toEqual([]);
	});

	it('lists only strings that are formatted (or says why not)', () => {
		const formatted = new Set(calls.flatMap((c) => c.strings));
		expect(Object.keys(uiPlaceholders).filter((key) => !formatted.has(key as UiStringKey) && !Object.hasOwn(notFormatted, key))).toEqual(
			[],
		);
		expect(readFileSync('templates/page-css.ts', 'utf8')).toMatch(/'\{page\}'[\s\S]*'\{pages\}'/);
	});
});
