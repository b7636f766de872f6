import { join, relative } from 'node:path';
import type { FileProblems } from './content-error.ts';
import { entries } from './check-file-names.ts';
import { createProblem } from './content-problem.ts';

/** Folder levels below the content folder that are looked at; the content tree uses three. */
const MAX_DEPTH = 8;

/**
 * Every symbolic link and every entry that is neither a regular file nor a folder (a FIFO, socket or
 * device) anywhere under `root`, which is the content folder or a part of it. A link is not what the
 * check reads: the page list skips it while Astro's loaders follow it, so a linked page would be
 * published unchecked, and a link may point out of the content tree. A FIFO would block the reader.
 * Links are not followed, so a link cycle cannot make this loop.
 */
export function checkLinks(root: string): FileProblems[] {
	const reports: FileProblems[] = [];
	const visit = (folder: string, depth: number) => {
		for (const entry of entries(folder)) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) {
				if (depth < MAX_DEPTH) visit(path, depth + 1);
			} else if (!entry.isFile()) {
				reports.push({
					file: relative(process.cwd(), path) || path,
					problems: [createProblem('file-name', { line: 1, column: 1 }, { why: entry.isSymbolicLink() ? 'link' : 'special', name: entry.name })],
				});
			}
		}
	};
	visit(root, 0);
	return reports;
}
