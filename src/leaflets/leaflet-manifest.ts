import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readRegularFile } from '../build/read-regular-file.ts';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES } from '../routes/routes.ts';
import { manifestSchema, type LeafletJob, type LeafletManifest, type RenderedLeaflet } from '../schemas/leaflet-manifest.ts';

/** A manifest that exists but cannot be used: not JSON, or not the manifest's shape. */
export class ManifestError extends Error {
	readonly file: string;
	constructor(file: string, reason: string) {
		// The reason may be a sentence of its own; its full stop is the message's.
		super(`${file} is damaged: ${reason.replace(/\.$/, '')}`);
		this.file = file;
	}
}

/** The manifest in `root`; an empty one when there is none. Throws ManifestError when it is damaged. */
export async function readManifest(root: string): Promise<LeafletManifest> {
	const file = join(root, MANIFEST_FILE);
	let text: string;
	try {
		text = (await readRegularFile(file, MAX_MANIFEST_BYTES)).toString('utf8');
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
		throw new ManifestError(
			file,
			`${issue.path.join('.') || 'the file'} ${issue.message}${result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem(s))` : ''}`,
		);
	}
	return result.data;
}

/**
 * The manifest after a run: rendered leaflets replace their entries, failed ones are dropped (their PDF
 * was removed), and leaflets that no longer exist are dropped. Order follows `allJobs`. Pure.
 */
export function mergeManifest(
	previous: LeafletManifest,
	allJobs: LeafletJob[],
	rendered: RenderedLeaflet[],
	failedIds: string[],
): LeafletManifest {
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
