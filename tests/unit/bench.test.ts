import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from '../../src/bench/bench-options.ts';
import { benchReport } from '../../src/bench/bench-report.ts';
import { benchSummary } from '../../src/bench/bench-summary.ts';
import type { RunFigures } from '../../src/bench/measure-run.ts';
import { UsageError } from '../../src/cli/parse-cli.ts';

describe('bench options', () => {
	it('has the documented defaults and takes every flag', () => {
		expect(parseBenchOptions([])).toEqual({
			articles: 100,
			languages: 3,
			runs: 1,
			json: 'bench-results.json',
			keep: false,
			force: false,
			skip: new Set(),
		});
		expect(
			parseBenchOptions([
				'--articles',
				'2',
				'--languages',
				'4',
				'--runs',
				'3',
				'--json',
				'x.json',
				'--keep',
				'--skip',
				'rebuilds',
				'--skip',
				'bare',
			]),
		).toEqual({ articles: 2, languages: 4, runs: 3, json: 'x.json', keep: true, force: false, skip: new Set(['rebuilds', 'bare']) });
	});

	it('skips the baseline with the leaflet stage: it prints the print views the leaflet stage listed', () => {
		expect([...parseBenchOptions(['--skip', 'leaflets,rebuilds']).skip]).toEqual(['leaflets', 'rebuilds', 'baseline']);
	});

	it('refuses an unknown stage, a count that is no positive whole number and an unknown flag, naming each', () => {
		expect(() => parseBenchOptions(['--skip', 'baseline,leaflet'])).toThrow(
			'--skip takes a comma-separated list of: leaflets, baseline, rebuilds, bare (not "leaflet")',
		);
		for (const bad of ['0', '-1', '2.5', 'many', ''])
			expect(() => parseBenchOptions([`--runs=${bad}`]), bad).toThrow(/--runs takes a positive whole number/);
		expect(() => parseBenchOptions(['--article', '3'])).toThrow(UsageError);
	});
});

describe('bench summary and report', () => {
	const run = (siteSeconds: number, leafletSeconds: number, baselineSeconds: number): RunFigures => ({
		siteSeconds,
		sitePages: 40,
		siteNodeMiB: 300,
		siteTotalMiB: 310,
		leafletSeconds,
		leaflets: 10,
		leafletNodeMiB: 100,
		leafletBrowserMiB: 400,
		leafletTotalMiB: 500,
		baselineSeconds,
		baselineTotalMiB: 600,
		noChangeSeconds: NaN,
		noChangeRendered: NaN,
		oneChangedSeconds: NaN,
		oneChangedRendered: NaN,
		bareAstroSeconds: 5,
		bareAstroPages: 4,
		outputMiB: 12,
		pdfMiB: 3,
	});
	const machine = { cpus: 2, cpuModel: 'test', memoryGiB: 8, node: 'v24.0.0', browser: 'shell', baselineBrowser: 'chrome' };

	it("takes the median of each figure and of each run's ratio, and says which stages were skipped", () => {
		const options = parseBenchOptions(['--articles', '2', '--runs', '3', '--skip', 'rebuilds']);
		const summary = benchSummary({ options, languages: ['de', 'en'], machine, figures: [run(10, 4, 8), run(20, 5, 20), run(30, 10, 10)] });
		expect(summary.command).toBe('npm run bench -- --articles 2 --languages 3 --runs 3 --skip rebuilds');
		expect(summary.size).toEqual({ articles: 2, languages: 2, leaflets: 10, sitePages: 40 });
		// Per run 2×, 4×, 1×: the median ratio is 2, not the ratio of the medians (10 / 5).
		expect(summary.medians).toMatchObject({
			siteSeconds: 20,
			leafletSeconds: 5,
			baselineSeconds: 10,
			speedupOverBaseline: 2,
			leafletsPerSecond: 2,
			peakTotalMiB: 500,
		});
		const report = benchReport(summary, options.skip);
		expect(report).toContain(
			'naive baseline              10.0 s, 1.00 leaflets/s → leaflet stage is 2.00× faster (runs: 2.00×, 4.00×, 1.00×)',
		);
		expect(report).toContain('no-change rebuild           skipped (--skip)');
		expect(report).toContain('(median of 3 runs; 2 cores, 8 GiB, Node v24.0.0, leaflet stage: shell; baseline: chrome)');
	});
});
