import { sectionOf, type Article, type RenderedSection } from './article-model.ts';
import { contentHash } from './content-hash.ts';
import type { SectionKey } from './section-keys.ts';
import type { LeafletText } from './leaflet-texts.ts';
import { formatEuro, weekdayName } from '../i18n/format.ts';
import { articlePath } from '../routes/routes.ts';
import { byFrequency, warningActions } from '../schemas/article.ts';
import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';

/**
 * What each leaflet kind prints, in one place: the article's sections (with or without their heading)
 * and the UI strings of each group the templates use (templates/ConsentForm.astro, ConsentPart.astro,
 * BilingualConsentForm.astro, AftercareSheet.astro, LeafletLayout.astro, PatientFields.astro and the
 * running header and footer, src/leaflets/leaflet-header-footer.ts). The text check
 * (src/leaflets/leaflet-expected-text.ts) and
 * the text hash read these lists; tests/unit/leaflet-text-hash.test.ts holds them to the templates, so a
 * string a template starts to print cannot be left out of the hash unnoticed.
 */
export const printedSections = {
	consent: [
		['overview', true],
		['indications', true],
		['conduct', true],
		['benefit', false],
		['risks', false],
		['costs', false],
	],
	aftercare: [
		['notice', true],
		['aftercare', false],
	],
} as const satisfies Record<string, readonly (readonly [SectionKey, boolean])[]>;

/** The UI strings the running header and footer print (leaflet-header-footer.ts), for every kind. */
const frameLeaflet = ['online', 'documentLine', 'page'] as const;

export const printedUiStrings = {
	consent: {
		leaflet: [
			...frameLeaflet,
			'patientName',
			'dateOfBirth',
			'patientNumber',
			'partNature',
			'partBenefit',
			'partRisks',
			'partAlternatives',
			'partQuestions',
			'questionsIntro',
			'yes',
			'no',
			'otherConditions',
			'partPreparation',
			'partCosts',
			'costStatement',
			'insuredStatement',
			'partNotes',
			'partAgreements',
			'partDeclaration',
			'declRead',
			'declInformed',
			'declQuestions',
			'declTime',
			'declCopy',
			'declConsent',
			'declRefuse',
			'placeDate',
			'signaturePatient',
			'signaturePhysician',
			'physicianName',
			// The signed page (issue 13); the blocks an article's consent terms leave out are listed too, so the
			// hash of every form moves when one of their wordings does.
			'consultationRecord',
			'consultationDate',
			'consultationStart',
			'consultationLength',
			'plannedTreatment',
			'plannedProduct',
			'plannedDose',
			'plannedArea',
			'plannedSessions',
			'bodyWeight',
			'individualRisks',
			'patientQuestionsAnswers',
			'ableToConsent',
			'drawings',
			'declCourse',
			'declWithdraw',
			'offLabelTitle',
			'offLabelDecl',
			'offLabelProduct',
			'offLabelBatch',
			'undertakingsTitle',
			'selfPayTitle',
			'costEstimate',
			'selfPayAgreement',
			'vatIncluded',
			'photoTitle',
			'photoConsent',
			'photoYes',
			'photoNo',
			'adultsOnly',
			'minorsFrom',
			'signatureGuardian1',
			'signatureGuardian2',
		],
		article: ['risksCaption', 'riskName', 'riskFrequency', 'serious', 'estimate'],
		facts: ['costRange', 'costSingle', 'perSession', 'perCourse'],
		footer: [],
	},
	/** Printed by the (one-language) consent form only, not by the bilingual one. */
	consentForm: { leaflet: ['consent', 'consentIntro'], article: [], facts: [], footer: [] },
	/** Added to the consent form's strings by the bilingual form, in both languages. */
	bilingual: { leaflet: ['bilingualNote'], article: [], facts: [], footer: [] },
	/** The interpreter's block: on every consent form in another language than the clinic's, and on the bilingual one. */
	interpreter: {
		leaflet: ['interpreter', 'interpreterName', 'interpreterLanguage', 'interpreterConfirm', 'signatureInterpreter'],
		article: [],
		facts: [],
		footer: [],
	},
	/** The bilingual form's kind, in both languages (templates/LeafletLayout.astro). */
	bilingualForm: { leaflet: ['consent', 'bilingual'], article: [], facts: [], footer: [] },
	aftercare: {
		leaflet: [
			...frameLeaflet,
			'aftercare',
			'patientName',
			'treatmentDate',
			'aftercareIntro',
			'partWarning',
			'emergencyGroup',
			'psychiatricGroup',
			'clinicGroup',
			'partNormal',
			'partAftercare',
			'partContact',
			'nextAppointment',
		],
		article: ['afterEffects', 'afterEffectLasts', 'do', 'avoid'],
		facts: [],
		footer: ['phone', 'email', 'hours', 'onCall', 'emergency'],
	},
} as const satisfies Record<
	string,
	{
		leaflet: readonly (keyof UiStrings['leaflet'])[];
		article: readonly (keyof UiStrings['article'])[];
		facts: readonly (keyof UiStrings['facts'])[];
		footer: readonly (keyof UiStrings['footer'])[];
	}
>;

type StringGroups = (typeof printedUiStrings)[keyof typeof printedUiStrings];

const pick = (ui: UiStrings, groups: StringGroups) =>
	(['leaflet', 'article', 'facts', 'footer'] as const).map((group) => [
		group,
		(groups[group] as readonly string[]).map((key) => [key, (ui[group] as Record<string, string>)[key]]),
	]);

