// @ts-check
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { astroCacheDir } from './src/build/astro-cache-dir.ts';
import { outputMarkerIntegration } from './src/build/output-marker-integration.ts';
import { dropRawHtmlIntegration } from './src/content/drop-raw-html.ts';
import { parseEnv } from './src/cli/parse-cli.ts';

// The public address comes from the clinic profile; SITE_BASE deploys under a sub-path (e.g. /praxis/).
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const { siteUrl } = /** @type {{ siteUrl?: string } | undefined} */ (load(readFileSync(resolve(contentDir, 'clinic.yaml'), 'utf8'))) ?? {};

/** @type {import('astro').AstroUserConfig} */
export default {
	site: siteUrl,
	// One content data store per content tree (see src/build/astro-cache-dir.ts).
	cacheDir: astroCacheDir(contentDir),
	// Checked here too: `npm run build:site` and `npm run dev` start Astro without the scripts' checks.
	base: parseEnv(['SITE_BASE']).SITE_BASE ?? '/',
	trailingSlash: 'always',
	// The marker lets `npm run leaflets` and later builds tell this project's output from a user's folder.
	// Pages (.md, .mdx) are rendered without raw HTML, JSX, expressions or import/export, even unchecked.
	integrations: [dropRawHtmlIntegration(), mdx(), outputMarkerIntegration()],
	build: {
		format: 'directory',
		// Pages render while earlier ones are still being written: on 2 cores about 15 % faster at
		// 100 articles × 3 languages than one page at a time (BENCHMARKS.md). Output does not depend on it.
		concurrency: 8,
		// External stylesheets only: a strict Content-Security-Policy needs no 'unsafe-inline'.
		inlineStylesheets: 'never',
	},
	// The site ships no client JavaScript; prefetching would add some.
	prefetch: false,
	devToolbar: { enabled: false },
	vite: {
		server: { watch: { ignored: ['**/dist/**', '**/.build-tmp/**'] } },
		build: {
			// Fonts and images stay files, never inlined data: URLs, which the Content-Security-Policy forbids.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's MDX modules carry a directive the bundler warns about on every build; it is harmless.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
};
