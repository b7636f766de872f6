import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { sectionOf, type Article } from '../../src/content/article-model.ts';
import { sectionKeys } from '../../src/content/section-keys.ts';
import { htmlBlockTexts } from '../../src/leaflets/html-block-texts.ts';

// Issue 13: in right-to-left text a bracketed Latin run of several words (a German name and its
// abbreviation) is isolated (LRI … PDI inside the brackets), so it reads in order and the brackets face
// it on either side of a line break. One Latin word needs no isolate: the bidi algorithm keeps it whole.
const arabic = /[\u0600-\u06ff]/;
/** An Arabic letter (not the Arabic comma a Latin run may hold). */
const arabicLetter = /(?=\p{Script=Arabic})\p{L}/u;
const unisolated = (text: string) =>
	[...text.matchAll(/\(([^()]*)\)/g)]
		.map((m) => m[1]!)
		.filter(
			(inner) =>
				/\p{Script=Latin}+[^\p{Script=Latin}\u2066\u2069]+\p{Script=Latin}/u.test(inner) && !/^\u2066[^\u2066\u2069]*\u2069$/.test(inner),
		)
		.filter((inner) => !arabicLetter.test(inner));

/** The text of an Arabic article that is printed or shown in Arabic context: its sections and the facts. */
function arabicTexts(article: Article): [string, string][] {
	const { data } = article;
	const texts: [string, string][] = [
		...sectionKeys.flatMap((key) => {
			const section = sectionOf(article, key);
			return section ? htmlBlockTexts(section.html).map((text) => [`{#${key}}`, text] as [string, string]) : [];
		}),
		...data.risks.map((r) => ['risks', `${r.name} ${r.detail ?? ''}`] as [string, string]),
		...data.contraindications.map((q) => ['contraindications', q] as [string, string]),
		...data.alternatives.map((a) => ['alternatives', `${a.name} ${a.description}`] as [string, string]),
		...data.preparation.map((p) => ['preparation', p] as [string, string]),
		['facts.costs.note', data.facts.costs.note ?? ''],
	];
	return texts.filter(([, text]) => arabic.test(text));
}

describe('Latin runs in right-to-left text', () => {
	it('finds a bracketed Latin run of several words that is not isolated, and accepts one that is', () => {
		expect(unisolated('وفق لائحة أتعاب الأطباء الألمانية (Gebührenordnung für Ärzte، GOÄ)، وهي')).toEqual([
			'Gebührenordnung für Ärzte، GOÄ',
		]);
		expect(unisolated('مثل الوهن العضلي الوبيل (Myasthenia gravis)؟')).toEqual(['Myasthenia gravis']);
		expect(unisolated('(\u2066Gebührenordnung für Ärzte, GOÄ\u2069)')).toEqual([]);
		// One word, or Arabic inside the brackets: nothing to isolate.
		expect(unisolated('لائحة أتعاب الأطباء الألمانية (GOÄ).')).toEqual([]);
		expect(unisolated('تخطيط القلب (EKG) وتحاليل الدم')).toEqual([]);
		expect(unisolated('(§ 630c الفقرة 3 من BGB)')).toEqual([]);
	});

	it('isolates every bracketed Latin run of several words in the Arabic articles', () => {
		const files = readdirSync('content/articles/ar').filter((f) => f.endsWith('.md'));
		expect(files.length).toBeGreaterThan(0);
		const found = files.flatMap((f) =>
			arabicTexts(loadArticleFile(`content/articles/ar/${f}`).article!).flatMap(([where, text]) =>
				unisolated(text).map((run) => `${f} ${where}: (${run})`),
			),
		);
		expect(found).toEqual([]);
	});
});
