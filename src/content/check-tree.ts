import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Article } from './article-model.ts';
import type { ContentProblem } from './content-problem.ts';
import type { FileProblems } from './content-error.ts';
import { closest } from './did-you-mean.ts';
import { LEAFLETS_SEGMENT } from '../routes/routes.ts';
import { checkReferences, knownPages } from './check-references.ts';

export interface TreeInput {
	clinic: Clinic;
	ui: Record<string, UiStrings>;
	articles: Article[];
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
export function checkTree({ clinic, ui, articles, locate, today, privacyLanguages = [], publicFileExists = () => true }: TreeInput): FileProblems[] {
	const byFile = new Map<string, ContentProblem[]>();
	const report = (article: Article, path: (string | number)[], problem: Omit<ContentProblem, 'line' | 'column'>) => {
		const list = byFile.get(article.file) ?? [];
		list.push({ ...locate(article, path), ...problem });
		byFile.set(article.file, list);
	};
	const physicianIds = clinic.physicians.map((p) => p.id);

	for (const article of articles) {
		if (!clinic.languages.includes(article.lang)) {
			report(article, [], { severity: 'error', ruleId: 'unknown-language', message: `The folder language "${article.lang}" is not offered by the clinic.`, hint: `Add "${article.lang}" to \`languages\` in content/clinic.yaml (and create content/ui/${article.lang}.yaml), or move the file to one of: ${clinic.languages.join(', ')}.` });
			continue;
		}
		if (!physicianIds.includes(article.data.reviewedBy)) {
			const guess = closest(article.data.reviewedBy, physicianIds);
			report(article, ['reviewedBy'], { severity: 'error', ruleId: 'unknown-physician', message: `\`reviewedBy\`: no physician "${article.data.reviewedBy}" in content/clinic.yaml.`, hint: `${guess ? `Did you mean "${guess}"? ` : ''}Known ids: ${physicianIds.join(', ')}.` });
		}
		const strings = ui[article.lang];
		const reserved = [...(strings ? Object.values(strings.slugs) : []), LEAFLETS_SEGMENT];
		if (reserved.includes(article.slug)) {
			report(article, ['slug'], { severity: 'error', ruleId: 'reserved-slug', message: `The slug "${article.slug}" is already used by a fixed page.`, hint: 'Choose another slug (set `slug:` or rename the file).' });
		}
		const ageDays = (Date.parse(today) - Date.parse(article.data.reviewed)) / 86_400_000;
		if (ageDays > REVIEW_MAX_AGE_DAYS) {
			report(article, ['reviewed'], { severity: 'warning', ruleId: 'review-age', message: `The last medical review (${article.data.reviewed}) is more than 12 months old.`, hint: 'Have the article reviewed again and update `reviewed` (and `version`/`issued` if the text changes).' });
		}
		if (article.data.reviewed > today || article.data.issued > today) {
			report(article, [article.data.reviewed > today ? 'reviewed' : 'issued'], { severity: 'warning', ruleId: 'future-date', message: 'This date lies in the future.', hint: 'Check the year.' });
		}
	}

	for (const lang of clinic.languages) {
		const inLang = articles.filter((a) => a.lang === lang);
		for (const [field, value] of [['slug', (a: Article) => a.slug], ['key', (a: Article) => a.key]] as const) {
			const seen = new Map<string, Article>();
			for (const article of inLang) {
				const first = seen.get(value(article));
				if (first) {
					report(article, [field], { severity: 'error', ruleId: `duplicate-${field}`, message: `The ${field} "${value(article)}" is also used by ${first.file}.`, hint: field === 'key' ? 'Each treatment exists once per language; a translation goes into another language folder.' : 'Slugs must be unique within a language; choose another one.' });
				} else seen.set(value(article), article);
			}
		}
	}

	// Hashes are printed in quotes: unquoted, YAML reads a hash such as 73104733e689 (a float) or 123456789012
	// as a number, which the schema then rejects or, worse, one of the two YAML readers reads differently.
	for (const article of articles) {
		if (article.lang === clinic.sourceLanguage) continue;
		const source = articles.find((a) => a.key === article.key && a.lang === clinic.sourceLanguage);
		const translation = article.data.translation;
		if (!source) continue;
		if (!translation?.sourceHash) {
			report(article, ['translation'], { severity: 'error', ruleId: 'translation-untracked', message: `This translation does not record which version of ${source.file} it was made from.`, hint: `Add \`translation: { from: ${source.lang}, sourceHash: "${source.hash}" }\` once it matches the current source.` });
		} else if (translation.sourceHash !== source.hash) {
			report(article, ['translation', 'sourceHash'], {
				severity: translation.acknowledgeStale ? 'warning' : 'error',
				ruleId: 'translation-stale',
				message: `Stale translation: ${source.file} changed since this was translated (recorded ${translation.sourceHash}, now ${source.hash}).`,
				hint: translation.acknowledgeStale
					? `Published anyway because of \`acknowledgeStale\`: "${translation.acknowledgeStale}". Update the translation soon.`
					: `Update the translation, then set \`sourceHash: "${source.hash}"\`. To publish unchanged, add \`acknowledgeStale: <reason>\` under \`translation\`.`,
			});
		}
	}
	const context = { clinic, ui, articles, privacyLanguages, publicFileExists };
	const pages = knownPages(context);
	for (const article of articles) {
		const problems = checkReferences(article, context, pages);
		if (problems.length > 0) byFile.set(article.file, [...(byFile.get(article.file) ?? []), ...problems]);
	}
	return [...byFile].map(([file, problems]) => ({ file, problems }));
}
