import type { Clinic } from '../schemas/clinic.ts';
import type { RuleId, RuleParams } from '../problems/problem-catalogue.ts';
import { createProblem, type ProblemOptions } from '../problems/problem.ts';
import type { Article } from './article-model.ts';
import type { UnloadedArticle } from './load-articles.ts';
import { compareTranslation } from './compare-translation.ts';
import type { ContentProblem } from './content-problem.ts';
import { closest } from './did-you-mean.ts';
import { changedParts, translationYaml } from './source-parts.ts';
import { sourceOf, translationStatus } from './translation-status.ts';

export interface TranslationsInput {
	clinic: Pick<Clinic, 'languages' | 'sourceLanguage'>;
	/** Articles in the clinic's languages (others are reported as such by checkTree). */
	articles: readonly Article[];
	/** Article files that failed to load: a translation whose source may be one of them gets no problem of its own. */
	unloaded?: readonly UnloadedArticle[];
	locate: (article: Article, path: (string | number)[]) => { line: number; column: number };
}

/**
 * Translations against their source: `translation.from` names the clinic's source language and an
 * article with this key exists there; the recorded source hash is current (else: which parts changed);
 * the facts are the source's (compareTranslation), whatever the hash says; the version is not behind.
 * Pure; checkTree calls it.
 */
export function checkTranslations({ clinic, articles, unloaded = [], locate }: TranslationsInput): { article: Article; problem: ContentProblem }[] {
	const found: { article: Article; problem: ContentProblem }[] = [];
	const report = <R extends RuleId>(
		article: Article,
		at: (string | number)[] | { line: number; column: number },
		ruleId: R,
		params: RuleParams<R>,
		options?: ProblemOptions,
	) => {
		found.push({ article, problem: createProblem(ruleId, Array.isArray(at) ? locate(article, at) : at, params, options) });
	};

	for (const article of articles) {
		const recorded = article.data.translation;
		let source: Article | undefined;
		if (recorded) {
			if (recorded.from !== clinic.sourceLanguage || article.lang === recorded.from) {
				const at = ['translation', 'from'];
				report(article, at, 'translation-from', {
					from: recorded.from,
					lang: article.lang,
					sourceLanguage: clinic.sourceLanguage,
					languages: clinic.languages,
				});
				continue;
			}
			source = articles.find((a) => a.key === article.key && a.lang === recorded.from);
			if (!source) {
				// The source exists but failed to load (a YAML error, reported at it): saying here that it does
				// not exist would be false, and comparing with it impossible.
				if (unloaded.some((u) => u.lang === recorded.from && (u.key === undefined || u.key === article.key))) continue;
				// A mistyped key must not make a translation a new article of its own: it names a source.
				const known = articles.filter((a) => a.lang === recorded.from).map((a) => a.key);
				report(article, ['key'], 'translation-source-missing', { key: article.key, from: recorded.from, guess: closest(article.key, known), known });
				continue;
			}
		} else {
			source = sourceOf(article, articles, clinic.sourceLanguage);
			if (!source) continue;
		}

		const status = translationStatus(article, source);
		if (status === 'untracked') {
			report(article, ['translation'], 'translation-untracked', { sourceFile: source.file, block: translationYaml(source.lang, source.translatable) });
		} else if (status === 'stale' || status === 'acknowledged') {
			// Without recorded parts, which parts changed cannot be told: the message says so instead.
			const changed = recorded?.sourceParts && changedParts(recorded.sourceParts, source.translatable.parts);
			report(
				article,
				['translation', 'sourceHash'],
				'translation-stale',
				{ sourceFile: source.file, changed, block: translationYaml(source.lang, source.translatable), acknowledged: recorded?.acknowledgeStale },
				{ severity: status === 'acknowledged' ? 'warning' : 'error' },
			);
		}
		if ((status === 'current' || status === 'untracked') && compareVersions(article.data.version, source.data.version) < 0) {
			report(article, ['version'], 'translation-version-behind', { version: article.data.version, sourceVersion: source.data.version, sourceFile: source.file });
		}

		for (const difference of compareTranslation(source, article)) {
			const at =
				'field' in difference.at
					? difference.at.field
					: headingPlace(article, difference.at.section);
			report(article, at, 'translation-differs', { ...difference, sourceFile: source.file });
		}
	}
	return found;
}

/** The line of a section's heading in the body (the first section's when it has none of that key). */
function headingPlace(article: Article, key: string): { line: number; column: number } {
	const section = article.sections.find((s) => s.key === key) ?? article.sections[0];
	return { line: section?.line ?? 1, column: 1 };
}

/** Compares versions such as "1.2" and "1.10" segment by segment, as numbers. */
export function compareVersions(a: string, b: string): number {
	const [left, right] = [a.split('.').map(Number), b.split('.').map(Number)];
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const d = (left[i] ?? 0) - (right[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}
