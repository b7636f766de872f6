import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isHeadlessShell } from '../browser/find-browser.ts';

/**
 * Raise when the renderer's output changes for the same inputs (PDF options, post-processing), or the
 * build's check of a PDF's text asks for more (a reused PDF is not checked again): every leaflet is
 * then rendered again. 5: the footer's document line on every page. 6: the PDF form (pdf-form.ts).
 */
export const RENDERER_VERSION = 'clinic-publisher-renderer/9';

/**
 * Hash of everything that goes into a leaflet's PDF: the renderer and browser versions and the content
 * of every file the print view loaded (its HTML, stylesheets, fonts, images). Equal hash, equal PDF.
 * `undefined` when one of the files no longer exists (the leaflet must be rendered again).
 */
export async function renderHash(
	root: string,
	inputs: string[],
	rendererId: string,
	fileHashes?: Map<string, string>,
): Promise<string | undefined> {
	const hash = createHash('sha256').update(`${rendererId}\n`);
	for (const input of [...inputs].sort()) {
		const path = join(root, input);
		// Within one run a build's files do not change; shared ones (fonts, CSS) are hashed once.
		let digest = fileHashes?.get(path);
		if (!digest) {
			try {
				digest = createHash('sha256')
					.update(await readFile(path))
					.digest('hex');
			} catch {
				return undefined;
			}
			if (!path.endsWith('.html')) fileHashes?.set(path, digest);
		}
		hash.update(`${input}\n${digest}\n`);
	}
	return hash.digest('hex');
}

const cache = new Map<string, Promise<string>>();

/**
 * "<renderer version> <browser version>[ headless-shell]", e.g. `clinic-publisher-renderer/5 Chromium
 * 156.0.8078.79 headless-shell`. The shell says the same version as the full browser but is another
 * program, so it is named.
 */
export function rendererId(executablePath: string): Promise<string> {
	let id = cache.get(executablePath);
	if (!id) {
		id = promisify(execFile)(executablePath, ['--version'], { timeout: 15_000 })
			.then(
				({ stdout }) => `${RENDERER_VERSION} ${stdout.trim().split('\n')[0]}${isHeadlessShell(executablePath) ? ' headless-shell' : ''}`,
			)
			// A browser that cannot say its version still renders; its leaflets are then never reused.
			.catch(() => `${RENDERER_VERSION} unknown-browser-${Date.now()}`);
		cache.set(executablePath, id);
	}
	return id;
}
