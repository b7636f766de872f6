import type { Clinic } from '../schemas/clinic.ts';
import { clinicSchema } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import { perLanguageRecords } from './check-languages.ts';
import type { FileProblems } from './content-error.ts';
import { createProblem, type ContentProblem } from './content-problem.ts';
import { formatPath, type FieldLocator } from './parse-yaml.ts';

export interface UntranslatedInput {
	clinic: Clinic;
	clinicFile: string;
	locate: FieldLocator;
	/** The languages of the articles in the content tree, those that failed to load included. */
	articleLanguages: readonly string[];
	/** The UI strings of each language that loaded, and their files as reports name them. */
	ui: Record<string, UiStrings>;
	uiFile: (lang: string) => string;
	/** The text of each language's privacy page, as the check read it, and the file as reports name it. */
	privacyTexts: ReadonlyMap<string, string>;
	privacyFile: (lang: string) => string;
}

/** Share of a UI file's words that may be the same as another language's before it counts as a copy. */
const UI_COPY_SHARE = 0.8;
/** Share of the clinic profile's per-language texts likewise; a title such as `Dr. med.` is often the same. */
const PROFILE_COPY_SHARE = 0.5;
// Not words: the same in many languages, or set apart from the translation (the switcher's name, slugs).
const UI_NOT_WORDS = new Set(['languageName', 'locale', 'dir', 'slugs']);

/**
 * A language that would ship untranslated: present in every file the check wants, but with no article, or
 * with a UI strings file, a privacy page or the clinic profile's per-language texts copied from another
 * language (README "Add a language" tells you to copy `en.yaml`, so an untranslated copy is the likely
 * half-done state). Warnings: each can be a deliberate step of adding a language, and `--strict` fails on
 * them. Pure: the texts are those the check read.
 */
export function checkUntranslated(input: UntranslatedInput): FileProblems[] {
	const { clinic, clinicFile, locate, ui, privacyTexts } = input;
	const reports: FileProblems[] = [];
	const atClinic: ContentProblem[] = [];
	const records = perLanguageRecords(clinicSchema, clinic);
	for (const [index, lang] of clinic.languages.entries()) {
		// A copy is of a language listed before it (a new language is added at the end): the original is not blamed.
		const others = clinic.languages.slice(0, index).filter((l) => l !== lang);
		if (lang !== clinic.sourceLanguage && !input.articleLanguages.includes(lang)) {
			atClinic.push(createProblem('language-untranslated', locate(['languages', index]), { lang, what: 'articles', like: clinic.sourceLanguage }));
		}
		const strings = ui[lang];
		const uiCopy = strings && closestCopy(others, (other) => ui[other] && sameShare(words(strings), words(ui[other]!)));
		if (uiCopy && uiCopy.share >= UI_COPY_SHARE) {
			reports.push({ file: input.uiFile(lang), problems: [createProblem('language-untranslated', { line: 1, column: 1 }, { lang, what: 'ui', like: uiCopy.lang, share: uiCopy.share })] });
		}
		const privacy = privacyTexts.get(lang)?.trim();
		const privacyCopy = privacy === undefined ? undefined : others.find((other) => privacyTexts.get(other)?.trim() === privacy);
		if (privacyCopy) {
			reports.push({ file: input.privacyFile(lang), problems: [createProblem('language-untranslated', { line: 1, column: 1 }, { lang, what: 'privacy', like: privacyCopy })] });
		}
		const texts = (of: string) => records.map((r) => [formatPath(r.path), r.values[of]] as const).filter(([, v]) => typeof v === 'string');
		const profileCopy = closestCopy(others, (other) => sameShare(new Map(texts(lang) as [string, string][]), new Map(texts(other) as [string, string][]), 2));
		if (profileCopy && profileCopy.share > PROFILE_COPY_SHARE) {
			const other = new Map(texts(profileCopy.lang));
			const fields = texts(lang).filter(([field, value]) => norm(value as string) === norm((other.get(field) as string | undefined) ?? '')).map(([field]) => field);
			atClinic.push(createProblem('language-untranslated', locate(['languages', index]), { lang, what: 'profile', like: profileCopy.lang, share: profileCopy.share, fields }));
		}
	}
	if (atClinic.length > 0) reports.push({ file: clinicFile, problems: atClinic });
	return reports;
}

const norm = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The UI strings that are words, by path. */
function words(strings: UiStrings): Map<string, string> {
	const found = new Map<string, string>();
	const walk = (node: unknown, path: string) => {
		if (typeof node === 'string') found.set(path, node);
		else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
	};
	for (const [key, value] of Object.entries(strings)) if (!UI_NOT_WORDS.has(key)) walk(value, key);
	return found;
}

/** The share of `mine` that is the same text under the same key in `theirs`; undefined below `minimum` shared keys. */
function sameShare(mine: Map<string, string>, theirs: Map<string, string>, minimum = 1): number | undefined {
	const shared = [...mine].filter(([key]) => theirs.has(key));
	if (shared.length < minimum) return undefined;
	return shared.filter(([key, value]) => norm(value) === norm(theirs.get(key)!)).length / shared.length;
}

function closestCopy(languages: readonly string[], share: (lang: string) => number | undefined | false): { lang: string; share: number } | undefined {
	let best: { lang: string; share: number } | undefined;
	for (const lang of languages) {
		const s = share(lang);
		if (typeof s === 'number' && (!best || s > best.share)) best = { lang, share: s };
	}
	return best;
}
