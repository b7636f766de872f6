import { z } from 'zod';

/**
 * The readability thresholds of `content/clinic.yaml` (`readability:`), per language that has a formula.
 * A language of `languages` without an entry, and a measure left out, take the default below. Another
 * language key or measure is an error at its line: a threshold nothing would apply is a mistake.
 *
 * Defaults aim at a reading age of about 11 to 14, at its upper end, since a consent text must carry
 * terms a patient has to learn anyway (the treatment, the drug, its risks):
 * - Wiener Sachtextformel 1 (Bamberger & Vanecek 1984), calibrated on German non-fiction: the school grade
 *   (Schulstufe) a text suits, 4 = easy … 15 = very hard; at most 9, read at 14–15.
 * - Flesch (Amstad 1978), 0–100, higher is easier: 60–70 is "mittel" (13- to 15-year-olds), 50–60
 *   "mittelschwer", below 50 "schwer". At least 50: each unavoidable German term (Ketamin, Infusion,
 *   Depression) costs points no rewording wins back, and the grade limit is the Wiener formula's.
 * - Flesch–Kincaid (Kincaid et al. 1975): a US school grade; at most 8, read at 13–14.
 * - Ateşman (1997), 0–100, higher is easier: 70–89 "kolay", 50–69 "orta güçlükte"; at least 60, the
 *   easier half of the medium band.
 * - Arabic, which has no established syllable formula here: mean words per sentence at most 20, the
 *   common plain-language limit the other formulas reward too, and mean letters per word at most 6
 *   (Arabic words carry their article and clitics, so they run longer than English ones).
 * Syllables from hyphenation patterns undercount a little (count-syllables.ts), so scores read slightly easier.
 */
export const readabilityDefaults = {
	minWords: 100,
	de: { fleschAmstadMin: 50, wienerSachtextMax: 9 },
	en: { fleschKincaidMax: 8 },
	tr: { atesmanMin: 60 },
	ar: { sentenceWordsMax: 20, wordLettersMax: 6 },
} as const;

const score = (min: number, max: number) => z.number().min(min).max(max);

/** The languages a readability formula is for (check-readability.ts, readability-scores.ts). */
export const readabilityLanguages = ['de', 'en', 'tr', 'ar'] as const;

export const readabilitySchema = z.strictObject(
	{
		/** Articles with fewer words (in their prose) are not scored: the formulas are unstable on short texts. */
		minWords: z.number().int().min(1).max(10_000).optional(),
		de: z.strictObject({ fleschAmstadMin: score(0, 100).optional(), wienerSachtextMax: score(1, 20).optional() }).optional(),
		en: z.strictObject({ fleschKincaidMax: score(0, 20).optional() }).optional(),
		tr: z.strictObject({ atesmanMin: score(0, 100).optional() }).optional(),
		ar: z.strictObject({ sentenceWordsMax: score(1, 100).optional(), wordLettersMax: score(1, 20).optional() }).optional(),
	},
	{
		// A language code here is a language without a formula, not a misspelt one ("fr" is no typo of "tr"):
		// the hint says which languages have one, instead of guessing the nearest key.
		error: (issue) =>
			issue.code === 'unrecognized_keys' && issue.keys.some((key) => /^[a-z]{2,3}$/u.test(key))
				? `Readability formulas exist for ${readabilityLanguages.join(', ')} only: thresholds for another language would apply to nothing. Write thresholds only for these, and only for a language that is in \`languages\` (the others are not scored).`
				: undefined,
	},
);

export type ReadabilitySettings = z.infer<typeof readabilitySchema>;
