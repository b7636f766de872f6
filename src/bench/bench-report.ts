import type { BenchStage } from './bench-options.ts';
import type { BenchSummary } from './bench-summary.ts';
import { median, memoryMeasure } from './measure.ts';
import type { RunFigures } from './measure-run.ts';

/** The table the benchmark prints: one line per stage, skipped stages marked. Pure. */
export function benchReport(summary: BenchSummary, skip: Set<BenchStage>): string {
	const figures = summary.runs;
	const runs = figures.length;
	const m = (key: keyof RunFigures) => median(figures.map((f) => f[key]));
	const mem = summary.medians;
	const f = (n: number, digits = 1) => n.toFixed(digits);
	// With several runs, each run's ratio too: the machine's spread is part of the result.
	const eachRun = (top: (r: RunFigures) => number, bottom: (r: RunFigures) => number) =>
		runs > 1 ? ` (runs: ${figures.map((r) => `${f(top(r) / bottom(r), 2)}×`).join(', ')})` : '';
	const done = (stage: BenchStage, text: () => string) => (skip.has(stage) ? 'skipped (--skip)' : text());
	const rows: [string, string][] = [
		['site stage', `${f(m('siteSeconds'))} s, ${m('sitePages')} pages, ${f(mem.sitePagesPerSecond)} pages/s`],
		[
			'bare Astro, same markdown',
			done(
				'bare',
				() =>
					`${f(m('bareAstroSeconds'))} s, ${m('bareAstroPages')} pages → site stage is ${f(mem.siteOverBareAstro, 2)}×${eachRun(
						(r) => r.siteSeconds,
						(r) => r.bareAstroSeconds,
					)}`,
			),
		],
		[
			'leaflet stage',
			done('leaflets', () => `${f(m('leafletSeconds'))} s, ${m('leaflets')} leaflets, ${f(mem.leafletsPerSecond, 2)} leaflets/s`),
		],
		[
			'naive baseline',
			done(
				'baseline',
				() =>
					`${f(m('baselineSeconds'))} s, ${f(mem.baselineLeafletsPerSecond, 2)} leaflets/s → leaflet stage is ${f(mem.speedupOverBaseline, 2)}× faster${eachRun(
						(r) => r.baselineSeconds,
						(r) => r.leafletSeconds,
					)}`,
			),
		],
		['no-change rebuild', done('rebuilds', () => `${f(m('noChangeSeconds'))} s, ${m('noChangeRendered')} leaflets rendered`)],
		['one article changed', done('rebuilds', () => `${f(m('oneChangedSeconds'))} s, ${m('oneChangedRendered')} leaflets rendered`)],
		['peak memory, site stage', `${mem.siteTotalMiB} MiB ${memoryMeasure} (Node ${mem.siteNodeMiB} MiB)`],
		[
			'peak memory, leaflet stage',
			done(
				'leaflets',
				() => `${mem.leafletTotalMiB} MiB ${memoryMeasure} (Node ${mem.leafletNodeMiB} MiB, browser ${mem.leafletBrowserMiB} MiB)`,
			),
		],
		['peak memory, baseline', done('baseline', () => `${mem.baselineTotalMiB} MiB ${memoryMeasure} (the bench's own Node included)`)],
		['output', `${f(m('outputMiB'))} MiB${skip.has('leaflets') ? '' : ` (PDFs ${f(m('pdfMiB'))} MiB)`}`],
	];
	const { machine } = summary;
	return [
		`\n${summary.command}  (median of ${runs} run${runs > 1 ? 's' : ''}; ${machine.cpus} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, leaflet stage: ${machine.browser}; baseline: ${machine.baselineBrowser})\n`,
		...rows.map(([label, value]) => `${label.padEnd(28)}${value}`),
	].join('\n');
}
