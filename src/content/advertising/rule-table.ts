import { z } from 'zod';

/**
 * The advertising rules whose terms a language's table lists; each is a rule of the problem catalogue
 * (its why, severity and what to do are in `advertising-rules.ts`, the same for every language).
 */
export const termRuleIds = ['advertising-promise', 'advertising-superlative', 'advertising-price-lure', 'advertising-testimonial'] as const;
export type TermRuleId = (typeof termRuleIds)[number];

/**
 * A phrase: words separated by spaces, each matched against one word of the text after the language's
 * normalisation (lower case, marks removed, `normalize` applied). A word may be `stem*` (any ending:
 * inflections, `schmerzfrei*` for schmerzfreie, schmerzfreien), `*end` (any beginning: compounds,
 * `*garantie` for Erfolgsgarantie), `*part*` (anywhere in the word), alternatives `a|b|c*` (each one word: `lasts forever|for life`
 * is "lasts", then "forever" or "for", then "life"; write a phrase of its own), `#` (any
 * number, `1.750` or `١٠٠` included) or a sign (`%`, `€`; a run of stars is one word: `*★*`). `~` between two words allows up to two
 * other words between them. Hyphens and slashes separate words, so `risk free` also finds risk-free;
 * a hyphenated run is also read as one word, so `schmerzfrei*` finds Schmerz-frei.
 */
const phrase = z
	.string()
	.trim()
	.min(1)
	.refine((value) => !/^~|~$|~\s+~/.test(value), 'a `~` stands between two words')
	.refine((value) => value.split(/\s+/).every((word) => word === '~' || word.split('|').every((alt) => alt.replace(/\*/g, '') !== '')), 'a word of only `*` matches every word');

/** Words that, close to a finding, negate it: "nicht schmerzfrei", "no guarantee", "garanti edemeyiz". */
const cues = z.strictObject({
	/** The cue words (phrase words, see above: `kein*`, `*mez`). */
	cues: z.array(phrase).min(1),
	/** How many words away from the finding a cue may stand (in the same sentence, and after the finding in the same clause). */
	window: z.number().int().min(1).max(8),
	/**
	 * Words that end the reach of a cue: "schmerzfrei und nicht teuer" (after), "keine Kosten und keine
	 * Risiken" (before: the first "keine" does not negate the second finding).
	 */
	stopAt: z.array(phrase).default([]),
});

/**
 * A term: a phrase, or a phrase that is only a warning, with why (`sichere Behandlung` is also the
 * clinic's care, "für eine sichere Behandlung fragen wir …"; `100 %` is also a share of the costs). The
 * why is printed with the finding, so the author can tell what to check.
 */
const term = z.union([phrase, z.strictObject({ phrase, warning: z.string().trim().min(10) })]);
export type Term = z.infer<typeof term>;

export const ruleTableSchema = z.strictObject({
	/** The locale its text is lower-cased with: `tr` turns I into ı and İ into i, as Turkish spells them. */
	locale: z.string().min(2),
	/** Letters written several ways that mean the same word (Arabic hamza forms of alef, alef maqsura): each key is read as its value. */
	normalize: z.record(z.string().length(1), z.string().max(1)).default({}),
	/** Prefixes joined to a word (Arabic و ب ل ف ك and the article ال): a word with one of them also matches. */
	prefixes: z.array(z.string().min(1)).default([]),
	negation: z.strictObject({
		/** Cues before the finding, in the same sentence: "nicht schmerzfrei", "no treatment is risk-free". */
		before: cues,
		/** Cues after the finding, in the same clause: "eine Garantie gibt es nicht", "risksiz değildir". */
		after: cues.optional(),
	}),
	/**
	 * Phrases that are never a finding, though they hold a term: a negation that is one phrase ("ohne
	 * Garantie", "بدون ضمان") and everyday words that look like one ("am besten kühlen", "at best").
	 */
	exceptions: z.array(phrase).default([]),
	/** The terms of each rule. */
	terms: z.strictObject(Object.fromEntries(termRuleIds.map((id) => [id, z.array(term).min(1)])) as Record<TermRuleId, z.ZodArray<typeof term>>),
	/** First-person words: a quotation holding one is a patient's testimonial („Ich bin begeistert“). */
	firstPerson: z.array(phrase).min(1),
	/** Abbreviations whose full stop ends no sentence, without it: `z`, `b` (z. B.), `dr`, `med`. */
	abbreviations: z.array(z.string().regex(/^[\p{L}\p{M}]+$/u, 'one word, without its full stop')).default([]),
	/** Abbreviations whose full stop ends no sentence when a number follows ("No. 1", "Nr. 1"), though it may otherwise ("The answer is no."). */
	numberAbbreviations: z.array(z.string().regex(/^[\p{L}\p{M}]+$/u, 'one word, without its full stop')).default([]),
	/** Words that mark a picture as before or after a treatment, in its alternative text, file name, title or caption. */
	beforeAfter: z.array(phrase).min(1),
	/**
	 * Words that name before/after pictures in any text of an aesthetic article, a link to a gallery
	 * ("Vorher-Nachher-Galerie"): a warning, since photographs for the patient's file are allowed.
	 */
	beforeAfterMention: z.array(phrase).min(1),
});

export type RuleTable = z.infer<typeof ruleTableSchema>;
/** A table as written in its file, before the schema fills in defaults. */
export type RuleTableInput = z.input<typeof ruleTableSchema>;
