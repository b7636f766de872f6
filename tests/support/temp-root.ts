import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder of a test run (the tests' own, and those of the Astro
 * builds, browsers and scripts they start) goes into one folder that is removed when the run ends, so
 * runs leave nothing behind in the system's temp folder. Workers and child processes inherit TMPDIR.
 */
export default function setup(): () => void {
	const root = mkdtempSync(join(tmpdir(), 'clinic-tests-'));
	const previous = process.env.TMPDIR;
	process.env.TMPDIR = root;
	return () => {
		if (previous === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = previous;
		rmSync(root, { recursive: true, force: true });
	};
}
