import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LEAFLETS_SEGMENT } from '../i18n/routes.ts';
import type { LeafletJob, RenderedLeaflet } from './render-leaflets.ts';

export const MANIFEST_FILE = 'leaflets.json';

/**
 * A path of the built site as the manifest records it: `/`-separated from the site's root, e.g.
 * `/de/leaflets/x-consent/index.html`. A segment that is empty, `.` or `..`, or holds a backslash or
 * a control character could name a file outside the folder the manifest belongs to: refused.
 */
export const sitePathSchema = z.string().refine(
	(path) => {
		if (!path.startsWith('/')) return false;
		const segments = path.slice(1).split('/');
		if (segments.at(-1) === '') segments.pop(); // a folder: `/de/leaflets/x-consent/`
		return segments.length > 0 && segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\\u0000-\u001f\u007f]/.test(s));
	},
	{ error: 'must be a path inside the site, starting with "/", without "..", "." or empty segments' },
);

/** A leaflet PDF sits at `/<lang>/leaflets/<name>.pdf` (see leafletPdfPath); no other file may be named. */
const pdfPathSchema = sitePathSchema.refine((path) => new RegExp(`^/[^/]+/${LEAFLETS_SEGMENT}/[^/]+\\.pdf$`).test(path), {
	error: `must be a leaflet PDF of the site, /<lang>/${LEAFLETS_SEGMENT}/<name>.pdf`,
});

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));

export const manifestEntrySchema = z.object({
	id: z.string().min(1),
	renderHash: hex(64),
	inputs: z.array(sitePathSchema),
	renderer: z.string(),
	key: z.string(),
	kind: z.string(),
	lang: z.string(),
	title: z.string(),
	version: z.string(),
	issued: z.string(),
	checksum: z.string(),
	pages: z.number().int().nonnegative(),
	bytes: z.number().int().nonnegative(),
	sha256: hex(64),
	pdf: pdfPathSchema,
	view: sitePathSchema,
});

export const manifestSchema = z.object({
	leaflets: z.array(manifestEntrySchema),
	/** Present in the output of a sharded run: which part it is, and every leaflet id of the whole site. */
	shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1), ids: z.array(z.string()) }).optional(),
});

export type LeafletManifest = z.infer<typeof manifestSchema>;

// The renderer's record and the manifest's entry are one shape: a change to either fails the type check.
const _sameShape: [RenderedLeaflet, z.infer<typeof manifestEntrySchema>] extends [z.infer<typeof manifestEntrySchema>, RenderedLeaflet] ? true : never = true;
void _sameShape;

/** A manifest that exists but cannot be used: not JSON, or not the manifest's shape. */
export class ManifestError extends Error {
	readonly file: string;
	constructor(file: string, reason: string) {
		super(`${file} is damaged: ${reason}`);
		this.file = file;
	}
}

/** The manifest in `root`; an empty one when there is none. Throws ManifestError when it is damaged. */
export async function readManifest(root: string): Promise<LeafletManifest> {
	const file = join(root, MANIFEST_FILE);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { leaflets: [] };
		throw new ManifestError(file, (error as Error).message);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ManifestError(file, `not valid JSON (${(error as Error).message})`);
	}
	const result = manifestSchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new ManifestError(file, `${issue.path.join('.') || 'the file'} ${issue.message}${result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem(s))` : ''}`);
	}
	return result.data;
}

/**
 * The manifest after a run: rendered leaflets replace their entries, failed ones are dropped (their PDF
 * was removed), and leaflets that no longer exist are dropped. Order follows `allJobs`. Pure.
 */
export function mergeManifest(previous: LeafletManifest, allJobs: LeafletJob[], rendered: RenderedLeaflet[], failedIds: string[]): LeafletManifest {
	const byId = new Map(previous.leaflets.map((l) => [l.id, l]));
	for (const leaflet of rendered) byId.set(leaflet.id, leaflet);
	for (const id of failedIds) byId.delete(id);
	return { leaflets: allJobs.flatMap((job) => byId.get(job.id) ?? []) };
}

export async function writeManifest(root: string, manifest: LeafletManifest): Promise<void> {
	const file = join(root, MANIFEST_FILE);
	await writeFile(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
	await rename(`${file}.tmp`, file);
}
