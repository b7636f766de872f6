import { lstatSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSafeOutput, UnsafeOutputError } from './output-guard.ts';
import { writeOutputMarker } from './output-marker.ts';

/**
 * Set by startAstroBuild() to the folder publishDir() made for this build in the staging folder, which
 * the guard refuses for any other use. Only an empty folder of that exact path is let through.
 */
export const STAGED_OUT_DIR_ENV = 'CLINIC_PUBLISHER_STAGED_OUT_DIR';

/**
 * Astro integration: `astro build` (also `npm run build:site` and the benchmark's site stage) marks its
 * output, so that `npm run leaflets` and a later build recognise it as the project's own. Before that,
 * at astro:build:start (before Astro empties `outDir`), the same guard as `npm run build`: a bare
 * `astro build --outDir <folder of user files>`, or a `dist` that links to one, is refused unchanged.
 */
export function outputMarkerIntegration() {
	let outDir: string | undefined;
	return {
		name: 'clinic-publisher-output-marker',
		hooks: {
			'astro:config:done': ({ config }: { config: { outDir: URL } }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				if (outDir !== undefined) assertAstroOutDir(outDir);
			},
			'astro:build:done': ({ dir }: { dir: URL }) => writeOutputMarker(fileURLToPath(dir)),
		},
	};
}

function assertAstroOutDir(outDir: string, env: NodeJS.ProcessEnv = process.env): void {
	const staged = env[STAGED_OUT_DIR_ENV];
	if (staged !== undefined && resolve(staged) === resolve(outDir) && isEmptyFolder(outDir)) return;
	try {
		assertSafeOutput(outDir, { label: '--outDir', mode: 'replace' });
	} catch (error) {
		// Astro would print a stack trace; the message says all there is to say.
		if (error instanceof UnsafeOutputError) {
			console.error(`\n${error.message}\n`);
			process.exit(1);
		}
		throw error;
	}
}

function isEmptyFolder(dir: string): boolean {
	try {
		return lstatSync(dir).isDirectory() && readdirSync(dir).length === 0;
	} catch {
		return false;
	}
}