const section = (s: RenderedSection | undefined, withHeading: boolean) => (s ? [s.key, withHeading ? s.heading : null, s.html] : null);

/** A consent form's numbered parts in one language (templates/ConsentPart.astro): what the article holds and the strings around it. */
function consentText(article: Article, ui: UiStrings) {
	const { data } = article;
	return [
		['lang', article.lang],
		['strings', pick(ui, printedUiStrings.consent)],
		['sections', printedSections.consent.map(([key, heading]) => section(sectionOf(article, key), heading))],
		[
			'risks',
			byFrequency(data.risks).map((r) => [
				r.name,
				r.serious ?? false,
				r.detail ?? null,
				ui.frequency[r.frequency],
				ui.frequencyRate[r.frequency],
				r.estimate ?? false,
			]),
		],
		['alternatives', data.alternatives.map((a) => [a.name, a.description])],
		['questions', data.contraindications],
		['preparation', data.preparation],
		[
			'costs',
			[
				formatEuro(data.facts.costs.from, ui.locale),
				formatEuro(data.facts.costs.to, ui.locale),
				data.facts.costs.per,
				data.facts.costs.selfPay,
				data.facts.costs.note ?? null,
				data.facts.costs.purelyAesthetic,
			],
		],
		[
			'consent',
			[
				data.consent.minimumAge,
				data.consent.offLabel ?? null,
				data.consent.undertakings,
				data.consent.photos?.keptYears ?? null,
				data.consent.doseByWeight,
			],
		],
	];
}

/** The clinic's lines of the running header and the online address the header prints (without the deploy base). */
function frameText(leaflet: LeafletText, clinic: Clinic) {
	const { address } = clinic;
	return [
		['id', leaflet.id],
		['clinic', [clinic.name, address.street, address.postalCode, address.city, clinic.phone]],
		['online', `${clinic.siteUrl}${articlePath(leaflet.lang, leaflet.slug)}`],
	];
}

function aftercareText(leaflet: LeafletText, clinic: Clinic, ui: UiStrings) {
	const { article } = leaflet;
	const { data } = article;
	return [
		['title', data.title],
		['strings', pick(ui, printedUiStrings.aftercare)],
		['sections', printedSections.aftercare.map(([key, heading]) => section(sectionOf(article, key), heading))],
		// Grouped by who to call, in the sheet's order; the groups' titles name the numbers.
		['warningSigns', warningActions.map((action) => [action, data.warningSigns.filter((w) => w.action === action).map((w) => w.sign)])],
		['numbers', [clinic.phone, clinic.onCallNumber, clinic.emergencyNumber]],
		['afterEffects', data.afterEffects.map((e) => [e.effect, e.lasts])],
		['aftercare', data.aftercare.map((w) => [w.window, w.do, w.avoid])],
		[
			'contact',
			[
				clinic.email,
				clinic.openingHours.map((h) => [h.days.map((d) => weekdayName(d, ui.locale, 'short')), h.opens, h.closes]),
			],
		],
	];
}

/**
 * Exactly the text a leaflet prints, as an ordered list that serialises the same way every time. It
 * leaves out what is printed beside the hash (`version`, `issued`), what is not printed at all (an
 * aftercare sheet's risks, `reviewed`, `reviewedBy`, the description, site-only UI strings) and the
 * draft mark, which a release removes without changing the text.
 */
export function leafletPrintedText(leaflet: LeafletText, settings: { clinic: Clinic; ui: Record<string, UiStrings> }): unknown[] {
	const { clinic, ui } = settings;
	const strings = ui[leaflet.lang]!;
	const frame = frameText(leaflet, clinic);
	if (leaflet.kind === 'aftercare') return [leaflet.kind, frame, aftercareText(leaflet, clinic, strings)];
	const notice = (a: Article) => section(sectionOf(a, 'notice'), true);
	// The title is the leaflet's article's; a bilingual form prints the source's title above the translation's.
	const title = ['title', ...(leaflet.source ? [leaflet.source.data.title] : []), leaflet.article.data.title];
	if (leaflet.kind === 'consent') {
		const interpreter = leaflet.lang !== leaflet.sourceLanguage ? pick(strings, printedUiStrings.interpreter) : null;
		return [
			leaflet.kind,
			frame,
			title,
			pick(strings, printedUiStrings.consentForm),
			notice(leaflet.article),
			consentText(leaflet.article, strings),
			interpreter,
		];
	}
	const source = leaflet.source!;
	const sourceUi = ui[source.lang]!;
	const bilingual = (a: Article, s: UiStrings) => [
		notice(a),
		consentText(a, s),
		pick(s, printedUiStrings.bilingual),
		pick(s, printedUiStrings.interpreter),
	];
	// Its kind, footer and page label are printed in both languages.
	const kindLine = [pick(sourceUi, printedUiStrings.bilingualForm), pick(strings, printedUiStrings.bilingualForm)];
	return [leaflet.kind, frame, title, kindLine, bilingual(source, sourceUi), bilingual(leaflet.article, strings)];
}

/**
 * 12 hex characters over the text the leaflet prints (see `leafletPrintedText`), printed in its footer
 * and recorded in the register of issued versions: two printouts with the same hash carry the same text.
 */
export function leafletTextHash(leaflet: LeafletText, settings: { clinic: Clinic; ui: Record<string, UiStrings> }): string {
	return contentHash(JSON.stringify(leafletPrintedText(leaflet, settings)));
}
