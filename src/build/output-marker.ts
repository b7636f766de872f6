import { lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES } from '../routes/routes.ts';
import { manifestSchema } from '../schemas/leaflet-manifest.ts';
import { readRegularFileSync } from './read-regular-file.ts';

/**
 * The file every output of this project carries (Astro builds, `npm run build`, merges). Only a folder
 * holding it may be replaced or written into: without it, the folder may be a user's files.
 */
export const OUTPUT_MARKER = '.clinic-publisher-build';

/** The folder next to an output that holds builds in progress (`out-<pid>-<random>`). */
export const STAGING_DIR = '.build-tmp';

const text = 'Made by the clinic publisher build. A folder with this file may be replaced by the next build.\n';

export function writeOutputMarker(dir: string): void {
	writeFileSync(join(dir, OUTPUT_MARKER), text);
}

export function hasOutputMarker(dir: string): boolean {
	try {
		// lstat: a link named like the marker (to any file) does not make a folder the build's own.
		return lstatSync(join(dir, OUTPUT_MARKER)).isFile();
	} catch {
		return false;
	}
}

/**
 * The folder is an output of this project: it holds the marker, or it is the `dist/` of a version made
 * before the marker existed (a built site with a leaflet manifest that the manifest schema accepts).
 * Without the second case, every clinic's first build after an update would refuse its own `dist/`.
 */
export function isProjectOutput(dir: string): boolean {
	if (hasOutputMarker(dir)) return true;
	try {
		if (!lstatSync(join(dir, 'index.html')).isFile()) return false;
		// Not followed if a link, never read if a FIFO or device (that would block the build for good).
		const text = readRegularFileSync(join(dir, MANIFEST_FILE), MAX_MANIFEST_BYTES).toString('utf8');
		return manifestSchema.safeParse(JSON.parse(text)).success;
	} catch {
		return false;
	}
}
