import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LeafletJob, RenderedLeaflet } from './render-leaflets.ts';

export const MANIFEST_FILE = 'leaflets.json';

export interface LeafletManifest {
	leaflets: RenderedLeaflet[];
	/** Present in the output of a sharded run: which part it is, and every leaflet id of the whole site. */
	shard?: { index: number; count: number; ids: string[] };
}

export async function readManifest(root: string): Promise<LeafletManifest> {
	try {
		return JSON.parse(await readFile(join(root, MANIFEST_FILE), 'utf8')) as LeafletManifest;
	} catch {
		return { leaflets: [] };
	}
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
