import { z } from 'zod';
import { httpsUrl } from './url-policy.ts';
import { isoDate, langCode, slug, text } from './common.ts';

/**
 * Frontmatter of one treatment article in one language.
 * The web page, the consent form and the aftercare sheet are all rendered from this data plus the
 * article's markdown sections, so every field here is patient-facing text in the article's language
 * unless its doc says otherwise.
 */

/**
 * Frequency classes as used in EU package leaflets (MedDRA convention):
 * very common ≥ 1 in 10, common 1 to 10 in 100, uncommon 1 to 10 in 1,000,
 * rare 1 to 10 in 10,000, very rare < 1 in 10,000. The words and numbers shown to patients
 * come from the UI strings of each language, so they are never written twice.
 */
export const riskFrequencies = ['very-common', 'common', 'uncommon', 'rare', 'very-rare'] as const;
export const riskFrequency = z.enum(riskFrequencies);

/** Risks sorted most frequent first, as patients read a table top-down (site and consent form). */
export function byFrequency<T extends { frequency: (typeof riskFrequencies)[number] }>(risks: readonly T[]): T[] {
	return [...risks].sort((a, b) => riskFrequencies.indexOf(a.frequency) - riskFrequencies.indexOf(b.frequency));
}

export const risk = z.strictObject({
	/** What can happen, e.g. `Bruising at the injection sites`. */
	name: text,
	/** How often, one of the frequency classes. @example common */
	frequency: riskFrequency,
	/** Optional detail: how long it lasts, what is done about it. */
	detail: text.optional(),
	/** `true` for a serious risk that must stand out on the consent form. */
	serious: z.boolean().default(false),
	/**
	 * `true` when no reliable figure exists and the class is the authors' conservative estimate; the
	 * page and the consent form then say so beside the class instead of presenting a guess as data.
	 */
	estimate: z.boolean().default(false),
});

export const alternative = z.strictObject({
	/** Name of the alternative, e.g. `Oral supplements`. */
	name: text,
	/** How it differs from this treatment: effect, burden, risks, costs. */
	description: text,
	/** `true` for the option of not treating at all; every article needs exactly one. */
	noTreatment: z.boolean().default(false),
});

export const aftercareWindow = z.strictObject({
	/** The time window, e.g. `First 24 hours`. */
	window: text,
	/** What to do in this window. */
	do: z.array(text).default([]),
	/** What to avoid in this window. */
	avoid: z.array(text).default([]),
});

export const afterEffect = z.strictObject({
	/** A normal reaction after treatment, e.g. `Redness at the injection sites`. */
	effect: text,
	/** How long it usually lasts, e.g. `1 to 2 days`. */
	lasts: text,
});

/** Who a patient calls for a warning sign; the order is the order of the groups on the aftercare sheet. */
export const warningActions = ['emergency', 'psychiatric', 'clinic'] as const;

export const warningSign = z.strictObject({
	/** What the patient notices, e.g. `Chest pain or shortness of breath`. */
	sign: text,
	/**
	 * Who to call. `emergency`: 112 at once, day or night (time-critical: anaphylaxis, a blocked vessel,
	 * chest pain). `psychiatric`: the clinic at once, and outside opening hours 112 or the nearest
	 * psychiatric hospital's emergency department, because the on-call service 116117 is not the place
	 * for a mental-health crisis that cannot wait. `clinic`: the clinic, outside hours the on-call service
	 * 116117, for signs that need a doctor soon but not within minutes.
	 */
	action: z.enum(warningActions),
});

export const faqItem = z.strictObject({
	question: text,
	answer: text,
});

export const source = z.strictObject({
	/** Title of the guideline, label or information page. Cite only sources you are sure exist. */
	title: text,
	/** Who publishes it, e.g. `Paul-Ehrlich-Institut` or `AWMF`. */
	publisher: text,
	/** Address of the source, if it has a stable one. Never invent one. */
	url: httpsUrl.optional(),
	/** Year of the version cited. */
	year: z.number().int().min(1950).max(2100).optional(),
});

/**
 * An amount in EUR as printed on the consent form's cost statement (BGB §630c(3)): a number, never
 * negative, at most 100,000 (no treatment here costs more; a larger figure is a typo such as a missing
 * decimal point), with at most cents.
 */
