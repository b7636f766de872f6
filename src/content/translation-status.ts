import type { Article } from './article-model.ts';

/**
 * Whether a translation records its source's current hash: `untracked` (no hash recorded), `stale` (the
 * source changed since), `acknowledged` (stale, published anyway with `acknowledgeStale`), `current`.
 * Pure; the check reports problems from it and the translation matrix shows it, so neither has to read
 * the other's output.
 */
export type TranslationStatus = 'untracked' | 'stale' | 'acknowledged' | 'current';

export function translationStatus(translation: Article, source: Article): TranslationStatus {
	const recorded = translation.data.translation;
	if (!recorded?.sourceHash) return 'untracked';
	if (recorded.sourceHash === source.hash) return 'current';
	return recorded.acknowledgeStale ? 'acknowledged' : 'stale';
}

/** The source-language article a translation was made from, if there is one. */
export function sourceOf(article: Article, articles: readonly Article[], sourceLanguage: string): Article | undefined {
	if (article.lang === sourceLanguage) return undefined;
	return articles.find((a) => a.key === article.key && a.lang === sourceLanguage);
}
