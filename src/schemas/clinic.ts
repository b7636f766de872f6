import { z } from 'zod';
import { httpsUrl } from './url-policy.ts';
import { langCode, slug, text } from './common.ts';
import { readabilitySchema } from './readability.ts';

/**
 * A value printed in the leaflet header (name, street, city): the header has a fixed height above the
 * page's top margin, so a second line or a very long value would overprint the title on every leaflet.
 */
const headerLine = (max: number) =>
	text
		.max(max, `at most ${max} characters: it must fit on one line of the leaflet header`)
		.regex(/^[^\n\r\u2028\u2029]*$/, 'one line only: it is printed in the leaflet header');

/**
 * A text per language, `{ de: …, en: … }`. Its keys are any text here: check-languages.ts holds them to
 * the clinic's `languages`, which this schema cannot see, and says which language was meant (`en-GB`,
 * `ukr`); that every language has its text is checked there too.
 */
const perLanguage = z.record(z.string(), text);

export const physician = z.strictObject({
	/** Short id that articles use in `reviewedBy`. @example anna-berger */
	id: slug,
	/** Full name with academic title, e.g. `Dr. med. Anna Berger`. */
	name: text,
	/** Professional title (Facharztbezeichnung), per language: `{ de: …, en: … }`. */
	title: perLanguage,
	/** Specialty or focus, per language. */
	specialty: perLanguage,
});

export const openingHours = z.strictObject({
	/** Days as ISO weekday numbers, 1 = Monday … 7 = Sunday. */
	days: z.array(z.number().int().min(1).max(7)).min(1),
	/** Opening time, 24-hour `HH:MM`. */
	opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 08:30'),
	/** Closing time, 24-hour `HH:MM`. */
	closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 18:00'),
});

export const clinicSchema = z.strictObject({
	/** The clinic's name as it appears on the site and every leaflet. */
	name: headerLine(60),
	/** Public base URL of the site, without the `base` path, used for canonical URLs and QR codes. */
	siteUrl: httpsUrl,
	address: z.strictObject({
		street: headerLine(60),
		postalCode: z.string().regex(/^\d{5}$/, 'a German postal code has five digits'),
		city: headerLine(40),
		/** ISO country code. */
		country: z.string().regex(/^[A-Z]{2}$/, 'an ISO country code such as DE'),
	}),
	/** Phone number in international form, e.g. `+49 231 1234567`. */
	phone: z.string().regex(/^\+[\d ]{6,20}$/, 'write it in international form, e.g. +49 231 1234567'),
	email: z.email().max(80),
	/** Number to call in a medical emergency, printed on every page and leaflet. */
	emergencyNumber: z.string().regex(/^\d{3}$/, 'the emergency number, e.g. 112'),
	/** Number of the medical on-call service outside opening hours (Germany: 116117). */
	onCallNumber: z.string().regex(/^\d{3,6}$/),
	openingHours: z.array(openingHours).min(1),
	physicians: z.array(physician).min(1),
	/** Languages offered; the first is the default (x-default, fallback for `/`). */
	languages: z.array(langCode).min(1),
	/** Language of the source articles that translations are made from. */
	sourceLanguage: langCode,
	/** Facts a German Impressum needs (§ 5 DDG, § 18 MStV). */
	legal: z.strictObject({
		/** Id of the responsible physician in `physicians`. */
		responsiblePhysician: slug,
		/** Professional title, e.g. `Ärztin` / `physician`, per language. */
		professionalTitle: perLanguage,
		/** State that granted the title, e.g. `Bundesrepublik Deutschland`, per language. */
		grantedIn: perLanguage,
		/** Medical chamber (Ärztekammer) with its address. */
		chamber: z.strictObject({ name: text, address: text, url: httpsUrl.optional() }),
		/** Supervisory authority (Aufsichtsbehörde). */
		supervisoryAuthority: z.strictObject({ name: text, address: text }),
		/** Professional regulations, e.g. `Berufsordnung der Ärztekammer Westfalen-Lippe`. */
		professionalRules: z.strictObject({ name: text, url: httpsUrl.optional() }),
		/** VAT id if any (§ 27a UStG); medical treatments are usually exempt. */
		vatId: text.optional(),
		/** Who is responsible for content (§ 18 Abs. 2 MStV). */
		contentResponsible: text,
	}),
	/** `true`: this is a made-up clinic for demonstration; every page says so. */
	fictitious: z.boolean().default(false),
	/** Readability thresholds per language (src/schemas/readability.ts has the defaults). */
	readability: readabilitySchema.optional(),
});

export type Clinic = z.infer<typeof clinicSchema>;
export type Physician = z.infer<typeof physician>;
