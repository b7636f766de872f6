import { ruleTableSchema, termRuleIds, type RuleTable, type RuleTableInput, type Term, type TermRuleId } from './rule-table.ts';

/** A word, number or sign of a text, with where it stands (UTF-16 offsets into the text). */
export interface Token {
	/** As compared: normalised (lower case in the language's locale, no marks). */
	norm: string;
	start: number;
	end: number;
	number: boolean;
	/** The word without each prefix it starts with (Arabic), worked out once, when first needed. */
	stems?: string[];
}

/** What the matcher found in one text: which rule, and where (offsets into the text). */
export interface TermFinding {
	ruleId: TermRuleId | 'advertising-testimonial' | 'advertising-before-after';
	start: number;
	end: number;
	/** The words found, as written. */
	term: string;
	/** The sentence they stand in, as written (trimmed, shortened when long). */
	sentence: string;
	/** Why the term is only a warning (its table says so: the words also have an innocent meaning). */
	warning?: string;
}

type WordTest = (norm: string, token: Token) => boolean;
/** One word of a phrase, or a gap of up to two words (`~`). */
type PhraseWord = { test: WordTest } | { gap: number };

/** A rule table compiled once: every phrase turned into word tests. */
export interface CompiledTable {
	table: RuleTable;
	normalizeWord: (word: string) => string;
	terms: { ruleId: TermRuleId; phrase: PhraseWord[]; warning?: string }[];
	/** The terms by the first letter their first word can start with (`''`: any letter, `'#'`: a number). */
	termsByFirst: Map<string, number[]>;
	exceptions: PhraseWord[][];
	before: { cues: PhraseWord[][]; window: number; stopAt: PhraseWord[][] };
	after?: { cues: PhraseWord[][]; window: number; stopAt: PhraseWord[][] };
	firstPerson: PhraseWord[][];
	beforeAfter: PhraseWord[][];
	beforeAfterMention: PhraseWord[][];
	/** Words whose full stop ends no sentence (normalised). */
	abbreviations: ReadonlySet<string>;
	/** Words whose full stop ends no sentence when a number follows (normalised). */
	numberAbbreviations: ReadonlySet<string>;
}

