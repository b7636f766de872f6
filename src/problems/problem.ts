import { problemCatalogue, type RuleId, type RuleParams } from './problem-catalogue.ts';

/** A point in a file, 1-based. */
export interface Point {
	line: number;
	column: number;
}

/** Where a problem is: its start, and its end when known (vfile's `place`). */
export interface Place {
	start: Point;
	end?: Point;
}

/** The README every rule's `url` points into (the rule's section there). */
export const DOCS_BASE = 'README.md';

/**
 * A problem in authored content or in the build's output, shaped like a vfile message: `place`, `ruleId`,
 * `source`, `reason` (= `message`), `url`; `line` and `column` repeat the start, as vfile's do.
 */
export interface Problem {
	place: Place;
	/** 1-based line of the start. */
	line: number;
	/** 1-based column of the start. */
	column: number;
	severity: 'error' | 'warning';
	/** Stable id of the rule in the catalogue, for decisions, tests and `--format json`. */
	ruleId: RuleId;
	/** The module family that reports it, e.g. `clinic-publisher:check`. */
	source: string;
	/** What is wrong. */
	reason: string;
	/** The same as `reason`, for readers that expect an Error-like `message`. */
	message: string;
	/** What to do about it. */
	hint?: string;
	/** The README section of the rule. */
	url: string;
}

export interface ProblemOptions {
	/** Overrides the rule's default severity (a stale translation that is acknowledged is a warning). */
	severity?: Problem['severity'];
	source?: string;
}

/** Builds a problem of a catalogued rule at a place (a point or a start/end), with its message and hint. */
export function createProblem<R extends RuleId>(ruleId: R, at: Point | Place, params: RuleParams<R>, options: ProblemOptions = {}): Problem {
	const rule = problemCatalogue[ruleId];
	const text = (rule.text as (p: RuleParams<R>) => { message: string; hint?: string })(params);
	const place: Place = 'start' in at ? at : { start: { line: at.line, column: at.column } };
	return {
		place,
		line: place.start.line,
		column: place.start.column,
		severity: options.severity ?? rule.severity,
		ruleId,
		source: options.source ?? 'clinic-publisher:check',
		reason: text.message,
		message: text.message,
		...(text.hint === undefined ? {} : { hint: text.hint }),
		url: `${DOCS_BASE}#${rule.docs}`,
	};
}

/** The same problem at another place (e.g. shifted by the lines before a file's body). */
export function moveProblem(problem: Problem, at: Point | Place): Problem {
	const place: Place = 'start' in at ? at : { start: { line: at.line, column: at.column } };
	return { ...problem, place, line: place.start.line, column: place.start.column };
}
