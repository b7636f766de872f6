import { getCollection } from 'astro:content';
import { join, relative } from 'node:path';
import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Article } from '../content/article-model.ts';
import { assertNoErrors } from '../content/content-error.ts';
import { contentDir } from '../content/content-dir.ts';
import { checkLanguages } from '../content/check-languages.ts';
import { checkTree } from '../content/check-tree.ts';
import { loadArticleFile, locateArticleField } from '../content/load-articles.ts';
import { clinicFile, loadSettings } from '../content/load-settings.ts';
import { loadRegister } from '../content/load-register.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';
import { listLeaflets, type Leaflet } from '../leaflets/leaflet-model.ts';

export interface Site {
	clinic: Clinic;
	ui: Record<string, UiStrings>;
	/** Languages in the clinic's order; the first is the default. */
	languages: string[];
	articles: Article[];
	/** Every consent form and aftercare sheet, in a stable order. */
	leaflets: Leaflet[];
	/** Languages with a privacy page (`content/pages/<lang>/privacy.md(x)`): only these link one. */
	privacyLanguages: string[];
	/** The register of issued leaflet versions (content/leaflet-register.yaml), oldest first. */
	register: RegisterEntry[];
}

let cached: Promise<Site> | undefined;

/**
 * Everything the pages need, loaded once per build: the articles from Astro's content collection
 * (validated by the same zod schema), modelled by the same code as the leaflets and `npm run check`.
 */
export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Site> {
	const dir = contentDir();
	const { clinic, ui, locateClinic } = loadSettings(dir);
	const entries = await getCollection('articles');
	const privacyPages = await getCollection('pages', (e) => e.data.page === 'privacy');
	const privacyLanguages = clinic.languages.filter((lang) => privacyPages.some((e) => e.id.split('/')[0] === lang));
	const loaded = entries
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((entry) => loadArticleFile(join(process.cwd(), entry.filePath!), entry.data, import.meta.env.BASE_URL));
	const articles = loaded.flatMap((l) => l.article ?? []);
	const today = new Date().toISOString().slice(0, 10);
	// The pages print the clinic's per-language texts without a fallback: a missing one stops the build
	// here, at its line, also when `npm run check` was skipped (build:site, dev).
	const languages = checkLanguages({
		clinic,
		clinicFile: relative(process.cwd(), clinicFile(dir)) || clinicFile(dir),
		locate: locateClinic,
	});
	assertNoErrors([...loaded.map((l) => l.report), ...checkTree({ clinic, ui, articles, locate: locateArticleField, today }), ...languages]);
	const published = articles.filter((a) => clinic.languages.includes(a.lang));
	const register = loadRegister(dir);
	assertNoErrors([register.report]);
	const leaflets = listLeaflets(published, clinic.languages, { clinic, ui, register: register.entries }, clinic.sourceLanguage);
	return { clinic, ui, languages: clinic.languages, articles: published, leaflets, register: register.entries, privacyLanguages };
}

/** The article in every language it exists in, in the clinic's language order. */
export function translationsOf(site: Site, key: string): Article[] {
	return site.languages.flatMap((lang) => site.articles.find((a) => a.key === key && a.lang === lang) ?? []);
}

export function articlesIn(site: Site, lang: string): Article[] {
	return site.articles.filter((a) => a.lang === lang).sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
}
