import type { z } from 'zod';
import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import { pageSchema } from '../../schemas/page.ts';
import { parseYaml } from '../parse-yaml.ts';
import { createProblem, type ContentProblem } from '../content-problem.ts';
import { parseMarkdown } from '../extract-sections.ts';
import { nestingProblem, treeDepthProblem } from '../markdown-limits.ts';
import { splitFrontmatter } from '../split-frontmatter.ts';
import type { AdvertisingFindingRule } from './advertising-finding-rules.ts';
import { bodyTexts, type PlacedAcknowledgement, type TextUnit } from './body-texts.ts';
import { frontmatterPlaces, frontmatterTextFields } from './frontmatter-texts.ts';
import { findTerms, type CompiledTable } from './match-terms.ts';
import { compiledTable, ruleTables } from './rule-tables.ts';

/** What the advertising check needs of an article: its language, validated frontmatter and the file's text. */
export interface AdvertisedArticle {
	lang: string;
	data: ArticleData;
	/** The whole file as read (frontmatter and body). */
	text: string;
}

/** Whether the article is about an aesthetic treatment: its `aesthetic` flag, else `facts.costs.purelyAesthetic`. */
export function isAesthetic(data: ArticleData): boolean {
	return data.aesthetic ?? data.facts.costs.purelyAesthetic;
}

interface Found {
	ruleId: AdvertisingFindingRule;
	/** Offset in its source (the YAML or the body) and the source it is in. */
	offset: number;
	in: 'yaml' | 'body';
	term: string;
	sentence: string;
	/** Why its table makes the term only a warning. */
	warning?: string;
}

/**
 * The wording of an article that advertising law forbids (HWG §3, §11; MBO-Ä §27), by its language's
 * rule table: every text of the frontmatter and the body, each finding at the line and column of its
 * term. A finding acknowledged at its place (`advertising-ok`) is a warning naming the reason; an
 * acknowledgement without a reason, or matching no finding, is an error. Pure. A language without a
 * table has no findings here: `checkAdvertisingLanguages` warns of it at the clinic profile.
 */
export function checkAdvertising(article: AdvertisedArticle): ContentProblem[] {
	return checkAdvertisingText(article.lang, article.text, articleSchema, article.data, isAesthetic(article.data));
}

/**
 * The same for a free page (`content/pages/<lang>/…`): what it says is the clinic's advertising too. Its
 * frontmatter is read only when valid (check-page.ts reports it otherwise); a page is about no treatment,
 * so before/after pictures are not its rule.
 */
export function checkAdvertisingPage(lang: string, text: string): ContentProblem[] {
	const split = splitFrontmatter(text);
	const data = split ? parseYaml(split.yaml, pageSchema, 1).data : undefined;
	return checkAdvertisingText(lang, text, pageSchema, data, 'page');
}

/** Said of a before/after picture on a page, which is about no one treatment: a warning. */
const PAGE_PICTURE = 'a page is about no one treatment; if the picture shows a medically unnecessary aesthetic one, it is forbidden';

