import type { RuleId, RuleParams } from '../problems/problem-catalogue.ts';
import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Article } from './article-model.ts';
import type { FileProblems } from './content-error.ts';
import { createProblem, type ContentProblem } from './content-problem.ts';
import { compareVersions } from './check-translations.ts';
import { closest } from './did-you-mean.ts';
import { leafletTextHash } from './leaflet-text-hash.ts';
import { listLeafletTexts } from './leaflet-texts.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';
import type { LoadedRegister } from './load-register.ts';
import { registerSeal } from './register-seal.ts';

export interface RegisterCheckInput {
	clinic: Clinic;
	ui: Record<string, UiStrings>;
	articles: Article[];
	register: LoadedRegister;
	/** Where a frontmatter field of an article stands. */
	locate: (article: Article, path: (string | number)[]) => { line: number; column: number };
}

/**
 * The register of issued versions against the leaflets: a version names exactly one text. An entry
 * is checked on its own (its seal chains it to the entry before, so an entry edited, moved or removed
 * before it shows; physician; no second entry for one id and version); each leaflet against the
 * entry of its id and version: a different text hash (the text changed, the version did not) or
 * issue date is an error, no entry at all makes the leaflet a draft (one warning per article). An
 * entry of a leaflet that no longer exists is history, not a problem. Pure.
 */
export function checkRegister({ clinic, ui, articles, register, locate }: RegisterCheckInput): FileProblems[] {
	const registerName = register.report.file;
	const registerProblems: ContentProblem[] = [];
	const physicianIds = clinic.physicians.map((p) => p.id);
	const firstLine = new Map<string, number>();
	for (const [i, entry] of register.entries.entries()) {
		const at = register.locate([i]);
		// Chained on the previous entry's recorded seal, so one edit is reported once, at the entry it touched
		// (or, for a removed entry, at the one after it).
		if (entry.seal !== registerSeal(register.entries[i - 1]?.seal ?? '', entry))
			registerProblems.push(createProblem('register-seal-mismatch', register.locate([i, 'seal']), { id: entry.id, version: entry.version }));
		const key = `${entry.id}\n${entry.version}`;
		const earlier = firstLine.get(key);
		if (earlier !== undefined) registerProblems.push(createProblem('register-duplicate', at, { id: entry.id, version: entry.version, line: earlier }));
		else firstLine.set(key, at.line);
		if (!physicianIds.includes(entry.releasedBy))
			registerProblems.push(
				createProblem('register-unknown-physician', register.locate([i, 'releasedBy']), {
					id: entry.releasedBy,
					guess: closest(entry.releasedBy, physicianIds),
					known: physicianIds,
				}),
			);
	}

	const byArticle = new Map<Article, ContentProblem[]>();
	const report = <R extends RuleId>(article: Article, path: string[], ruleId: R, params: RuleParams<R>) =>
		byArticle.set(article, [...(byArticle.get(article) ?? []), createProblem(ruleId, locate(article, path), params)]);
	const published = articles.filter((a) => clinic.languages.includes(a.lang) && ui[a.lang]);
	const drafts = new Map<Article, string[]>();
	const notHigher = new Map<Article, { ids: string[]; released: string; line: number }>();
	for (const leaflet of listLeafletTexts(published, clinic.languages, clinic.sourceLanguage)) {
		// A bilingual form whose source language's strings are broken cannot be hashed; that file has its own error.
		if (leaflet.source && !ui[leaflet.source.lang]) continue;
		const { data } = leaflet.article;
		const index = register.entries.findIndex((e) => e.id === leaflet.id && e.version === data.version);
		if (index === -1) {
			// Versions only go up: a draft at or below a released version of its id ("1.1.0" is "1.1") would
			// give one version number two texts, or make the newer print look older.
			const highest = register.entries
				.map((e, i) => ({ e, i }))
				.filter(({ e }) => e.id === leaflet.id)
				.reduce<{ e: RegisterEntry; i: number } | undefined>((best, x) => (!best || compareVersions(x.e.version, best.e.version) > 0 ? x : best), undefined);
			if (highest && compareVersions(data.version, highest.e.version) <= 0) {
				const before = notHigher.get(leaflet.article);
				const top = before && compareVersions(before.released, highest.e.version) >= 0 ? before : { released: highest.e.version, line: register.locate([highest.i]).line };
				notHigher.set(leaflet.article, { ...top, ids: [...(before?.ids ?? []), leaflet.id] });
				continue;
			}
			drafts.set(leaflet.article, [...(drafts.get(leaflet.article) ?? []), leaflet.id]);
			continue;
		}
		const entry = register.entries[index]!;
		const where = { file: registerName, line: register.locate([index]).line };
		const textHash = leafletTextHash(leaflet, { clinic, ui });
		if (entry.textHash !== textHash)
			report(leaflet.article, ['version'], 'register-text-changed', {
				id: leaflet.id,
				version: entry.version,
				released: entry.releasedAt.slice(0, 10),
				recorded: entry.textHash,
				...where,
			});
		if (entry.issued !== data.issued)
			report(leaflet.article, ['issued'], 'register-issued-changed', { id: leaflet.id, version: entry.version, recorded: entry.issued, ...where });
	}
	// One problem per article (its leaflets share its version), as for drafts.
	for (const [article, { ids, released, line }] of notHigher)
		report(article, ['version'], 'register-version-not-higher', { ids, version: article.data.version, released, file: registerName, line });
	for (const [article, ids] of drafts) report(article, ['version'], 'leaflet-draft', { version: article.data.version, ids });

	return [
		...(registerProblems.length > 0 ? [{ file: registerName, problems: registerProblems }] : []),
		...[...byArticle].map(([article, problems]) => ({ file: article.file, problems })),
	];
}
