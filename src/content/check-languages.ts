import type { z } from 'zod';
import { clinicSchema, type Clinic } from '../schemas/clinic.ts';
import { schemaNode } from '../schemas/unwrap-schema.ts';
import type { FileProblems } from './content-error.ts';
import { createProblem, type ContentProblem } from './content-problem.ts';
import { closest } from './did-you-mean.ts';
import { formatPath, type FieldLocator } from './parse-yaml.ts';

type PathItem = string | number;

export interface LanguagesInput {
	clinic: Clinic;
	/** clinic.yaml as reports name it. */
	clinicFile: string;
	/** Where a field of clinic.yaml stands (the position map of the text the check read). */
	locate: FieldLocator;
	/**
	 * Languages that have a privacy page. Without it privacy pages are not checked: the site build,
	 * which runs without `npm run check`, links a language's privacy page only where it exists.
	 */
	privacyLanguages?: readonly string[];
	/** The privacy page to create for a language, as reports name it. */
	privacyFile?: (lang: string) => string;
}

/** A per-language record of the clinic profile (`{ de: …, en: … }`) and where it stands. */
export interface LanguageRecord {
	path: PathItem[];
	values: Record<string, unknown>;
	/** The id of the list item the record belongs to (a physician's), to name it in messages. */
	owner?: string;
}

/**
 * A language is complete before it is published: every per-language record of the clinic profile has a
 * text in each of the clinic's languages and none in another (a typo such as `ukr`), and each language
 * has its privacy page. The pages print these texts without a fallback, so a missing one would otherwise
 * show German on an English Impressum, or a footer link to a page that does not exist. Pure.
 */
export function checkLanguages({ clinic, clinicFile, locate, privacyLanguages, privacyFile }: LanguagesInput): FileProblems[] {
	const problems: ContentProblem[] = [];
	const { languages } = clinic;
	for (const { path, values, owner } of perLanguageRecords(clinicSchema, clinic)) {
		const field = formatPath(path);
		const present = Object.keys(values);
		const missing = languages.filter((l) => !present.includes(l));
		const unknown = present.filter((k) => !languages.includes(k)).map((key) => ({ key, guess: guessLanguage(key, missing.length ? missing : languages) }));
		// A mistyped key (`en-GB` for `en`) is one mistake: reported at the key, not again as a missing language.
		for (const lang of missing.filter((l) => !unknown.some((u) => u.guess === l))) {
			const example = languages.find((l) => present.includes(l));
			problems.push(createProblem('language-text-missing', locate(path), { field, owner, lang, example: example && (values[example] as string) }));
		}
		for (const { key, guess } of unknown) {
			problems.push(createProblem('language-text-unknown', locate([...path, key]), { field, key, guess, languages }));
		}
	}
	// The profile's own references: an Impressum naming nobody, translations without a source to compare with.
	const physicianIds = clinic.physicians.map((p) => p.id);
	const responsible = clinic.legal.responsiblePhysician;
	if (!physicianIds.includes(responsible)) {
		problems.push(createProblem('responsible-physician-unknown', locate(['legal', 'responsiblePhysician']), { id: responsible, guess: closest(responsible, physicianIds), known: physicianIds }));
	}
	if (!languages.includes(clinic.sourceLanguage)) {
		problems.push(createProblem('source-language-unknown', locate(['sourceLanguage']), { lang: clinic.sourceLanguage, languages }));
	}
	for (const [index, lang] of privacyLanguages ? languages.entries() : []) {
		if (!privacyLanguages!.includes(lang)) {
			problems.push(createProblem('privacy-page-missing', locate(['languages', index]), { lang, file: privacyFile?.(lang) ?? `pages/${lang}/privacy.mdx` }));
		}
	}
	return problems.length > 0 ? [{ file: clinicFile, problems }] : [];
}

/**
 * Every `z.record` of the schema, found by walking its definition along the data: a per-language field
 * added to the schema later is checked without a change here.
 */
export function perLanguageRecords(schema: z.core.$ZodType, value: unknown, path: PathItem[] = [], owner?: string): LanguageRecord[] {
	const def = schemaNode(schema);
	if (!def || value === null || typeof value !== 'object') return [];
	if (def.type === 'record') return [{ path, values: value as Record<string, unknown>, owner }];
	if (def.type === 'array' && def.element && Array.isArray(value)) {
		return value.flatMap((item: unknown, i) => {
			const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
			return perLanguageRecords(def.element!, item, [...path, i], id ?? owner);
		});
	}
	if (def.type === 'object' && def.shape) {
		return Object.entries(def.shape).flatMap(([key, field]) => perLanguageRecords(field, (value as Record<string, unknown>)[key], [...path, key], owner));
	}
	return [];
}

/** The language a mistyped code means: its primary subtag (`en-GB`, `de_DE`, `EN`), or the closest by spelling (`ukr`). */
function guessLanguage(key: string, languages: readonly string[]): string | undefined {
	const primary = key.toLowerCase().split(/[-_]/)[0]!;
	return languages.includes(primary) ? primary : closest(key, languages);
}

