import type { BenchOptions } from './bench-options.ts';
import type { Machine } from './describe-machine.ts';
import { median, memoryMeasure } from './measure.ts';
import type { RunFigures } from './measure-run.ts';

/**
 * The results file's content: the command, the machine, the size, the median of every figure over the
 * runs, and each run's figures. Ratios are taken within each run (both sides measured minutes apart on
 * the same machine), then the median. Pure.
 */
export function benchSummary(input: { options: BenchOptions; languages: string[]; machine: Machine; figures: RunFigures[] }) {
	const { options, figures } = input;
	const m = (key: keyof RunFigures) => median(figures.map((f) => f[key]));
	const ratio = (top: (f: RunFigures) => number, bottom: (f: RunFigures) => number) => median(figures.map((f) => top(f) / bottom(f)));
	return {
		command: `npm run bench -- --articles ${options.articles} --languages ${options.languages} --runs ${options.runs}${options.skip.size ? ` --skip ${[...options.skip].join(',')}` : ''}`,
		machine: input.machine,
		size: { articles: options.articles, languages: input.languages.length, leaflets: m('leaflets'), sitePages: m('sitePages') },
		medians: {
			siteSeconds: m('siteSeconds'),
			sitePagesPerSecond: m('sitePages') / m('siteSeconds'),
			leafletSeconds: m('leafletSeconds'),
			leafletsPerSecond: m('leaflets') / m('leafletSeconds'),
			baselineSeconds: m('baselineSeconds'),
			baselineLeafletsPerSecond: m('leaflets') / m('baselineSeconds'),
			speedupOverBaseline: ratio(
				(f) => f.baselineSeconds,
				(f) => f.leafletSeconds,
			),
			noChangeRebuildSeconds: m('noChangeSeconds'),
			noChangeRendered: m('noChangeRendered'),
			oneChangedRebuildSeconds: m('oneChangedSeconds'),
			oneChangedRendered: m('oneChangedRendered'),
			bareAstroSeconds: m('bareAstroSeconds'),
			siteOverBareAstro: ratio(
				(f) => f.siteSeconds,
				(f) => f.bareAstroSeconds,
			),
			memoryMeasure,
			siteNodeMiB: m('siteNodeMiB'),
			siteTotalMiB: m('siteTotalMiB'),
			leafletNodeMiB: m('leafletNodeMiB'),
			leafletBrowserMiB: m('leafletBrowserMiB'),
			leafletTotalMiB: m('leafletTotalMiB'),
			baselineTotalMiB: m('baselineTotalMiB'),
			peakTotalMiB: Math.max(...[m('siteTotalMiB'), m('leafletTotalMiB')].filter((n) => !Number.isNaN(n))),
			outputMiB: m('outputMiB'),
			pdfMiB: m('pdfMiB'),
		},
		runs: figures,
	};
}
export type BenchSummary = ReturnType<typeof benchSummary>;
