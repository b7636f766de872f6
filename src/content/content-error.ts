import type { ContentProblem } from './content-problem.ts';
import { formatProblems } from './format-report.ts';

/** Problems in one content file, grouped so a failed build says exactly where to look. */
export interface FileProblems {
	file: string;
	problems: ContentProblem[];
}

/** Thrown when content cannot be published; its message lists every problem with file, line and column. */
export class ContentError extends Error {
	readonly files: FileProblems[];
	constructor(files: FileProblems[]) {
		super(formatProblems(files));
		this.name = 'ContentError';
		this.files = files;
	}
}

/** Throws a ContentError if any of the files has an error (warnings alone pass). */
export function assertNoErrors(files: FileProblems[]): void {
	const withErrors = files
		.map(({ file, problems }) => ({ file, problems: problems.filter((p) => p.severity === 'error') }))
		.filter((f) => f.problems.length > 0);
	if (withErrors.length > 0) throw new ContentError(withErrors);
}
