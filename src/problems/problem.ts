import { problemCatalogue, type ProblemText, type RuleId, type RuleParams } from './problem-catalogue.ts';

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
 * A problem shaped like a vfile message: `ruleId`, `source`, `reason` (= `message`), `url`, and `place`
 * when it has one (a leaflet that failed to render has none: its id stands in for the file).
 */
export interface ProblemBase {
	place?: Place;
	severity: 'error' | 'warning';
	/** Stable id of the rule in the catalogue, for decisions, tests and `--format json`. */
	ruleId: RuleId;
	/** Who reports it: `clinic-publisher:check` or `clinic-publisher:leaflets`. */
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

/** A problem in a content file: always placed; `line` and `column` repeat the start, as vfile's do. */
export interface Problem extends ProblemBase {
	place: Place;
	/** 1-based line of the start. */
	line: number;
	/** 1-based column of the start. */
	column: number;
}

export interface ProblemOptions {
	/** Overrides the rule's default severity (a stale translation that is acknowledged is a warning). */
	severity?: ProblemBase['severity'];
	source?: string;
	/** The YAML field the problem is in, put before the message (`\`siteUrl\`: The address …`). */
	field?: string;
}

/** A rule's message and hint for its parameters. */
export function ruleText<R extends RuleId>(ruleId: R, params: RuleParams<R>): ProblemText {
	return (problemCatalogue[ruleId].text as (p: RuleParams<R>) => ProblemText)(params);
}

/** Builds a problem of a catalogued rule, without a place, with its message and hint from the rule's parameters. */
export function createUnplacedProblem<R extends RuleId>(ruleId: R, params: RuleParams<R>, options: ProblemOptions = {}): ProblemBase {
	const rule = problemCatalogue[ruleId];
	const text = ruleText(ruleId, params);
	const message = options.field === undefined ? text.message : `${options.field}: ${text.message}`;
	return {
		severity: options.severity ?? rule.severity,
		ruleId,
		source: options.source ?? 'clinic-publisher:check',
		reason: message,
		message,
		...(text.hint === undefined ? {} : { hint: text.hint }),
		url: `${DOCS_BASE}#${rule.docs}`,
	};
}

/** Builds a problem of a catalogued rule at a place (a point, or a start and end). */
export function createProblem<R extends RuleId>(
	ruleId: R,
	at: Point | Place,
	params: RuleParams<R>,
	options: ProblemOptions = {},
): Problem {
	const place: Place = 'start' in at ? at : { start: { line: at.line, column: at.column } };
	return { place, line: place.start.line, column: place.start.column, ...createUnplacedProblem(ruleId, params, options) };
}
