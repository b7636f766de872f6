import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveSitePath } from '../browser/site-path.ts';
import type { HTTPRequest, Page } from 'puppeteer';

/** The made-up origin print views are loaded from; it never reaches the network. */
export const PRINT_ORIGIN = 'http://leaflets.invalid';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
};

/** What one navigation asked for: the build files it loaded (its inputs) and any problems. */
export interface ServedRequests {
	problems: string[];
	/** Build-relative paths of every file served, e.g. `/de/leaflets/x-consent/index.html`. */
	inputs: Set<string>;
}

/**
 * Answers every request of `page` from the files of the build in `root`, and blocks everything else:
 * a print view that asks for another host, or for a file the build does not have, fails its leaflet.
 * Returns what the current navigation requested (the caller clears it before each navigation).
 * Files are cached in memory: every leaflet loads the same fonts and stylesheets.
 */
export async function serveBuildTo(page: Page, root: string, base: string, cache = new Map<string, Buffer>()): Promise<ServedRequests> {
	const problems: string[] = [];
	const inputs = new Set<string>();
	await page.setRequestInterception(true);
	page.on('request', (request: HTTPRequest) => {
		void answer(request).catch((error: unknown) => {
			problems.push(`${request.url()}: ${String(error)}`);
			if (!request.isInterceptResolutionHandled()) void request.abort('failed');
		});
	});
	async function answer(request: HTTPRequest): Promise<void> {
		const url = request.url();
		if (url.startsWith('data:')) return request.continue();
		if (!url.startsWith(`${PRINT_ORIGIN}${base}`)) {
			problems.push(`blocked a request to another host: ${url}`);
			return request.abort('blockedbyclient');
		}
		const site = resolveSitePath(root, base, new URL(url).pathname);
		if (!site.ok) {
			problems.push(`blocked ${url}: ${site.reason}`);
			return request.abort('accessdenied');
		}
		const { file, path } = site;
		try {
			let body = cache.get(file);
			if (!body) {
				body = await readFile(file);
				// Print views change between builds; shared assets (fonts, CSS) are what is worth keeping.
				if (!file.endsWith('.html')) cache.set(file, body);
			}
			inputs.add(path);
			return request.respond({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body });
		} catch {
			problems.push(`the build has no file for ${url}`);
			return request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
		}
	}
	return { problems, inputs };
}
