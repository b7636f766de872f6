import { z } from 'zod';
import { riskFrequencies } from './article.ts';
import { slug } from './common.ts';
import { LEAFLETS_SEGMENT } from '../routes/routes.ts';

/**
 * Every user-visible string of the site and the leaflets, per language (`content/ui/<lang>.yaml`).
 * All keys are required, so a new language cannot ship half-translated: `npm run check` lists what is missing.
 * `{name}` placeholders are filled in by `format()` in src/i18n/format.ts.
 */
const s = z.string().trim().min(1, 'must not be empty');
const pageSlug = slug.refine(
	(value) => value !== LEAFLETS_SEGMENT,
	`"${LEAFLETS_SEGMENT}" is the URL of the leaflets; choose another slug`,
);
const group = <T extends Record<string, z.ZodType>>(shape: T) => z.strictObject(shape);

const perFrequency = z.strictObject(
	Object.fromEntries(riskFrequencies.map((f) => [f, s])) as Record<(typeof riskFrequencies)[number], typeof s>,
);

export const uiStringsSchema = z.strictObject({
	/** The language's own name, e.g. `Deutsch`, shown in the language switcher. */
	languageName: s,
	/** BCP 47 locale for dates and numbers, e.g. `de-DE`. */
	locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a locale such as de-DE'),
	/** Writing direction of the language. */
	dir: z.enum(['ltr', 'rtl']),
	/**
	 * Localized slugs of fixed pages: each becomes a folder and a link (`/<lang>/<slug>/`), so it is held to
	 * the slug form, and may not take the leaflets' segment or the other page's slug (one route would
	 * silently drop the other). A clash with an article's slug is reported at the article (reserved-slug).
	 */
	slugs: group({ imprint: pageSlug, privacy: pageSlug }).refine((slugs) => slugs.imprint !== slugs.privacy, {
		message: 'the imprint and the privacy page need different slugs',
		path: ['privacy'],
	}),
	chooser: group({ prompt: s }),
	nav: group({ skip: s, main: s, home: s, treatments: s, language: s, breadcrumb: s }),
	home: group({ title: s, intro: s, treatments: s, team: s, contact: s, readMore: s }),
	facts: group({
		title: s,
		sessionLength: s,
		sessions: s,
		downtime: s,
		anaesthesia: s,
		costs: s,
		costRange: s,
		costSingle: s,
		perSession: s,
		perCourse: s,
		selfPay: s,
		insured: s,
	}),
	frequency: perFrequency,
	frequencyRate: perFrequency,
	article: group({
		toc: s,
		risksCaption: s,
		riskName: s,
		riskFrequency: s,
		serious: s,
		estimate: s,
		contraindications: s,
		contraindicationsIntro: s,
		preparation: s,
		alternatives: s,
		afterEffects: s,
		afterEffectLasts: s,
		aftercareWindows: s,
		do: s,
		avoid: s,
		warningSigns: s,
		warningIntro: s,
		callClinic: s,
		callEmergency: s,
		callPsychiatric: s,
		faq: s,
		sources: s,
		reviewed: s,
		version: s,
		disclaimerTitle: s,
		disclaimer: s,
		emergency: s,
		leaflets: s,
		leafletsIntro: s,
		onThisPage: s,
	}),
	leaflet: group({
		consent: s,
		aftercare: s,
		pdf: s,
		printView: s,
		page: s,
		documentLine: s,
		online: s,
		patientName: s,
		dateOfBirth: s,
		patientNumber: s,
		treatmentDate: s,
		nextAppointment: s,
		consentIntro: s,
		partNature: s,
		partBenefit: s,
		partRisks: s,
		partAlternatives: s,
		partQuestions: s,
		questionsIntro: s,
		yes: s,
		no: s,
		otherConditions: s,
		partPreparation: s,
		partCosts: s,
		costStatement: s,
		selfPayStatement: s,
		insuredStatement: s,
		partNotes: s,
		partDeclaration: s,
		declRead: s,
		declInformed: s,
		declQuestions: s,
		declTime: s,
		declCopy: s,
		declConsent: s,
		declRefuse: s,
		placeDate: s,
		signaturePatient: s,
		signaturePhysician: s,
		physicianName: s,
		aftercareIntro: s,
		partNormal: s,
		partAftercare: s,
		partWarning: s,
		emergencyGroup: s,
		psychiatricGroup: s,
		clinicGroup: s,
		partContact: s,
		staffTitle: s,
		staffIntro: s,
		treatment: s,
		version: s,
		issued: s,
		missing: s,
		stale: s,
		bilingual: s,
		bilingualNote: s,
		interpreter: s,
		/** The mark on every page of a leaflet version not yet released (not in content/leaflet-register.yaml). */
		draft: s,
		released: s,
		releasedBy: s,
		earlierVersions: s,
		textHash: s,
	}),
	footer: group({
		address: s,
		hours: s,
		contact: s,
		phone: s,
		email: s,
		emergency: s,
		onCall: s,
		fictitious: s,
		imprint: s,
		privacy: s,
		closed: s,
	}),
	imprint: group({
		title: s,
		provider: s,
		responsiblePhysician: s,
		professionalTitle: s,
		grantedIn: s,
		chamber: s,
		supervisoryAuthority: s,
		professionalRules: s,
		vatId: s,
		contentResponsible: s,
		disputeResolution: s,
	}),
	notFound: group({ title: s, text: s, back: s }),
});

export type UiStrings = z.infer<typeof uiStringsSchema>;
