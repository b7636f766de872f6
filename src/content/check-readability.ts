import { readabilityDefaults, type ReadabilitySettings } from '../schemas/readability.ts';
import type { Article } from './article-model.ts';
import type { FileProblems } from './content-error.ts';
import { createProblem } from './content-problem.ts';
import { formatPath } from './parse-yaml.ts';
import { frontmatterProse, type FieldSentence } from './frontmatter-prose.ts';
import type { ProseSentence } from './prose-sentences.ts';
import { measuresByLanguage, textStats, wordsOf, type Measure, type MeasureId } from './readability-scores.ts';

/** How many of the hardest sentences a warning names. */
const HARDEST = 3;

export interface ReadabilityScore {
	measure: MeasureId;
	name: string;
	bound: 'min' | 'max';
	value: number;
	threshold: number;
	/** The score is past its threshold. */
	past: boolean;
}

/** One article's readability, as `npm run check` prints it and the staff page shows it. */
export interface ArticleReadability {
	key: string;
	lang: string;
	file: string;
	words: number;
	sentences: number;
	/** Fewer words than `minWords`: not scored (`scores` is empty). */
	tooShort: boolean;
	minWords: number;
	scores: ReadabilityScore[];
	/**
	 * The sentences that are hardest by the measures past their threshold, hardest first: of the body
	 * with their line, of the frontmatter with their field (and its line once `checkReadability` has
	 * looked it up: positions of the frontmatter are built only for an article that needs them).
	 */
	hardest: ((ProseSentence | (FieldSentence & Partial<Pick<ProseSentence, 'line' | 'column'>>)) & { words: number })[];
}

/** Where a character of a frontmatter field's value stands in the article file (`locateArticleField`). */
export type ValueLocator = (article: Article, path: (string | number)[], valueOffset: number) => { line: number; column: number };

/** The threshold of a measure in a language: the clinic's, or the default. */
function thresholdOf(settings: ReadabilitySettings | undefined, lang: string, measure: Measure): number {
	const own = (settings?.[lang as 'de'] as Record<string, number | undefined> | undefined)?.[measure.setting];
	const fallback = (readabilityDefaults[lang as 'de'] as Record<string, number>)[measure.setting]!;
	return own ?? fallback;
}

/** Scores an article against the clinic's thresholds; `undefined` for a language without a formula. Pure. */
export function assessReadability(article: Article, settings?: ReadabilitySettings): ArticleReadability | undefined {
	const measures = measuresByLanguage[article.lang];
	if (!measures) return undefined;
	// The frontmatter first, as it stands in the file: risks, questions, terms, warning signs (frontmatter-prose.ts).
	const sentences = [...frontmatterProse(article.data, article.lang), ...(article.prose ?? [])].filter((s) => wordsOf(s.text).length > 0);
	const stats = textStats(
		sentences.map((s) => s.text),
		article.lang,
	);
	const minWords = settings?.minWords ?? readabilityDefaults.minWords;
	const base = { key: article.key, lang: article.lang, file: article.file, words: stats.words, sentences: stats.sentences, minWords };
	if (stats.words < minWords) return { ...base, tooShort: true, scores: [], hardest: [] };
	const scores = measures.map((measure): ReadabilityScore => {
		const value = measure.compute(stats);
		const threshold = thresholdOf(settings, article.lang, measure);
		return { measure: measure.id, name: measure.name, bound: measure.bound, value, threshold, past: measure.bound === 'min' ? value < threshold : value > threshold };
	});
	const past = measures.filter((_, i) => scores[i]!.past);
	// A sentence's hardness: how far past the threshold it would be alone, by the measure it is worst in.
	const hardness = (sentence: ProseSentence | FieldSentence) => {
		const alone = textStats([sentence.text], article.lang);
		return Math.max(
			...past.map((measure) => {
				const threshold = thresholdOf(settings, article.lang, measure);
				const value = measure.compute(alone);
				return (measure.bound === 'min' ? threshold - value : value - threshold) / Math.max(Math.abs(threshold), 1);
			}),
		);
	};
	const hardest =
		past.length === 0
			? []
			: sentences
					.map((sentence) => ({ sentence, hardness: hardness(sentence) }))
					// Stable: of two as hard, the one earlier in the file.
					.sort((a, b) => b.hardness - a.hardness)
					.slice(0, HARDEST)
					.map(({ sentence }) => ({ ...sentence, words: wordsOf(sentence.text).length }));
	return { ...base, tooShort: false, scores, hardest };
}

/**
 * The readability rule of the check: every article of a language with a formula is scored, and one
 * whose score is past the clinic's threshold gets a `readability-hard` warning at its first section,
 * naming the scores, thresholds and its hardest sentences with their lines.
 */
export function checkReadability(
	articles: readonly Article[],
	settings: ReadabilitySettings | undefined,
	locate: ValueLocator,
): { readability: ArticleReadability[]; reports: FileProblems[] } {
	const assessed = articles.flatMap((article): { article: Article; r: ArticleReadability }[] => {
		const r = assessReadability(article, settings);
		// The JSON report names every hardest sentence by its line, of the frontmatter too.
		return r ? [{ article, r: { ...r, hardest: r.hardest.map((s) => ('field' in s ? { ...s, ...locate(article, s.field, s.offset) } : s)) } }] : [];
	});
	const readability = assessed.map(({ r }) => r);
	const reports = assessed.flatMap(({ article, r }): FileProblems[] => {
		const past = r.scores.filter((s) => s.past);
		if (past.length === 0) return [];
		const at = { line: article.sections[0]?.line ?? 1, column: 1 };
		return [
			{
				file: r.file,
				problems: [
					createProblem('readability-hard', at, {
						lang: r.lang,
						scores: past.map((s) => `${s.name} ${formatScore(s.value)} (${s.bound === 'min' ? 'at least' : 'at most'} ${s.threshold})`),
						hardest: r.hardest.map((s) => ({
							line: s.line ?? 1,
							column: s.column ?? 1,
							field: 'field' in s ? formatPath(s.field) : undefined,
							words: s.words,
							start: excerpt(s.text),
						})),
					}),
				],
			},
		];
	});
	return { readability, reports };
}

/** A score as printed: one decimal. */
export function formatScore(value: number): string {
	return value.toFixed(1);
}

function excerpt(text: string): string {
	const words = text.split(' ');
	return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text;
}
