import { relative } from 'node:path';
import type { UiStrings } from '../schemas/ui-strings.ts';
import { uiPlaceholders, type UiStringKey } from '../schemas/ui-placeholders.ts';
import { createProblem } from './content-problem.ts';
import type { RuleParams } from '../problems/problem-catalogue.ts';
import type { FileProblems } from './content-error.ts';
import { formatPath, type FieldLocator } from './parse-yaml.ts';

/** What `format()` (src/i18n/format.ts) fills in; anything else in braces is printed as it stands. */
const placeholder = /\{(\w+)\}/g;
// A run of braces with what they hold (`{{phone}}`, `{ to }`), or a brace left open or unopened (`{phone`).
const braces = /\{+[^{}]*\}+|\{[^{}\s]*|[^{}\s]*\}/g;

/**
 * `{placeholders}` in the UI strings of every language, the default language's included, against the names
 * the code fills in for each string (uiPlaceholders, src/schemas/ui-placeholders.ts): an unknown one fails
 * the build with a stack trace (`No value for {telefon}`), a missing one silently drops a phone number from
 * a leaflet, and braces around a placeholder (`{{phone}}`) print the number in braces. Reported at the line
 * of the string. Pure: `locatorOf` places a problem in the text the check read.
 */
export function checkPlaceholders(ui: Record<string, UiStrings>, fileOf: (lang: string) => string, locatorOf: (lang: string) => FieldLocator): FileProblems[] {
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
			const allowed = new Set(Object.hasOwn(uiPlaceholders, key) ? uiPlaceholders[key as UiStringKey] : []);
			const used = names(value);
			const unknown = [...used].filter((n) => !allowed.has(n));
			const missing = [...allowed].filter((n) => !used.has(n));
			if (unknown.length === 0 && missing.length === 0) continue;
			paths.push(path);
			problems.push({ key, unknown, missing, allowed: [...allowed] });
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
