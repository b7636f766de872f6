import { execFileSync } from 'node:child_process';

const marks = /[\u064B-\u065F\u0670\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Arabic words of a text, normalised (presentation forms folded, diacritics and bidi marks removed). */
export function arabicWords(text: string): string[] {
	return text
		.normalize('NFKC')
		.replace(marks, '')
		.split(/[\s.,:;()،؛؟?!«»"'–-]+/)
		.filter((word) => /[\u0600-\u06FF]/.test(word));
}

/** The text of a PDF as poppler's `pdftotext` reads it (it orders right-to-left runs logically). */
export function popplerText(pdf: string): string {
	return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
}

/**
 * Share of `expected`'s Arabic words that occur, letter for letter in logical order, among the words
 * extracted from the PDF. Text extracted in visual order has its words reversed and scores near 0.
 */
export function arabicWordRecall(expected: string[], extracted: string): number {
	const found = new Set(arabicWords(extracted));
	const words = expected.flatMap(arabicWords);
	return words.filter((w) => found.has(w)).length / words.length;
}

/**
 * Where `phrase` starts among the Arabic words of `extracted`, searching from word `from` on: the start
 * of the window that holds most of the phrase's words (at least `minShare` of them, so a few words with
 * swapped letters do not hide it), or -1. Lets a test check the order of passages in an Arabic PDF.
 */
export function arabicPhraseIndex(phrase: string, extracted: string, from = 0, minShare = 0.7): number {
	const words = arabicWords(extracted);
	const target = arabicWords(phrase);
	let best = -1;
	let bestScore = 0;
	for (let i = Math.max(0, from); i < words.length; i++) {
		const window = new Set(words.slice(i, i + target.length + 2));
		const score = target.filter((w) => window.has(w)).length / target.length;
		if (score > bestScore) [best, bestScore] = [i, score];
	}
	return bestScore >= minShare ? best : -1;
}
