import { lstatSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { realPath } from '../build/output-guard.ts';
import { inside } from '../build/path-inside.ts';
import { readRegularFileSync } from '../build/read-regular-file.ts';
import { UsageError } from '../cli/parse-cli.ts';

/** Enough of the results file's shape (bench-summary.ts) to tell an earlier result from any other JSON file. */
export const earlierResultSchema = z.looseObject({
	command: z.string().startsWith('npm run bench'),
	machine: z.looseObject({}),
	medians: z.looseObject({}),
	runs: z.array(z.unknown()),
});

/** An earlier result is small; a bigger file is something else and is not read whole. */
const MAX_RESULT_BYTES = 16 * 1024 * 1024;

export interface ResultsFileOptions {
	/** The content trees to keep out of: the one the benchmark reads and CONTENT_DIR when set. */
	contentDirs: string[];
	/** `--force`: any ordinary file may be replaced (still never one in the content tree). */
	force: boolean;
}

/**
 * Checked before the benchmark runs (it takes minutes): `--json` may name a new file or an earlier
 * result, or with --force any ordinary file; never a file in the content tree, a link, a folder or a
 * FIFO. The benchmark must not destroy what it did not make, e.g. `--json content/clinic.yaml`.
 */
export function assertResultsFile(path: string, options: ResultsFileOptions): void {
	const refuse = (why: string, what: string): never => {
		throw new UsageError(`Refusing --json ${path}: ${why}. Nothing was run. ${what}`);
	};
	const elsewhere = 'Name a new file outside the content folder, e.g. --json bench-results.json (the default).';
	for (const content of options.contentDirs.map(realPath))
		if (inside(realPath(path), content)) refuse(`it is in the content folder (${content})`, elsewhere);
	let stat;
	try {
		stat = lstatSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		return refuse(`it cannot be read (${(error as Error).message})`, elsewhere);
	}
	if (!stat.isFile())
		refuse(`it is ${stat.isSymbolicLink() ? 'a symbolic link' : stat.isDirectory() ? 'a folder' : 'not an ordinary file'}`, elsewhere);
	if (options.force) return;
	if (!isEarlierResult(path))
		refuse('it exists and is not an earlier result of npm run bench', `${elsewhere} Add --force to replace this file anyway.`);
}

function isEarlierResult(path: string): boolean {
	try {
		return earlierResultSchema.safeParse(JSON.parse(readRegularFileSync(path, MAX_RESULT_BYTES).toString('utf8'))).success;
	} catch {
		return false;
	}
}

/** Written next to its place and renamed over it: an interrupted write leaves the earlier file whole. */
export function writeResultsFile(path: string, text: string, options: ResultsFileOptions): void {
	// Checked again: the benchmark ran for minutes, anything may be at that path by now.
	assertResultsFile(path, options);
	const tmp = join(dirname(path), `.${process.pid}.bench-results.tmp`);
	writeFileSync(tmp, text, { flag: 'wx' });
	renameSync(tmp, path);
}
