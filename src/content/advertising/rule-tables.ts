import { compileTable, type CompiledTable } from './match-terms.ts';
import type { RuleTableInput } from './rule-table.ts';
import { ar } from './rules/ar.ts';
import { de } from './rules/de.ts';
import { en } from './rules/en.ts';
import { tr } from './rules/tr.ts';

/** The advertising rule table of each language that has one; a clinic language without one is an error of the check. */
export const ruleTables: Readonly<Record<string, RuleTableInput>> = { de, en, tr, ar };

const compiled = new Map<string, CompiledTable>();

/** The compiled table of a language (compiled on first use, once), or undefined when it has none. */
export function compiledTable(lang: string): CompiledTable | undefined {
	if (!Object.hasOwn(ruleTables, lang)) return undefined;
	let table = compiled.get(lang);
	if (!table) compiled.set(lang, (table = compileTable(ruleTables[lang]!)));
	return table;
}
