import type { Article } from './article-model.ts';

/**
 * Whether a translation records its source's current hash: `untracked` (no hash recorded), `stale` (the
 * source's translatable parts changed since), `acknowledged` (stale, published anyway with
 * `acknowledgeStale`), `current`. The hash is the source's `translatable` one, so a new `version`,
 * `issued` or review date alone leaves its translations current. Pure; the check reports problems from
 * it and the translation matrix and the staff page show it, so none has to read another's output.
 */
export type TranslationStatus = 'untracked' | 'stale' | 'acknowledged' | 'current';

export function translationStatus(translation: Article, source: Article): TranslationStatus {
	const recorded = translation.data.translation;
	if (!recorded?.sourceHash) return 'untracked';
	if (recorded.sourceHash === source.translatable.hash) return 'current';
	return recorded.acknowledgeStale ? 'acknowledged' : 'stale';
}

/** The source-language article a translation was made from, if there is one. */
export function sourceOf(article: Article, articles: readonly Article[], sourceLanguage: string): Article | undefined {
	if (article.lang === sourceLanguage) return undefined;
	return articles.find((a) => a.key === article.key && a.lang === sourceLanguage);
}
