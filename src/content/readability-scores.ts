import { countSyllables } from './count-syllables.ts';

/** What the formulas are computed from: counts over a text's sentences. */
export interface TextStats {
	sentences: number;
	words: number;
	syllables: number;
	letters: number;
	/** Words of three syllables or more (Wiener Sachtextformel: MS). */
	polysyllables: number;
	/** Words of one syllable (ES). */
	monosyllables: number;
	/** Words of more than six letters (IW). */
	longWords: number;
}

/**
 * A word is a run of letters (with marks and digits) that holds a letter, joined by hyphens or
 * apostrophes ("E-Mail", "don't"). Figures alone ("1,5", "112") are not counted: the formulas were
 * made for words, and a number's syllables depend on how it is read out.
 */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’][\p{L}\p{M}\p{N}]+)*/gu;

export function wordsOf(sentence: string): string[] {
	return [...sentence.matchAll(wordPattern)].map((m) => m[0]).filter((w) => /\p{L}/u.test(w));
}

/** Counts over the sentences; syllables are 0 for a language without hyphenation patterns. Pure but for a cache. */
export function textStats(sentences: readonly string[], lang: string): TextStats {
	const stats: TextStats = { sentences: 0, words: 0, syllables: 0, letters: 0, polysyllables: 0, monosyllables: 0, longWords: 0 };
	for (const sentence of sentences) {
		const words = wordsOf(sentence);
		if (words.length === 0) continue;
		stats.sentences++;
		for (const word of words) {
			const syllables = countSyllables(word, lang) ?? 0;
			const letters = [...word.matchAll(/\p{L}/gu)].length;
			stats.words++;
			stats.syllables += syllables;
			stats.letters += letters;
			if (syllables >= 3) stats.polysyllables++;
			if (syllables === 1) stats.monosyllables++;
			if (letters > 6) stats.longWords++;
		}
	}
	return stats;
}

const wordsPerSentence = (s: TextStats) => s.words / s.sentences;
const syllablesPerWord = (s: TextStats) => s.syllables / s.words;
const percent = (count: number, s: TextStats) => (100 * count) / s.words;

/** Flesch Reading Ease for German (Amstad 1978): 180 − ASL − 58.5 × ASW; 0–100, higher is easier. */
export const fleschAmstad = (s: TextStats) => 180 - wordsPerSentence(s) - 58.5 * syllablesPerWord(s);

/**
 * First Wiener Sachtextformel (Bamberger & Vanecek 1984): 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875,
 * MS = % words of ≥ 3 syllables, SL = words per sentence, IW = % words of > 6 letters, ES = % words of one
 * syllable. A school grade, 4 (easy) … 15 (very hard).
 */
export const wienerSachtext = (s: TextStats) =>
	0.1935 * percent(s.polysyllables, s) + 0.1672 * wordsPerSentence(s) + 0.1297 * percent(s.longWords, s) - 0.0327 * percent(s.monosyllables, s) - 0.875;

/** Flesch–Kincaid grade level (Kincaid et al. 1975): 0.39 × ASL + 11.8 × ASW − 15.59; a US school grade. */
export const fleschKincaid = (s: TextStats) => 0.39 * wordsPerSentence(s) + 11.8 * syllablesPerWord(s) - 15.59;

/** Ateşman (1997), Flesch adapted to Turkish: 198.825 − 40.175 × ASW − 2.610 × ASL; 0–100, higher is easier. */
export const atesman = (s: TextStats) => 198.825 - 40.175 * syllablesPerWord(s) - 2.61 * wordsPerSentence(s);

/** Arabic: mean sentence length in words. */
export const sentenceWords = wordsPerSentence;

/** Arabic: mean word length in letters (the article and clitics written with a word count; vowel marks do not). */
export const wordLetters = (s: TextStats) => s.letters / s.words;

export type MeasureId = 'fleschAmstad' | 'wienerSachtext' | 'fleschKincaid' | 'atesman' | 'sentenceWords' | 'wordLetters';

export interface Measure {
	id: MeasureId;
	/** How the output names it. */
	name: string;
	/** `min`: the score must be at least the threshold (higher is easier); `max`: at most. */
	bound: 'min' | 'max';
	/** Its threshold's key in `readability.<lang>` of content/clinic.yaml. */
	setting: string;
	compute: (stats: TextStats) => number;
}

/** The measures of each language that has a formula; languages not listed are not scored. */
export const measuresByLanguage: Readonly<Record<string, readonly Measure[]>> = {
	de: [
		{ id: 'fleschAmstad', name: 'Flesch (Amstad)', bound: 'min', setting: 'fleschAmstadMin', compute: fleschAmstad },
		{ id: 'wienerSachtext', name: 'Wiener Sachtextformel', bound: 'max', setting: 'wienerSachtextMax', compute: wienerSachtext },
	],
	en: [{ id: 'fleschKincaid', name: 'Flesch–Kincaid grade', bound: 'max', setting: 'fleschKincaidMax', compute: fleschKincaid }],
	tr: [{ id: 'atesman', name: 'Ateşman', bound: 'min', setting: 'atesmanMin', compute: atesman }],
	ar: [
		{ id: 'sentenceWords', name: 'words per sentence', bound: 'max', setting: 'sentenceWordsMax', compute: sentenceWords },
		{ id: 'wordLetters', name: 'letters per word', bound: 'max', setting: 'wordLettersMax', compute: wordLetters },
	],
};