// Characters a reader does not see, which split no word: a soft hyphen (also `&shy;`), zero-width
// non-joiner and joiner, word joiner, byte order mark, the direction marks. "schmerz\u00ADfrei" is one word.
// A zero-width space does split words ("risk\u200Bfree" is risk free), and is joined like a hyphen below.
const invisible = '\\u00AD\\u061C\\u180E\\u200C-\\u200F\\u2060\\uFEFF';
const invisibleChars = new RegExp(`[${invisible}]`, 'gu');
// Words (letters, marks, digits, with an apostrophe inside: don't, Türkiye'de), numbers written with
// separators (1.750, 99,50), a star rating (★★★★☆, one word) and the signs a phrase may name. Hyphens
// and slashes are no part of a word (but see `joinHyphenated`).
const tokenPattern = new RegExp(
	`\\p{N}+(?:[.,]\\p{N}+)*(?![\\p{L}\\p{M}${invisible}])|[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}${invisible}]|['’](?=[\\p{L}\\p{M}\\p{N}]))*|[★☆⭐]+|[%٪％€$£₺]`,
	'gu',
);
// Every decimal digit (Arabic-Indic ١٠٠, Persian ۱۰۰, full-width １００) is read as its ASCII digit, and the
// Arabic and full-width percent signs as %, so `100 %` finds ١٠٠٪ and １００％.
const digit = /\p{Nd}/gu;
const isDigit = /^\p{Nd}$/u;
const asciiDigit = (c: string) => {
	// A block of decimal digits is a run of 0 … 9 (some blocks follow each other): the digit's place in its run.
	let cp = c.codePointAt(0)!;
	let place = 0;
	while (place < 60 && isDigit.test(String.fromCodePoint(cp - 1))) {
		cp--;
		place++;
	}
	return String(place % 10);
};
// A sentence ends at . ! ? … ؟ ; followed by a space or the end (not inside 1.750 or z.B.), also when
// a closing quote or bracket follows it („… hissetmedim.” ★★★★★).
const sentenceEnd = /[.!?…؟;]["'”“»«’‘›)\]]*(?=\s|$)|\n\s*\n/u;
// A clause ends where a sentence does, or at a comma, colon, dash or bracket.
const clauseEnd = /[.!?…؟;,،:–—()[\]](?=\s|$|\p{L})|[,،:–—()[\]]|\n\s*\n/u;
const quotePairs: Record<string, string> = { '„': '“', '“': '”', '"': '"', '«': '»', '»': '«', '‚': '‘', '‹': '›' };
const anyQuote = /[„“"«»‚‹]/g;
const nextQuote = (text: string, from: number) => {
	anyQuote.lastIndex = from;
	return anyQuote.exec(text)?.index ?? -1;
};

/** Compiles a language's table (validated by its schema: a mistake in a table fails its test, not a build). */
export function compileTable(input: RuleTableInput): CompiledTable {
	const table = ruleTableSchema.parse(input);
	const letters = Object.keys(table.normalize);
	const variant = letters.length ? new RegExp(`[${letters.join('')}]`, 'gu') : undefined;
	// Lower-casing by locale is slow and differs from the plain one only for a few locales (Turkish and
	// Azeri dotted and dotless i, Lithuanian dots): the others take the plain one. Words repeat, so each is
	// normalised once per table.
	const lower = ['tr', 'az', 'lt'].includes(table.locale.split('-')[0]!) ? (w: string) => w.toLocaleLowerCase(table.locale) : (w: string) => w.toLowerCase();
	const seen = new Map<string, string>();
	const normalizeWord = (word: string) => {
		let out = seen.get(word);
		if (out !== undefined) return out;
		// NFKC: full-width letters (ＧＡＲＡＮＴＩＥＲＴ), ligatures (eﬀects) and Arabic presentation forms read as the letters they show.
		out = lower(word.replace(invisibleChars, '').normalize('NFKC'))
			.replace(/’/g, "'")
			.replace(digit, (c) => (c >= '0' && c <= '9' ? c : asciiDigit(c)))
			.replace(/[٪％]/g, '%');
		if (variant) out = out.replace(variant, (c) => table.normalize[c]!);
		out = out.replace(/\p{M}/gu, '');
		seen.set(word, out);
		return out;
	};
	const compile = (phrase: string): PhraseWord[] =>
		phrase
			.trim()
			.split(/\s+/)
			.map((word): PhraseWord => (word === '~' ? { gap: 2 } : { test: wordTest(word, normalizeWord, table.prefixes) }));
	const phraseOf = (term: Term) => (typeof term === 'string' ? term : term.phrase);
	const terms = termRuleIds.flatMap((ruleId) =>
		table.terms[ruleId].map((term) => ({ ruleId, phrase: compile(phraseOf(term)), ...(typeof term === 'string' ? {} : { warning: term.warning }) })),
	);
	return {
		table,
		normalizeWord,
		terms,
		termsByFirst: indexByFirst(
			termRuleIds.flatMap((ruleId) => table.terms[ruleId].map(phraseOf)),
			normalizeWord,
		),
		exceptions: table.exceptions.map(compile),
		before: { cues: table.negation.before.cues.map(compile), window: table.negation.before.window, stopAt: table.negation.before.stopAt.map(compile) },
		after: table.negation.after && {
			cues: table.negation.after.cues.map(compile),
			window: table.negation.after.window,
			stopAt: table.negation.after.stopAt.map(compile),
		},
		firstPerson: table.firstPerson.map(compile),
		beforeAfter: table.beforeAfter.map(compile),
		beforeAfterMention: table.beforeAfterMention.map(compile),
		abbreviations: new Set(table.abbreviations.map(normalizeWord)),
		numberAbbreviations: new Set(table.numberAbbreviations.map(normalizeWord)),
	};
}

/**
 * Which phrases can start at a word, by its first letter: only those are tried there, instead of every
 * phrase at every word (the check's cost grew with terms × words). A first word written `*end`, `*part*`
 * or as a sign goes under `''` (tried everywhere), a number under `#`.
 */
function indexByFirst(phrases: readonly string[], normalizeWord: (w: string) => string): Map<string, number[]> {
	const index = new Map<string, number[]>();
	phrases.forEach((phrase, i) => {
		const first = phrase.trim().split(/\s+/)[0]!;
		const keys = new Set(first.split('|').map((alt) => (alt === '#' ? '#' : alt.startsWith('*') ? '' : firstLetter(normalizeWord(alt.replace(/\*$/, ''))))));
		for (const key of keys) index.set(key, [...(index.get(key) ?? []), i]);
	});
	return index;
}

function wordTest(word: string, normalizeWord: (w: string) => string, prefixes: readonly string[]): WordTest {
	const alternatives = word.split('|').map((alt): WordTest => {
		if (alt === '#') return (_norm, token) => token.number;
		const start = alt.startsWith('*');
		const end = alt.endsWith('*') && alt.length > 1;
		const core = normalizeWord(alt.replace(/^\*|\*$/g, ''));
		if (start && end) return (norm) => norm.includes(core);
		if (start) return (norm) => norm.endsWith(core);
		if (end) return (norm) => norm.startsWith(core);
		return (norm) => norm === core;
	});
	const plain: WordTest = (norm, token) => {
		for (const test of alternatives) if (test(norm, token)) return true;
		return false;
	};
	if (prefixes.length === 0) return plain;
	// A word with a prefix joined to it (و, ال, بال …) matches as the word without it; at least two letters must remain.
	return (norm, token) => {
		token.stems ??= prefixes.flatMap((p) => (norm.length - p.length >= 2 && norm.startsWith(p) ? [norm.slice(p.length)] : []));
		return plain(norm, token) || token.stems.some((stem) => plain(stem, token));
	};
}

export function tokenize(text: string, normalizeWord: (w: string) => string): Token[] {
	return [...text.matchAll(tokenPattern)].map((m) => ({
		norm: normalizeWord(m[0]),
		start: m.index,
		end: m.index + m[0].length,
		number: /^\p{N}/u.test(m[0]),
	}));
}

const hyphens = /^[-‐‑‒–—\u200B]$/u;
/**
 * The tokens with each run of words joined by hyphens alone (or a zero-width space) read as one word
 * ("Schmerz-frei", "Nebenwirkungs-freie", "Erfolgs-Garantie"): a German compound is one word, and a
 * hyphen put into it must not hide it. Undefined when the text has no such run.
 */
function joinHyphenated(text: string, tokens: readonly Token[], normalizeWord: (w: string) => string): Token[] | undefined {
	const out: Token[] = [];
	let joined = false;
	for (let i = 0; i < tokens.length; i++) {
		let j = i;
		while (j + 1 < tokens.length && !tokens[j]!.number && !tokens[j + 1]!.number && hyphens.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
		if (j === i) {
			out.push(tokens[i]!);
			continue;
		}
		joined = true;
		const word = tokens.slice(i, j + 1).map((t) => text.slice(t.start, t.end)).join('');
		out.push({ norm: normalizeWord(word), start: tokens[i]!.start, end: tokens[j]!.end, number: false });
		i = j;
	}
	return joined ? out : undefined;
}

/** Where a phrase matches at token `at`: the index after its last word and the tokens a gap skipped, or undefined. */
function matchAt(phrase: PhraseWord[], tokens: Token[], at: number, ends: readonly boolean[]): { end: number; skipped: number[] } | undefined {
	// Most phrases fail on their first word: tested before anything is built.
	const first = phrase[0]!;
	const token = tokens[at];
	if (!token || !('test' in first) || !first.test(token.norm, token)) return undefined;
	return step(phrase, tokens, ends, 1, at + 1, NONE);
}

const NONE: number[] = [];
const firstLetter = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0);

function step(phrase: PhraseWord[], tokens: Token[], ends: readonly boolean[], p: number, t: number, skipped: number[]): { end: number; skipped: number[] } | undefined {
	if (p === phrase.length) return { end: t, skipped };
	const word = phrase[p]!;
	if ('gap' in word) {
		for (let n = 0; n <= word.gap; n++) {
			// A gap does not run across the end of a sentence either ("… ist kostenlos. Eine Sitzung …").
			if (n > 0 && ends[t + n - 2]) break;
			const found = step(phrase, tokens, ends, p + 1, t + n, n === 0 ? skipped : [...skipped, ...range(t, t + n)]);
			if (found) return found;
		}
		return undefined;
	}
	const token = tokens[t];
	if (!token || !word.test(token.norm, token)) return undefined;
	// A phrase does not run across the end of a sentence.
	if (ends[t - 1]) return undefined;
	return step(phrase, tokens, ends, p + 1, t + 1, skipped);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Every match of any of the phrases, as token ranges [start, end). */
function matchAll(phrases: PhraseWord[][], tokens: Token[], ends: readonly boolean[]): { start: number; end: number; skipped: number[] }[] {
	const found: { start: number; end: number; skipped: number[] }[] = [];
	for (let i = 0; i < tokens.length; i++) {
		for (const phrase of phrases) {
			const match = matchAt(phrase, tokens, i, ends);
			if (match && match.end > i) found.push({ start: i, end: match.end, skipped: match.skipped });
		}
	}
	return found;
}

/**
 * The findings of the term rules, the quoted first-person statements and (for a picture's text) the
 * before/after words in one text. A term is no finding when an exception covers it, or a negation cue
 * stands before it in its sentence or after it in its clause (within the table's windows), or inside it
 * (`Erfolg ist nicht sicher`). Words of another finding are no cue (`ohne Schmerzen, ohne Nebenwirkungen`).
 */
export function findTerms(
	text: string,
	compiled: CompiledTable,
	options: { picture?: boolean; onlyPicture?: boolean; mentions?: boolean } = {},
): TermFinding[] {
	const tokens = tokenize(text, compiled.normalizeWord);
	if (tokens.length === 0) return [];
	const ends = sentenceEnds(text, tokens, compiled);
	if (options.onlyPicture) return options.picture ? beforeAfter(text, tokens, ends, compiled) : [];
	const findings = termFindings(text, tokens, ends, compiled);
	// The same read once more with hyphenated compounds joined: what it finds beyond the first read counts too.
	const joined = joinHyphenated(text, tokens, compiled.normalizeWord);
	if (joined) {
		for (const f of termFindings(text, joined, sentenceEnds(text, joined, compiled), compiled)) {
			if (!findings.some((g) => g.ruleId === f.ruleId && g.start < f.end && f.start < g.end)) findings.push(f);
		}
	}
	findings.push(...quotedFirstPerson(text, tokens, ends, compiled));
	if (options.picture) findings.push(...beforeAfter(text, tokens, ends, compiled));
	else if (options.mentions) {
		for (const m of matchAll(compiled.beforeAfterMention, tokens, ends)) {
			if (findings.some((f) => f.ruleId === 'advertising-before-after' && f.start < tokens[m.end - 1]!.end && tokens[m.start]!.start < f.end)) continue;
			findings.push({ ...finding('advertising-before-after', tokens[m.start]!.start, tokens[m.end - 1]!.end, text, compiled), warning: MENTION });
		}
	}
	return findings.sort((a, b) => a.start - b.start);
}

function termFindings(text: string, tokens: Token[], ends: readonly boolean[], compiled: CompiledTable): TermFinding[] {
	// An exception covers a term only when the term lies wholly inside it: "side effects may be permanent"
	// (a risk) hides "effects … permanent", but not "no side effects" before it.
	const exceptions = matchAll(compiled.exceptions, tokens, ends);
	const excepted = (m: { start: number; end: number }) => exceptions.some((e) => e.start <= m.start && m.end <= e.end);
	const raw: { ruleId: TermRuleId; start: number; end: number; skipped: number[]; warning?: string }[] = [];
	const byFirst = compiled.termsByFirst;
	const prefixes = compiled.table.prefixes;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		// The phrases whose first word can match: by the word's first letter and (Arabic) that of each stem
		// without a prefix. A phrase tried twice finds the same span, which the overlap rule below keeps once.
		const candidates = [...(byFirst.get('') ?? NONE), ...(token.number ? (byFirst.get('#') ?? NONE) : NONE), ...(byFirst.get(firstLetter(token.norm)) ?? NONE)];
		for (const p of prefixes) {
			if (token.norm.length - p.length >= 2 && token.norm.startsWith(p)) candidates.push(...(byFirst.get(firstLetter(token.norm.slice(p.length))) ?? NONE));
		}
		for (const index of candidates) {
			const { ruleId, phrase, warning } = compiled.terms[index]!;
			const match = matchAt(phrase, tokens, i, ends);
			if (match && match.end > i) raw.push({ ruleId, start: i, end: match.end, skipped: match.skipped, ...(warning === undefined ? {} : { warning }) });
		}
	}
	// Of overlapping matches of one rule the first and longest is kept: "garantiert schmerzfrei" is two, "100 % sicher" one
	// (of two as long, an error before a warning).
	raw.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.warning !== undefined) - Number(b.warning !== undefined));
	// Sorted by start, a match overlaps an earlier one of its rule exactly when it starts before the furthest end kept so far.
	const kept: typeof raw = [];
	const keptEnd = new Map<TermRuleId, number>();
	for (const match of raw) {
		if (match.start < (keptEnd.get(match.ruleId) ?? 0)) continue;
		kept.push(match);
		keptEnd.set(match.ruleId, match.end);
	}
	const inTerm = new Set(kept.flatMap((m) => range(m.start, m.end).filter((i) => !m.skipped.includes(i))));
	const isCue = (cues: PhraseWord[][], i: number) => !inTerm.has(i) && cues.some((cue) => matchAt(cue, tokens, i, ends) !== undefined);
	const negated = (m: (typeof raw)[number]) => {
		if (m.skipped.some((i) => isCue(compiled.before.cues, i) || (compiled.after && isCue(compiled.after.cues, i)))) return true;
		for (let i = m.start - 1; i >= Math.max(0, m.start - compiled.before.window); i--) {
			if (ends[i]) break;
			if (compiled.before.stopAt.some((stop) => matchAt(stop, tokens, i, ends))) break;
			if (isCue(compiled.before.cues, i)) return true;
		}
		const after = compiled.after;
		if (after) {
			for (let i = m.end; i < Math.min(tokens.length, m.end + after.window); i++) {
				if (clauseEnd.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
				if (after.stopAt.some((stop) => matchAt(stop, tokens, i, ends))) break;
				if (isCue(after.cues, i)) return true;
			}
		}
		return false;
	};
	return kept
		.filter((m) => !excepted(m) && !negated(m))
		.map((m) => ({ ...finding(m.ruleId, tokens[m.start]!.start, tokens[m.end - 1]!.end, text, compiled), ...(m.warning === undefined ? {} : { warning: m.warning }) }));
}


const MENTION = "it names before/after pictures, which the article must not show or link to; photographs for the patient's file are allowed";

/** The first before/after word of a picture's text: one finding per text is enough to remove the picture. */
function beforeAfter(text: string, tokens: Token[], ends: readonly boolean[], compiled: CompiledTable): TermFinding[] {
	const match = matchAll(compiled.beforeAfter, tokens, ends)[0];
	return match ? [finding('advertising-before-after', tokens[match.start]!.start, tokens[match.end - 1]!.end, text, compiled)] : [];
}

/** A quotation of three words or more with a first-person word: „Ich bin begeistert“ is a testimonial. */
function quotedFirstPerson(text: string, tokens: Token[], ends: readonly boolean[], compiled: CompiledTable): TermFinding[] {
	const found: TermFinding[] = [];
	// Where each closing quote is next found, so that a thousand quotes never closed cost one search, not a thousand.
	const nextClose = new Map<string, number>();
	let k = 0;
	for (let i = nextQuote(text, 0); i !== -1; i = nextQuote(text, i + 1)) {
		const close = quotePairs[text[i]!]!;
		let end = nextClose.get(close);
		if (end === undefined || (end !== -1 && end <= i)) nextClose.set(close, (end = text.indexOf(close, i + 1)));
		if (end === -1) continue;
		while (k < tokens.length && tokens[k]!.start <= i) k++;
		let words = 0;
		let firstPerson = false;
		for (let t = k; t < tokens.length && tokens[t]!.end <= end; t++) {
			words++;
			firstPerson ||= compiled.firstPerson.some((fp) => matchAt(fp, [tokens[t]!], 0, ends) !== undefined);
		}
		if (words >= 3 && firstPerson) found.push(finding('advertising-testimonial', i, end + 1, text, compiled));
		i = end;
	}
	return found;
}

function finding(ruleId: TermFinding['ruleId'], start: number, end: number, text: string, compiled: CompiledTable): TermFinding {
	return { ruleId, start, end, term: text.slice(start, end), sentence: sentenceAround(text, start, end, compiled.abbreviations, compiled.numberAbbreviations) };
}

/**
 * Whether a sentence ends after each word of a text: at . ! ? … ؟ ; (see `sentenceEnd`), but not at the
 * full stop of an abbreviation the language's table lists ("z. B.", "Dr. med.", "e.g."), which would
 * otherwise end a negation's reach or a finding's sentence in the middle.
 */
function sentenceEnds(text: string, tokens: readonly Token[], compiled: Pick<CompiledTable, 'abbreviations' | 'numberAbbreviations'>): boolean[] {
	return tokens.map((token, i) => {
		const gap = text.slice(token.end, tokens[i + 1]?.start ?? text.length);
		if (!sentenceEnd.test(gap)) return false;
		const abbreviation = compiled.abbreviations.has(token.norm) || (compiled.numberAbbreviations.has(token.norm) && tokens[i + 1]?.number === true);
		return !(gap.startsWith('.') && abbreviation && !sentenceEnd.test(gap.slice(1)));
	});
}

const SENTENCE_MAX = 120;
/** How far around a term its sentence is read at most: a sentence is shortened to SENTENCE_MAX anyway. */
const SENTENCE_READ = 400;
const sentenceEndsGlobal = new RegExp(sentenceEnd.source, 'gu');
const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();
const wordBefore = /[\p{L}\p{M}]+$/u;
// The sentence ends of the last text asked about: its findings ask one after another.
let endsOf: { text: string; abbreviations: ReadonlySet<string>; ends: [number, number][] } | undefined;

/** The sentence around [start, end), white space collapsed, shortened around the term when long. */
export function sentenceAround(
	text: string,
	start: number,
	end: number,
	abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS,
	numberAbbreviations: ReadonlySet<string> = NO_ABBREVIATIONS,
): string {
	if (endsOf?.text !== text || endsOf.abbreviations !== abbreviations) {
		const ends = [...text.matchAll(sentenceEndsGlobal)].filter((m) => {
			if (text[m.index] !== '.' || m[0].length > 1) return true;
			const word = wordBefore.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0]?.toLowerCase();
			if (word && numberAbbreviations.has(word) && /^\s*\p{N}/u.test(text.slice(m.index + 1, m.index + 40))) return false;
			return !(word && abbreviations.has(word));
		});
		endsOf = { text, abbreviations, ends: ends.map((m) => [m.index, m.index + m[0].length]) };
	}
	const { ends } = endsOf;
	// The last sentence end before the term, and the first after it (binary search: ends are in order).
	let lo = 0;
	let hi = ends.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ends[mid]![1] <= start) lo = mid + 1;
		else hi = mid;
	}
	let from = lo > 0 ? ends[lo - 1]![1] : 0;
	let after = lo;
	while (after < ends.length && ends[after]![0] < end) after++;
	let to = after < ends.length ? ends[after]![1] : text.length;
	const clipped = [from < start - SENTENCE_READ, to > end + SENTENCE_READ];
	from = Math.max(from, start - SENTENCE_READ);
	to = Math.min(to, end + SENTENCE_READ);
	const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
	if (sentence.length <= SENTENCE_MAX && !clipped[0] && !clipped[1]) return sentence;
	const lead = text.slice(from, start).replace(/\s+/g, ' ').trimStart().length;
	const cut = Math.max(0, Math.min(lead - 40, sentence.length - SENTENCE_MAX));
	return `${cut > 0 || clipped[0] ? '…' : ''}${sentence.slice(cut, cut + SENTENCE_MAX).trim()}${cut + SENTENCE_MAX < sentence.length || clipped[1] ? '…' : ''}`;
}