/** `page`: a free page, whose before/after pictures are warnings (it is about no one treatment, aesthetic or not). */
function checkAdvertisingText(lang: string, text: string, schema: z.core.$ZodType, data: unknown, aesthetic: boolean | 'page'): ContentProblem[] {
	const table = compiledTable(lang);
	const split = splitFrontmatter(text);
	if (!table || !split) return [];
	const found: Found[] = [];
	const scan = (unit: TextUnit, where: Found['in']) => {
		for (const f of findUnit(unit, table, aesthetic)) {
			const warning = f.warning ?? (aesthetic === 'page' && f.ruleId === 'advertising-before-after' ? PAGE_PICTURE : undefined);
			found.push({ ruleId: f.ruleId, offset: unit.offsets[f.start] ?? 0, in: where, term: f.term, sentence: f.sentence, ...(warning === undefined ? {} : { warning }) });
		}
	};

	// A body too deep or too long to parse in reasonable time was reported by extract-sections.ts: not read here.
	const tree = nestingProblem(split.body) ? undefined : parseMarkdown(split.body);
	const body = tree && !treeDepthProblem(tree) ? bodyTexts(tree, split.body) : { units: [], acknowledgements: [] };
	for (const unit of body.units) scan(unit, 'body');

	const fields = data === undefined ? [] : frontmatterTextFields(schema, data);
	const fieldFindings = fields.filter((field) => findUnit({ text: field.text, offsets: [] }, table, aesthetic).length > 0);
	// Positions in the YAML are read only when it has something to place.
	const places = fieldFindings.length > 0 || split.yaml.includes('advertising-ok') ? frontmatterPlaces(split.yaml, fields) : undefined;
	for (const field of places ? fieldFindings : []) scan(places!.unit(field), 'yaml');

	const bodyLines = lineStarts(split.body);
	const at = (offset: number, where: Found['in']) => {
		if (where === 'yaml') {
			const pos = places!.position(offset);
			return { line: pos.line + 1, column: pos.column };
		}
		const index = lineIndex(bodyLines, offset);
		return { line: split.bodyLineOffset + index + 1, column: offset - bodyLines[index]! + 1 };
	};
	const acknowledgements = [
		...body.acknowledgements.map((a) => ({ ...a, in: 'body' as const })),
		...(places?.acknowledgements ?? []).map((a) => ({ ...a, in: 'yaml' as const })),
	];
	const used = new Set<PlacedAcknowledgement>();
	// The valid acknowledgements by where they are and the rule they name, each group in the order of its
	// text: a finding looks only at those of its place and rule that start before it.
	const groups = new Map<string, typeof acknowledgements>();
	for (const ack of acknowledgements) {
		if (!ack.parsed.ok) continue;
		const key = `${ack.in} ${ack.parsed.rule}`;
		groups.set(key, [...(groups.get(key) ?? []), ack]);
	}
	for (const group of groups.values()) group.sort((a, b) => a.covers[0] - b.covers[0]);
	const problems: ContentProblem[] = [];
	for (const f of found) {
		const group = groups.get(`${f.in} ${f.ruleId}`) ?? [];
		let lo = 0;
		let hi = group.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (group[mid]!.covers[0] <= f.offset) lo = mid + 1;
			else hi = mid;
		}
		// Every acknowledgement covering the finding counts as used (two comments before one paragraph are one too many, not an error).
		const covering: typeof group = [];
		for (let i = lo - 1; i >= 0; i--) if (f.offset < group[i]!.covers[1]) covering.unshift(group[i]!);
		for (const a of covering) used.add(a);
		const ack = covering.at(-1);
		const reason = ack?.parsed.ok ? ack.parsed.reason : undefined;
		const params = { term: f.term, sentence: f.sentence, ...(reason === undefined ? {} : { acknowledged: reason }), ...(f.warning === undefined ? {} : { ambiguous: f.warning }) };
		problems.push(createProblem(f.ruleId, at(f.offset, f.in), params, reason === undefined && f.warning === undefined ? {} : { severity: 'warning' }));
	}
	for (const ack of acknowledgements) {
		const place = at(ack.offset, ack.in);
		if (!ack.parsed.ok) problems.push(createProblem('advertising-ack-invalid', place, { written: ack.parsed.written, problem: ack.parsed.problem }));
		else if (!used.has(ack)) problems.push(createProblem('advertising-ack-unused', place, { rule: ack.parsed.rule }));
	}
	return problems;
}

function findUnit(unit: TextUnit, table: CompiledTable, aesthetic: boolean | 'page') {
	return findTerms(unit.text, table, { picture: aesthetic !== false && unit.picture !== undefined, onlyPicture: unit.picture === 'file', mentions: aesthetic === true });
}

/**
 * A language of the clinic without a rule table: its articles would go unchecked, so each check and build
 * says so at that language in clinic.yaml (a warning: the clinic can still publish it), never a silent skip.
 */
export function checkAdvertisingLanguages(languages: readonly string[], locate: (path: (string | number)[]) => { line: number; column: number }): ContentProblem[] {
	return languages.flatMap((lang, i) => (Object.hasOwn(ruleTables, lang) ? [] : [createProblem('advertising-rules-missing', locate(['languages', i]), { lang, known: Object.keys(ruleTables) })]));
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

function lineIndex(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
