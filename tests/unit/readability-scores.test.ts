import { describe, expect, it } from 'vitest';
import { countSyllables, countsSyllables } from '../../src/content/count-syllables.ts';
import {
	atesman,
	fleschAmstad,
	fleschKincaid,
	sentenceWords,
	textStats,
	wienerSachtext,
	wordLetters,
	wordsOf,
	type TextStats,
} from '../../src/content/readability-scores.ts';

// Counts chosen so every term of every formula is exercised: 2 sentences, 20 words, 30 syllables,
// 100 letters, 4 words of ≥ 3 syllables (20 %), 12 of one (60 %), 5 of > 6 letters (25 %).
const counts: TextStats = { sentences: 2, words: 20, syllables: 30, letters: 100, polysyllables: 4, monosyllables: 12, longWords: 5 };

describe('the readability formulas', () => {
	it('German Flesch (Amstad 1978): 180 − ASL − 58.5 × ASW', () => {
		// 180 − 10 − 58.5 × 1.5
		expect(fleschAmstad(counts)).toBeCloseTo(82.25, 6);
	});

	it('Wiener Sachtextformel 1 (Bamberger & Vanecek 1984)', () => {
		// 0.1935 × 20 + 0.1672 × 10 + 0.1297 × 25 − 0.0327 × 60 − 0.875
		expect(wienerSachtext(counts)).toBeCloseTo(3.87 + 1.672 + 3.2425 - 1.962 - 0.875, 6);
	});

	it('Flesch–Kincaid grade (Kincaid et al. 1975): 0.39 × ASL + 11.8 × ASW − 15.59', () => {
		expect(fleschKincaid(counts)).toBeCloseTo(3.9 + 17.7 - 15.59, 6);
	});

	it('Ateşman (1997): 198.825 − 40.175 × ASW − 2.610 × ASL', () => {
		expect(atesman(counts)).toBeCloseTo(198.825 - 60.2625 - 26.1, 6);
	});

	it('Arabic: words per sentence and letters per word', () => {
		expect(sentenceWords(counts)).toBe(10);
		expect(wordLetters(counts)).toBe(5);
	});
});

describe('counting a text', () => {
	it('German, counted by hand', () => {
		// Die·Be-hand-lung·dau-ert·nicht·lan-ge | Da-nach·ge-hen·Sie·nach·Hau-se
		const stats = textStats(['Die Behandlung dauert nicht lange.', 'Danach gehen Sie nach Hause.'], 'de');
		expect(stats).toEqual({ sentences: 2, words: 10, syllables: 17, letters: 52, polysyllables: 1, monosyllables: 4, longWords: 1 });
		expect(fleschAmstad(stats)).toBeCloseTo(180 - 5 - 58.5 * 1.7, 6);
		expect(wienerSachtext(stats)).toBeCloseTo(0.1935 * 10 + 0.1672 * 5 + 0.1297 * 10 - 0.0327 * 40 - 0.875, 6);
	});

	it('English, counted by hand', () => {
		const stats = textStats(['The cat sat on the mat.', 'It was a beautiful day.'], 'en');
		expect(stats).toMatchObject({ sentences: 2, words: 11, syllables: 13 });
		expect(fleschKincaid(stats)).toBeCloseTo(0.39 * 5.5 + (11.8 * 13) / 11 - 15.59, 6);
	});

	it('Turkish, counted by hand', () => {
		// Dok-tor·si-ze·an-la-tır | Te-da-vi·kı-sa·sü-rer
		const stats = textStats(['Doktor size anlatır.', 'Tedavi kısa sürer.'], 'tr');
		expect(stats).toMatchObject({ sentences: 2, words: 6, syllables: 14 });
		expect(atesman(stats)).toBeCloseTo(198.825 - (40.175 * 14) / 6 - 2.61 * 3, 6);
	});

	it('Arabic, counted by hand: letters without vowel marks, the comma no word', () => {
		const stats = textStats(['ذهب الولد إلى المدرسة.', 'هل أكل؟', 'نعم، أكل.'], 'ar');
		expect(stats).toMatchObject({ sentences: 3, words: 8, letters: 29, syllables: 0 });
		expect(sentenceWords(stats)).toBeCloseTo(8 / 3, 6);
		expect(wordLetters(stats)).toBeCloseTo(29 / 8, 6);
		// Vowel marks (tashkil) are no letters: the same word with them is as long.
		expect(textStats(['كَتَبَ'], 'ar').letters).toBe(3);
	});

	it('counts words of letters only: figures are no words, hyphenated compounds and apostrophes are one', () => {
		expect(wordsOf('Nach 1,5 ml und 112 kommt die E-Mail, isn’t it?')).toEqual([
			'Nach',
			'ml',
			'und',
			'kommt',
			'die',
			'E-Mail',
			'isn’t',
			'it',
		]);
	});
});

describe('syllables from the hyphenation patterns', () => {
	it('German words', () => {
		const words = {
			Behandlung: 3,
			Spritze: 2,
			Nebenwirkungen: 5,
			Aufklärung: 3,
			Ärztin: 2,
			Beratungsgespräch: 5,
			Haut: 1,
			'Müller-Lüdenscheidt': 5,
		};
		expect(Object.fromEntries(Object.keys(words).map((w) => [w, countSyllables(w, 'de')]))).toEqual(words);
	});

	it('English words', () => {
		const words = { beautiful: 3, consultation: 4, treatment: 2, syllable: 3, doctor: 2, skin: 1, infusion: 3 };
		expect(Object.fromEntries(Object.keys(words).map((w) => [w, countSyllables(w, 'en')]))).toEqual(words);
	});

	it('Turkish words, upper case with Turkish rules (İ → i)', () => {
		// Lower-cased with Turkish rules first: the patterns' own lower-casing makes İ an i with a dot above (DİKKAT: 3).
		const words = {
			tedavi: 3,
			uygulama: 4,
			enjeksiyon: 4,
			doktor: 2,
			etkili: 3,
			İnfüzyon: 3,
			ağrı: 2,
			DİKKAT: 2,
			KİŞİSEL: 3,
			BİLGİLENDİRME: 5,
		};
		expect(Object.fromEntries(Object.keys(words).map((w) => [w, countSyllables(w, 'tr')]))).toEqual(words);
	});

	it('has the limit README states: no break after a single first letter or before a single last one', () => {
		expect([countSyllables('Abend', 'de'), countSyllables('area', 'en'), countSyllables('okul', 'tr')]).toEqual([1, 1, 1]);
	});

	it('has no patterns for Arabic', () => {
		expect(countsSyllables('ar')).toBe(false);
		expect(countSyllables('مرحبا', 'ar')).toBeUndefined();
		expect(['de', 'en', 'tr'].every(countsSyllables)).toBe(true);
	});
});
