import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `work` and returns its result with the wall time in seconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
	const start = performance.now();
	const result = await work();
	return { result, seconds: (performance.now() - start) / 1000 };
}

export interface MemoryPeaks {
	/** Peak resident memory of the Node processes of the tree (the build itself), MiB. */
	nodeMiB: number;
	/** Peak resident memory of the browser processes of the tree, summed, MiB. */
	browserMiB: number;
}

/**
 * Samples the resident memory of a process tree (every 100 ms) while `work` runs: Node and browser
 * processes separately, each the peak of their sum. `root` is the pid of the tree (default: this process).
 */
export async function withMemory<T>(work: (setRoot: (pid: number) => void) => Promise<T>): Promise<{ result: T; memory: MemoryPeaks }> {
	let root = process.pid;
	const peaks = { nodeMiB: 0, browserMiB: 0 };
	const sample = () => {
		try {
			const rows = execFileSync('ps', ['-eo', 'rss=,ppid=,pid=,comm='], { encoding: 'utf8' })
				.trim()
				.split('\n')
				.map((l) => l.trim().split(/\s+/));
			const tree = new Set([String(root)]);
			for (let grew = true; grew; ) {
				grew = false;
				for (const [, ppid, pid] of rows) if (tree.has(ppid!) && !tree.has(pid!)) (tree.add(pid!), (grew = true));
			}
			const sum = (test: (comm: string) => boolean) => rows.filter(([, , pid, comm]) => tree.has(pid!) && test(comm ?? '')).reduce((total, [rss]) => total + Number(rss), 0) / 1024;
			peaks.nodeMiB = Math.max(peaks.nodeMiB, sum((c) => c === 'node' || c.startsWith('MainThread')));
			peaks.browserMiB = Math.max(peaks.browserMiB, sum((c) => /chrom/i.test(c)));
		} catch {
			// no ps on this machine: memory is reported as 0
		}
	};
	const timer = setInterval(sample, 100);
	try {
		const result = await work((pid) => (root = pid));
		sample();
		return { result, memory: { nodeMiB: Math.round(peaks.nodeMiB), browserMiB: Math.round(peaks.browserMiB) } };
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
