import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `work` and returns its result with the wall time in seconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
	const start = performance.now();
	const result = await work();
	return { result, seconds: (performance.now() - start) / 1000 };
}

export interface MemoryPeaks {
	/** Peak memory of the Node processes of the tree (the build itself), MiB. */
	nodeMiB: number;
	/** Peak memory of the browser processes of the tree, summed, MiB. */
	browserMiB: number;
	/** Peak of everything in the tree at one moment, MiB: what the machine must have. */
	totalMiB: number;
}

/** Linux's /proc gives each process's PSS; elsewhere the RSS from `ps` is what there is. */
const hasPss = existsSync('/proc/self/smaps_rollup');

/** What the figures measure: PSS (proportional set size: shared pages divided among the processes sharing them) or RSS. */
export const memoryMeasure: 'PSS' | 'RSS' = hasPss ? 'PSS' : 'RSS';

/**
 * Memory of one process in KiB: its PSS (proportional set size), so that the libraries and shared memory
 * Chromium's processes share are counted once, not once per process as summed RSS would; RSS where
 * there is no PSS. A process that ended since it was listed counts as nothing.
 */
function processKiB(pid: string, rssKiB: number): number {
	if (!hasPss) return rssKiB;
	try {
		return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** Every process as [rssKiB, ppid, pid, name]: from /proc where there is one (no child process), else `ps`. */
function processTable(): string[][] {
	if (!hasPss) {
		return execFileSync('ps', ['-eo', 'rss=,ppid=,pid=,comm='], { encoding: 'utf8' })
			.trim()
			.split('\n')
			.map((l) => l.trim().split(/\s+/));
	}
	const rows: string[][] = [];
	for (const pid of readdirSync('/proc')) {
		if (!/^\d+$/.test(pid)) continue;
		try {
			// "pid (name) state ppid …": the name may hold spaces, so it is read up to the last ')'.
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const close = stat.lastIndexOf(')');
			rows.push(['0', stat.slice(close + 2).split(' ')[1]!, pid, stat.slice(stat.indexOf('(') + 1, close)]);
		} catch {
			// ended meanwhile
		}
	}
	return rows;
}

/**
 * Samples the memory of a process tree once a second while `work` runs: Node and browser processes
 * separately and together, each the peak of their sum. `root` is the pid of the tree (default: this
 * process). A sample costs about 40 ms of CPU (PSS is read by walking page tables), so sampling more
 * often would slow down what it measures; everything the bench compares is measured the same way.
 */
export async function withMemory<T>(
	work: (setRoot: (pid: number) => void) => Promise<T>,
	intervalMs = 1000,
): Promise<{ result: T; memory: MemoryPeaks }> {
	let root = process.pid;
	const peaks = { nodeMiB: 0, browserMiB: 0, totalMiB: 0 };
	const sample = () => {
		try {
			const rows = processTable();
			const tree = new Set([String(root)]);
			for (let grew = true; grew;) {
				grew = false;
				for (const [, ppid, pid] of rows) {
					if (tree.has(ppid!) && !tree.has(pid!)) {
						tree.add(pid!);
						grew = true;
					}
				}
			}
			let node = 0;
			let browser = 0;
			let total = 0;
			for (const [rss, , pid, comm = ''] of rows) {
				if (!tree.has(pid!)) continue;
				const kib = processKiB(pid!, Number(rss));
				total += kib;
				if (comm === 'node' || comm.startsWith('MainThread')) node += kib;
				else if (/chrom|headless/i.test(comm)) browser += kib;
			}
			peaks.nodeMiB = Math.max(peaks.nodeMiB, node / 1024);
			peaks.browserMiB = Math.max(peaks.browserMiB, browser / 1024);
			peaks.totalMiB = Math.max(peaks.totalMiB, total / 1024);
		} catch {
			// no /proc and no ps on this machine: memory is reported as 0
		}
	};
	const timer = setInterval(sample, intervalMs);
	try {
		const result = await work((pid) => (root = pid));
		sample();
		return {
			result,
			memory: { nodeMiB: Math.round(peaks.nodeMiB), browserMiB: Math.round(peaks.browserMiB), totalMiB: Math.round(peaks.totalMiB) },
		};
	} finally {
		clearInterval(timer);
	}
}

/** Total size of a folder in MiB. */
export function folderMiB(dir: string): number {
	let bytes = 0;
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const s = statSync(join(dir, file));
		if (s.isFile()) bytes += s.size;
	}
	return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
