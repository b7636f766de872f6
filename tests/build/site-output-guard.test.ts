import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/build/astro-cache-dir.ts';
import { fixtureContent } from '../support/build-site.ts';

// `npm run build:site` is a bare `astro build`: the project's Astro integration guards its outDir like npm run build.
describe('astro build (npm run build:site) never empties a folder it did not make', () => {
	it.each([
		['a folder of user files', (victim: string) => victim],
		[
			'a link to a folder of user files (as a dist/ that links elsewhere)',
			(victim: string) => {
				const link = join(victim, '..', 'dist');
				symlinkSync(victim, link);
				return link;
			},
		],
	])(
		'--outDir %s: refused with a clear message, every file kept',
		(_, outDirOf) => {
			const root = mkdtempSync(join(tmpdir(), 'clinic-site-guard-'));
			const victim = join(root, 'victim');
			mkdirSync(join(victim, 'sub'), { recursive: true });
			writeFileSync(join(victim, 'sub', 'precious.txt'), 'precious');
			writeFileSync(join(victim, 'index.html'), '<p>my own page</p>');
			const content = fixtureContent('site');
			try {
				const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDirOf(victim)], {
					encoding: 'utf8',
					env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
					timeout: 240_000,
				});
				expect(run.status, run.stdout + run.stderr).toBe(1);
				expect(run.stderr).toMatch(/Refusing --outDir=.*: it holds files that no build of this project made .*Nothing was changed/);
				expect(readdirSync(victim, { recursive: true, encoding: 'utf8' }).sort()).toEqual([
					'index.html',
					'sub',
					join('sub', 'precious.txt'),
				]);
				expect(readFileSync(join(victim, 'sub', 'precious.txt'), 'utf8')).toBe('precious');
			} finally {
				rmSync(astroCacheDir(content), { recursive: true, force: true });
			}
		},
		300_000,
	);
});
