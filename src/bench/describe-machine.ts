import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { locateBrowser } from '../browser/launch-browser.ts';

export interface Machine {
	cpus: number;
	cpuModel: string;
	memoryGiB: number;
	node: string;
	/** The browser the leaflet stage renders with (the headless shell when installed). */
	browser: string;
	/** The browser the naive baseline gets from `puppeteer.launch()`: a full Chrome/Chromium. */
	baselineBrowser: string;
}

/** The machine the figures were measured on, for the results file: they mean nothing without it. */
export async function describeMachine(): Promise<Machine> {
	const version = (path: string) => execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	const ours = await locateBrowser();
	const naive = await locateBrowser({ headlessShell: false });
	const browserName = (b: typeof ours) => `${version(b.executablePath)}${b.headlessShell ? ' headless shell' : ''} (${b.executablePath})`;
	return {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryGiB: Math.round(totalmem() / 1024 ** 3),
		node: process.version,
		browser: browserName(ours),
		baselineBrowser: browserName(naive),
	};
}
