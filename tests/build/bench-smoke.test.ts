import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A tiny run of the benchmark, so the script keeps working; the real figures are in BENCHMARKS.md.
describe('npm run bench (smoke run)', () => {
	it('measures every stage on a tiny synthetic tree and writes its figures', () => {
		// In the test run's temporary folder, removed when the run ends (tests/support/temp-root.ts).
		const json = join(mkdtempSync(join(tmpdir(), 'clinic-bench-test-')), 'bench.json');
		const bareProjects = () => readdirSync(tmpdir()).filter((name) => name.startsWith('bare-astro-')).length;
		const bareBefore = bareProjects();
		const run = spawnSync(process.execPath, ['scripts/bench.ts', '--articles', '2', '--languages', '2', '--json', json], {
			encoding: 'utf8',
			timeout: 230_000,
		});
		expect(run.status, run.stderr).toBe(0);
		const result = JSON.parse(readFileSync(json, 'utf8'));
		// 2 articles × 2 languages × (consent, aftercare) + a bilingual consent form per translation
		expect(result.size).toMatchObject({ articles: 2, languages: 2, leaflets: 10 });
		expect(result.medians.noChangeRendered).toBe(0);
		// The bench edits one English article: its consent form, aftercare sheet and bilingual consent form.
		expect(result.medians.oneChangedRendered).toBe(3);
		for (const key of [
			'siteSeconds',
			'leafletSeconds',
			'baselineSeconds',
			'bareAstroSeconds',
			'leafletsPerSecond',
			'baselineLeafletsPerSecond',
		]) {
			expect(result.medians[key], key).toBeGreaterThan(0);
		}
		// Memory is sampled from the process tree: the site build's Node, the leaflet stage's Node and browser.
		for (const key of ['siteNodeMiB', 'siteTotalMiB', 'leafletNodeMiB', 'leafletBrowserMiB', 'leafletTotalMiB']) {
			expect(result.medians[key], key).toBeGreaterThan(0);
		}
		expect(result.medians.leafletTotalMiB).toBeGreaterThanOrEqual(result.medians.leafletBrowserMiB);
		if (process.platform === 'linux') expect(result.medians.memoryMeasure).toBe('PSS');
		expect(run.stdout).toContain('leaflet stage');
		expect(run.stdout).toContain('naive baseline');
		// The bare Astro project is a temporary folder and goes when measured.
		expect(bareProjects()).toBe(bareBefore);
	});

	it('refuses an unknown stage name for --skip before doing any work', () => {
		const run = spawnSync(process.execPath, ['scripts/bench.ts', '--skip', 'baseline,leaflet'], { encoding: 'utf8', timeout: 30_000 });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--skip takes a comma-separated list of: leaflets, baseline, rebuilds, bare (not "leaflet")');
	});
});