const euros = z
	.number('write the amount as a number of euros, e.g. 180 or 99.50')
	.nonnegative('an amount cannot be negative')
	.max(100_000, 'this amount is over 100,000 EUR; check for a typo (e.g. a missing decimal point)')
	.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'write at most two decimal places (cents)');

export const costs = z.strictObject({
	/** Lowest expected cost of one session in EUR. */
	from: euros,
	/** Highest expected cost of one session in EUR. */
	to: euros,
	/** What the amount is for: one session, or the whole course. */
	per: z.enum(['session', 'course']),
	/** `true` when statutory health insurance does not pay (most aesthetic treatments); drives the BGB §630c(3) notice. */
	selfPay: z.boolean(),
	/**
	 * `true` for a purely aesthetic treatment without a medical indication: its fee is not exempt from
	 * value-added tax (UStG §4 Nr. 14 covers only treatments with a therapeutic aim), and the consent
	 * form says that the amounts include it.
	 */
	purelyAesthetic: z.boolean('write `purelyAesthetic: true` for a purely aesthetic treatment (value-added tax applies), otherwise `false`'),
	/** What is included or may be added, in plain words. */
	note: text.optional(),
});

export const facts = z.strictObject({
	/** How long one session takes, e.g. `45 to 60 minutes`. */
	sessionLength: text,
	/** How many sessions and how far apart, e.g. `3 to 5 sessions, 2 to 4 weeks apart`. */
	sessions: text,
	/** Time off work or social life, e.g. `none; redness for 1 to 2 days`. */
	downtime: text,
	/** Anaesthesia or pain relief used, e.g. `numbing cream on request`. */
	anaesthesia: text,
	costs,
});

/**
 * What the consent form needs beyond the facts (BGB §630d, §630e): who may consent, the declarations
 * and undertakings the patient signs, and what the physician's block asks for.
 */
export const consentTerms = z.strictObject(
	{
		/**
		 * Youngest patient treated, in years. `18`: adults only, and the form says so; below 18 the form has
		 * signature lines for both parents or the legal guardian (BGB §630d(1) S. 2).
		 */
		minimumAge: z
			.number('write the youngest age treated as a number, e.g. 18 for adults only')
			.int()
			.min(0)
			.max(18, 'at most 18: 18 means adults only'),
		/**
		 * Set when a medicine or preparation is used outside its licence (off-label): what is off-label, in
		 * plain words. The form then carries the off-label declaration the patient ticks, with fields for the
		 * product and its batch number.
		 */
		offLabel: text.optional(),
		/** What the patient undertakes to do or avoid, each printed with a checkbox, e.g. `An adult takes me home.` */
		undertakings: z.array(text).default([]),
		/**
		 * Set when photos are taken to document the course: the form asks a separate, optional consent
		 * (GDPR Art. 9) and says how many years the photos are kept.
		 */
		photos: z
			.strictObject({
				keptYears: z
					.number('write how many years the photos are kept, e.g. 10')
					.int()
					.min(1, 'photos are kept for at least 1 year: write the years the record keeps them, e.g. 10')
					.max(30, 'at most 30 years'),
			})
			.optional(),
		/** `true` when the dose depends on body weight: the physician's block has a field for it. */
		doseByWeight: z.boolean().default(false),
	},
	"write the consent terms, at least `consent: { minimumAge: 18 }` (see the README's field table)",
);

/** A part's hash: 8 characters, or for a list field 4 per item, joined by dots (empty for an empty list). */
const partHash = z
	.string()
	.regex(/^(?:[0-9a-f]{8}|(?:[0-9a-f]{4}(?:\.[0-9a-f]{4})*)?)$/, 'the hash that `npm run check` prints for this part of the source');

/** Marks a translation: which source it was made from, so a changed source shows up as stale. */
export const translation = z.strictObject({
	/** Language of the source article, e.g. `de`: the clinic's `sourceLanguage`. */
	from: langCode,
	/** The hash of the source's translatable parts when it was translated (`npm run check` prints it). */
	sourceHash: z
		.string()
		.regex(/^[0-9a-f]{12}$/, 'the 12-character hash that `npm run check` prints for the source')
		.optional(),
	/**
	 * The hash of each frontmatter field and each section of the source when it was translated, so that a
	 * stale translation's message can say what changed. `npm run check` prints the whole block.
	 */
	sourceParts: z
		.strictObject({
			fields: z.record(z.string().regex(/^[a-zA-Z]+$/, 'a frontmatter field name'), partHash),
			sections: z.record(z.string().regex(/^[a-z]+$/, 'a section key'), partHash),
		})
		.optional(),
	/** Set to a short reason to publish although the source changed since; remove once updated. */
	acknowledgeStale: text.optional(),
});

