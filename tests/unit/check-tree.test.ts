import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Article } from '../../src/content/article-model.ts';
import { checkTree } from '../../src/content/check-tree.ts';
import { clinicSchema } from '../../src/schemas/clinic.ts';
import { translation as translationSchema } from '../../src/schemas/article.ts';
import { uiStringsSchema } from '../../src/schemas/ui-strings.ts';
import { loadArticleFile } from '../../src/content/load-articles.ts';

const clinic = clinicSchema.parse(parse(readFileSync('content/clinic.yaml', 'utf8')));
const ui = {
	de: uiStringsSchema.parse(parse(readFileSync('content/ui/de.yaml', 'utf8'))),
	en: uiStringsSchema.parse(parse(readFileSync('content/ui/en.yaml', 'utf8'))),
};
const source = loadArticleFile('content/articles/de/mesotherapie.md').article!;
const translation = loadArticleFile('content/articles/en/mesotherapy.md').article!;
const locate = () => ({ line: 1, column: 1 });
const run = (articles: Article[], today = '2026-12-01') =>
	checkTree({ clinic, ui, articles, locate, today }).flatMap((f) => f.problems.map((p) => ({ file: f.file, ...p })));
const withHash = (article: Article, hash: string, parts = article.translatable.parts): Article => ({
	...article,
	translatable: { hash, parts },
});
/** The `translation:` block of a hint, as an author pastes it. */
const pastedBlock = (hint: string) => {
	const lines = hint.split('\n');
	const start = lines.findIndex((l) => l === 'translation:');
	const end = lines.findIndex((l, i) => i > start && !l.startsWith('  '));
	return parse(lines.slice(start, end === -1 ? undefined : end).join('\n')) as { translation: NonNullable<Article['data']['translation']> };
};
const withData = (article: Article, patch: Partial<Article['data']>, other: Partial<Article> = {}): Article => ({
	...article,
	...other,
	data: { ...article.data, ...patch },
});

describe('checkTree', () => {
	it('accepts the real content', () => {
		expect(run([source, translation])).toEqual([]);
	});

	it('flags a translation whose source changed, unless the staleness is acknowledged', () => {
		const changed = withHash(source, 'aaaaaaaaaaaa');
		const [stale] = run([changed, translation]);
		expect(stale).toMatchObject({ ruleId: 'translation-stale', severity: 'error', file: translation.file });
		expect(stale!.hint).toContain('sourceHash: "aaaaaaaaaaaa"');
		const acknowledged = withData(translation, { translation: { ...translation.data.translation!, acknowledgeStale: 'wording only' } });
		expect(run([changed, acknowledged])).toMatchObject([{ ruleId: 'translation-stale', severity: 'warning' }]);
	});

	it('flags a translation that records no source hash', () => {
		const untracked = withData(translation, { translation: undefined });
		expect(run([source, untracked])).toMatchObject([{ ruleId: 'translation-untracked' }]);
	});

	it('prints hashes that YAML would read as numbers so that they stay text when pasted', () => {
		// A float with an exponent, digits only, digits with a leading zero, and an ordinary hash.
		for (const hash of ['73104733e689', '123456789012', '012345678901', '1bea8d6560a8']) {
			const parts = {
				fields: { ...source.translatable.parts.fields, risks: hash.slice(0, 8) },
				sections: { ...source.translatable.parts.sections, risks: '1e345678' },
			};
			const changed = withHash(source, hash, parts);
			const untracked = withData(translation, { translation: undefined });
			for (const problem of [...run([changed, translation]), ...run([changed, untracked])]) {
				const pasted = pastedBlock(problem.hint!).translation;
				expect(pasted.sourceHash, `${problem.ruleId}: ${problem.hint}`).toBe(hash);
				expect(pasted.sourceParts, problem.ruleId).toEqual(parts);
				// Pasted, the block makes the translation current: no problem is left.
				expect(run([changed, withData(translation, { translation: translationSchema.parse(pasted) })])).toEqual([]);
			}
		}
	});

	it('reports a translation made from another language than the source language', () => {
		const fromTurkish = withData(translation, { translation: { ...translation.data.translation!, from: 'tr' } });
		const [problem] = run([source, fromTurkish]);
		expect(problem).toMatchObject({ ruleId: 'translation-from', severity: 'error' });
		expect(problem!.message).toContain('source language, de, not from tr');
		expect(problem!.hint).toContain('`from: de`');
	});

	it('reports facts that differ from the source although the recorded hash is current', () => {
		const risks = translation.data.risks.map((r, i) =>
			i === 3 ? { ...r, frequency: r.frequency === 'rare' ? ('common' as const) : ('rare' as const) } : r,
		);
		const problems = run([source, withData(translation, { risks })]);
		expect(problems).toMatchObject([{ ruleId: 'translation-differs', severity: 'error' }]);
		expect(problems[0]!.message).toContain(`risk 4 ("${source.data.risks[3]!.name.slice(0, 20)}`);
		expect(problems[0]!.message).toContain(`has \`frequency: ${source.data.risks[3]!.frequency}\``);
	});

	it('warns about a version behind the source, but not again for a translation already reported stale', () => {
		const newer = withData(source, { version: '9.0' });
		expect(run([newer, translation])).toMatchObject([{ ruleId: 'translation-version-behind', severity: 'warning' }]);
		expect(run([withHash(newer, 'aaaaaaaaaaaa'), translation])).toMatchObject([{ ruleId: 'translation-stale' }]);
	});

	it('flags unknown reviewers with a suggestion, duplicate slugs and keys, and reserved slugs', () => {
		const problems = run([
			withData(source, { reviewedBy: 'lena-hartman' }),
			{ ...source, file: 'content/articles/de/copy.md', id: 'de/copy' },
			{ ...withData(source, { key: 'other' }), slug: 'impressum', file: 'content/articles/de/impressum.md' },
		]);
		const rules = problems.map((p) => p.ruleId);
		expect(rules).toEqual(expect.arrayContaining(['unknown-physician', 'duplicate-slug', 'duplicate-key', 'reserved-slug']));
		expect(problems.find((p) => p.ruleId === 'unknown-physician')!.hint).toContain('Did you mean "lena-hartmann"?');
	});

	it('warns when the review is older than 12 months, and about a language the clinic does not offer', () => {
		expect(run([source], '2028-01-01')).toMatchObject([{ ruleId: 'review-age', severity: 'warning' }]);
		expect(run([{ ...source, lang: 'fr' }])).toMatchObject([{ ruleId: 'unknown-language', severity: 'error' }]);
	});
});
