import { createHash } from 'node:crypto';
import { shardSchema, UsageError } from '../cli/parse-cli.ts';
import type { Article } from '../content/article-model.ts';
import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';
import { leafletLabel, listLeaflets, type Leaflet } from './leaflet-model.ts';
import { leafletExpectedText } from './leaflet-expected-text.ts';
import type { LeafletJob } from '../schemas/leaflet-manifest.ts';

export interface LeafletFilter {
	lang?: string[];
	/** Article keys or slugs. */
	article?: string[];
	kind?: string[];
}

/** The render jobs for the site's leaflets, the same list the Astro build makes print views for. */
export function leafletJobs(input: {
	clinic: Clinic;
	ui: Record<string, UiStrings>;
	articles: Article[];
	/** The register of issued versions: which leaflets are released, which are drafts. */
	register: readonly RegisterEntry[];
}): LeafletJob[] {
	const published = input.articles.filter((a) => input.clinic.languages.includes(a.lang));
	return listLeaflets(published, input.clinic.languages, input, input.clinic.sourceLanguage).map((leaflet) =>
		toJob(leaflet, input.clinic, input.ui),
	);
}

export function toJob(leaflet: Leaflet, clinic: Clinic, uiByLang: Record<string, UiStrings>): LeafletJob {
	const { data } = leaflet.article;
	const ui = uiByLang[leaflet.lang]!;
	return {
		id: leaflet.id,
		key: leaflet.article.key,
		slug: leaflet.slug,
		kind: leaflet.kind,
		lang: leaflet.lang,
		title: `${leafletLabel(leaflet.kind, ui)}: ${data.title}`,
		subject: data.description,
		author: clinic.name,
		version: data.version,
		issued: data.issued,
		textHash: leaflet.textHash,
		draft: !leaflet.release,
		viewPath: leaflet.viewPath,
		pdfPath: leaflet.pdfPath,
		expected: leafletExpectedText(leaflet, uiByLang),
	};
}

/** Keeps the jobs that match every given filter; an unknown filter value is an error, not an empty run. */
export function filterJobs(jobs: LeafletJob[], filter: LeafletFilter): LeafletJob[] {
	const check = (name: string, wanted: string[] | undefined, known: string[]) => {
		const unknown = (wanted ?? []).filter((w) => !known.includes(w));
		if (unknown.length > 0)
			throw new UsageError(`Unknown --${name} ${unknown.join(', ')}; known: ${[...new Set(known)].sort().join(', ')}.`);
	};
	check(
		'lang',
		filter.lang,
		jobs.map((j) => j.lang),
	);
	check(
		'article',
		filter.article,
		jobs.flatMap((j) => [j.key, j.slug]),
	);
	check(
		'kind',
		filter.kind,
		jobs.map((j) => j.kind),
	);
	return jobs.filter(
		(j) =>
			(!filter.lang?.length || filter.lang.includes(j.lang)) &&
			(!filter.article?.length || filter.article.includes(j.key) || filter.article.includes(j.slug)) &&
			(!filter.kind?.length || filter.kind.includes(j.kind)),
	);
}

/** Part `index` (1-based) of `count` parts: `--shard 2/3`. */
export interface Shard {
	index: number;
	count: number;
}

export function parseShard(value: string): Shard {
	const result = shardSchema.safeParse(value);
	if (!result.success) throw new UsageError(`--shard ${result.error.issues[0]!.message} (got "${value}").`);
	return result.data;
}

/**
 * A stable part of the leaflets: each leaflet goes to the shard its id hashes to, so adding or removing
 * an article moves no other leaflet to another shard. Together the shards cover every leaflet exactly once.
 */
export function shardJobs(jobs: LeafletJob[], shard: Shard): LeafletJob[] {
	return jobs.filter((job) => createHash('sha256').update(job.id).digest().readUInt32BE(0) % shard.count === shard.index - 1);
}
