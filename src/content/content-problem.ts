/** A problem in authored content, with the place an author can find it. */
export interface ContentProblem {
	/** 1-based line in the file. */
	line: number;
	/** 1-based column in the file. */
	column: number;
	severity: 'error' | 'warning';
	/** Stable id of the rule, for tests and `--format json`. */
	ruleId: string;
	/** What is wrong. */
	message: string;
	/** What to do about it. */
	hint?: string;
}
