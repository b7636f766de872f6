import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Article } from './article-model.ts';
import type { UnloadedArticle } from './load-articles.ts';
import type { ContentProblem } from './content-problem.ts';
import type { RuleId, RuleParams } from '../problems/problem-catalogue.ts';
import { createProblem, type ProblemOptions } from '../problems/problem.ts';
import type { FileProblems } from './content-error.ts';
import { closest } from './did-you-mean.ts';
import { LEAFLETS_SEGMENT } from '../routes/routes.ts';
import { checkReferences, knownPages } from './check-references.ts';
import { checkTranslations } from './check-translations.ts';

export interface TreeInput {
	clinic: Clinic;
	ui: Record<string, UiStrings>;
	articles: Article[];
	/** Article files that failed to load (reported at themselves): a translation of one has a source, just a broken one. */
	unloaded?: readonly UnloadedArticle[];
	/** Where a frontmatter field of an article stands, for problems about it. */
	locate: (article: Article, path: (string | number)[]) => { line: number; column: number };
	/** Today, as `YYYY-MM-DD`, for review-age warnings. */
	today: string;
	/** Languages that have a privacy page (links to it are valid). */
	privacyLanguages?: string[];
	/** Whether a file exists in `public/`; without it, image paths are not checked. */
	publicFileExists?: (path: string) => boolean;
}

const REVIEW_MAX_AGE_DAYS = 365;


/**
 * Rules that need more than one file: languages, reviewers, unique slugs and keys, reserved slugs,
 * translations against their source, review age. Pure; the build and `npm run check` both run it.
 */
export function checkTree({ clinic, ui, articles, unloaded = [], locate, today, privacyLanguages = [], publicFileExists = () => true }: TreeInput): FileProblems[] {
	const byFile = new Map<string, ContentProblem[]>();
	const report = <R extends RuleId>(article: Article, path: (string | number)[], ruleId: R, params: RuleParams<R>, options?: ProblemOptions) => {
		const list = byFile.get(article.file) ?? [];
		list.push(createProblem(ruleId, locate(article, path), params, options));
		byFile.set(article.file, list);
	};
	const physicianIds = clinic.physicians.map((p) => p.id);

	for (const article of articles) {
		if (!clinic.languages.includes(article.lang)) {
			report(article, [], 'unknown-language', { lang: article.lang, languages: clinic.languages, area: 'article' });
			continue;
		}
		if (!physicianIds.includes(article.data.reviewedBy)) {
			const guess = closest(article.data.reviewedBy, physicianIds);
			report(article, ['reviewedBy'], 'unknown-physician', { id: article.data.reviewedBy, guess, known: physicianIds });
		}
		const strings = ui[article.lang];
		const reserved = [...(strings ? Object.values(strings.slugs) : []), LEAFLETS_SEGMENT];
		if (reserved.includes(article.slug)) {
			report(article, ['slug'], 'reserved-slug', { slug: article.slug });
		}
		const ageDays = (Date.parse(today) - Date.parse(article.data.reviewed)) / 86_400_000;
		if (ageDays > REVIEW_MAX_AGE_DAYS) {
			report(article, ['reviewed'], 'review-age', { reviewed: article.data.reviewed });
		}
		if (article.data.reviewed > today || article.data.issued > today) {
			report(article, [article.data.reviewed > today ? 'reviewed' : 'issued'], 'future-date', {});
		}
	}

	for (const lang of clinic.languages) {
		const inLang = articles.filter((a) => a.lang === lang);
		for (const [field, value] of [['slug', (a: Article) => a.slug], ['key', (a: Article) => a.key]] as const) {
			const seen = new Map<string, Article>();
			for (const article of inLang) {
				const first = seen.get(value(article));
				if (first) {
					if (field === 'key') report(article, [field], 'duplicate-key', { key: value(article), other: first.file });
					else report(article, [field], 'duplicate-slug', { slug: value(article), other: first.file });
				} else seen.set(value(article), article);
			}
		}
	}

	for (const { article, problem } of checkTranslations({ clinic, articles: articles.filter((a) => clinic.languages.includes(a.lang)), unloaded, locate })) {
		byFile.set(article.file, [...(byFile.get(article.file) ?? []), problem]);
	}
	const context = { clinic, ui, articles, privacyLanguages, publicFileExists };
	const pages = knownPages(context);
	for (const article of articles) {
		const problems = checkReferences(article, context, pages);
		if (problems.length > 0) byFile.set(article.file, [...(byFile.get(article.file) ?? []), ...problems]);
	}
	return [...byFile].map(([file, problems]) => ({ file, problems }));
}