export const articleSchema = z
	.strictObject({
		/** Shared across languages: joins the translations of one treatment. @example mesotherapy */
		key: slug,
		/** URL slug in this language; defaults to the file name. @example mesotherapie */
		slug: slug.optional(),
		title: text.max(90, 'keep the title under 90 characters'),
		/** One or two sentences for search results and link previews (50 to 170 characters). */
		description: text.min(50, 'write at least 50 characters').max(170, 'keep it under 170 characters'),
		/** Document version, raised on every change a patient would notice. Printed on every leaflet. @example 1.2 */
		version: z.string('write the version in quotes, e.g. "1.0"').regex(/^\d+\.\d+(\.\d+)?$/, 'a version such as "1.0" or "1.2.1"'),
		/** Date this version was issued. Printed on every leaflet. */
		issued: isoDate,
		/** Id of the reviewing physician in `content/clinic.yaml`. */
		reviewedBy: slug,
		/** Date of the last medical review. Older than 12 months gives a warning. */
		reviewed: isoDate,
		facts,
		/**
		 * `true` for a medically unnecessary aesthetic treatment, for advertising law (HWG §11(1) S. 3 No. 1):
		 * before/after pictures in the article are then an error of the check. Not translated. Defaults to
		 * `facts.costs.purelyAesthetic` (a treatment without medical indication); set it where the two differ,
		 * e.g. an aesthetic treatment billed partly with an indication.
		 */
		aesthetic: z.boolean().optional(),
		/** Who may consent, the declarations and undertakings the consent form carries. */
		consent: consentTerms,
		/** Everything that can go wrong, with how often. At least three. */
		risks: z.array(risk).min(3, 'list at least three risks'),
		/** Questions the patient answers yes or no; a "yes" needs the physician's attention. */
		contraindications: z
			.array(text.regex(/[?؟]$/, 'phrase it as a question ending in "?" (Arabic: "؟")'))
			.min(3, 'list at least three questions'),
		/** What to do or avoid before the treatment. */
		preparation: z.array(text).min(1),
		/** Alternatives, including not treating (`noTreatment: true`). */
		alternatives: z
			.array(alternative)
			.min(2)
			.refine(
				(list) => list.filter((a) => a.noTreatment).length === 1,
				'exactly one alternative must be `noTreatment: true` (the option of not treating)',
			),
		/** Normal reactions after the treatment and how long they last. */
		afterEffects: z.array(afterEffect).min(1),
		/** Aftercare instructions by time window, in time order. */
		aftercare: z.array(aftercareWindow).min(1),
		/** Signs that need a call to the clinic or 112. */
		warningSigns: z.array(warningSign).min(1),
		faq: z.array(faqItem).default([]),
		sources: z.array(source).min(1, 'cite at least one source'),
		translation: translation.optional(),
	})
	.refine((a) => a.facts.costs.to >= a.facts.costs.from, {
		message: 'costs.to must not be lower than costs.from',
		path: ['facts', 'costs', 'to'],
	})
	// A treatment without medical indication is medically unnecessary: `aesthetic: false` would switch off
	// the before/after rule (HWG §11(1) S. 3 No. 1) for exactly the treatments it is about.
	.refine((a) => !(a.facts.costs.purelyAesthetic && a.aesthetic === false), {
		message:
			'a purely aesthetic treatment (`facts.costs.purelyAesthetic: true`) is aesthetic for advertising law too: remove `aesthetic: false`',
		path: ['aesthetic'],
	});

export type ArticleData = z.infer<typeof articleSchema>;
export type Risk = z.infer<typeof risk>;
export type ConsentTerms = z.infer<typeof consentTerms>;
export type WarningAction = (typeof warningActions)[number];
export type RiskFrequency = z.infer<typeof riskFrequency>;
