import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article-model.ts';
import { translationMatrix } from '../../src/content/format-report.ts';
import { loadArticleFile } from '../../src/content/load-articles.ts';

const source = loadArticleFile('content/articles/de/mesotherapie.md').article!;
const translation = loadArticleFile('content/articles/en/mesotherapy.md').article!;
const withData = (article: Article, patch: Partial<Article['data']>): Article => ({ ...article, data: { ...article.data, ...patch } });
const stateOf = (articles: Article[]) => translationMatrix(articles, ['de', 'en'], 'de')[0]!.states;

describe('the translation matrix', () => {
	it('tells each state from the articles themselves, not from the problems a check printed', () => {
		expect(stateOf([source, translation])).toEqual({ de: 'source', en: 'ok' });
		const changed = { ...source, translatable: { ...source.translatable, hash: 'aaaaaaaaaaaa' } };
		expect(stateOf([changed, translation])).toEqual({ de: 'source', en: 'stale' });
		expect(stateOf([source, withData(translation, { translation: undefined })])).toEqual({ de: 'source', en: 'untracked' });
		// Acknowledged staleness is published: the matrix shows it as a translation that is there.
		const acknowledged = withData(translation, { translation: { ...translation.data.translation!, acknowledgeStale: 'wording only' } });
		expect(stateOf([changed, acknowledged])).toEqual({ de: 'source', en: 'ok' });
		expect(stateOf([source])).toEqual({ de: 'source', en: 'missing' });
	});
});
