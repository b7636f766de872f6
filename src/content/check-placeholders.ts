import { relative } from 'node:path';
import type { UiStrings } from '../schemas/ui-strings.ts';
import { createProblem } from './content-problem.ts';
import type { RuleParams } from '../problems/problem-catalogue.ts';
import type { FileProblems } from './content-error.ts';
import { formatPath, type FieldLocator } from './parse-yaml.ts';

/** What `format()` (src/i18n/format.ts) fills in; anything else in braces is printed as it stands. */
const placeholder = /\{(\w+)\}/g;
const braces = /\{[^{}]*\}/g;

/**
 * `{placeholders}` in the UI strings of every language against the default language's: the code fills in
 * exactly what the default language's string names, so an unknown one fails the build with a stack trace
 * (`No value for {titel}`) and a missing one silently drops a phone number from a leaflet. Reported at
 * the line of the string. Pure: `locatorOf` places a problem in the text the check read.
 */
export function checkPlaceholders(ui: Record<string, UiStrings>, defaultLanguage: string, fileOf: (lang: string) => string, locatorOf: (lang: string) => FieldLocator): FileProblems[] {
	const reference = ui[defaultLanguage];
	if (!reference) return [];
	const expected = new Map(strings(reference).map(({ path, value }) => [formatPath(path), names(value)]));
	const reports: FileProblems[] = [];
	for (const [lang, strings_] of Object.entries(ui)) {
		const problems: RuleParams<'ui-placeholder'>[] = [];
		const paths: (string | number)[][] = [];
		for (const { path, value } of strings(strings_)) {
			const key = formatPath(path);
			const malformed = [...value.matchAll(braces)].map((m) => m[0]).filter((b) => !/^\{\w+\}$/.test(b));
			if (malformed.length > 0) {
				paths.push(path);
				problems.push({ key, malformed });
			}
			if (lang === defaultLanguage) continue;
			const allowed = expected.get(key);
			if (!allowed) continue;
			const used = names(value);
			const unknown = [...used].filter((n) => !allowed.has(n));
			const missing = [...allowed].filter((n) => !used.has(n));
			if (unknown.length === 0 && missing.length === 0) continue;
			paths.push(path);
			problems.push({ key, unknown, missing, defaultLanguage, allowed: [...allowed] });
		}
		if (problems.length === 0) continue;
		const file = fileOf(lang);
		// The position map of the text the check read, built once for all problems of the file.
		const locate = locatorOf(lang);
		reports.push({ file: relative(process.cwd(), file) || file, problems: problems.map((p, i) => createProblem('ui-placeholder', locate(paths[i]!), p)) });
	}
	return reports;
}

function names(value: string): Set<string> {
	return new Set([...value.matchAll(placeholder)].map((m) => m[1]!));
}

function strings(node: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
	if (typeof node === 'string') return [{ path, value: node }];
	if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => strings(value, [...path, key]));
	return [];
}
