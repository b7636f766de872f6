import { sectionOf, type Article, type RenderedSection } from '../content/article-model.ts';
import { htmlBlockTexts } from './html-block-texts.ts';
import type { ExpectedText } from '../schemas/leaflet-manifest.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import { leafletLabel, type Leaflet } from './leaflet-model.ts';
import { documentLineText } from './leaflet-header-footer.ts';
import { byFrequency } from '../schemas/article.ts';
import { printedSections } from '../content/leaflet-text-hash.ts';
import { format } from '../i18n/format.ts';

/**
 * Words looked for at each end of a longer block of section text. Arabic is compared word by word with
 * about one word in seven allowed to be missed (find-missing-text.ts): seven words leave room for one.
 */
const END_WORDS = 3;
const ARABIC_END_WORDS = 7;
const rightToLeft = /[\u0590-\u08ff]/;

/** At most this much of a block in a label. */
const shown = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

/**
 * A section as the templates print it: its heading where printed, and the first and the last words of
 * every block (paragraph, list item, table cell, code line), or a short block whole. Text cut off at a
 * margin, hidden or lost in an overflow loses a block's end or start; checking the ends, not every word,
 * keeps the check about as fast as before.
 */
export function sectionExpectedText(section: RenderedSection | undefined, withHeading: boolean): ExpectedText[] {
	if (!section) return [];
	const items: ExpectedText[] = withHeading ? [{ label: `heading "${section.heading}"`, parts: [section.heading] }] : [];
	for (const block of htmlBlockTexts(section.html)) {
		const rtl = rightToLeft.test(block);
		// In right-to-left text, numbers and Latin runs are reordered around the words: the ends are
		// taken from the words of two or more letters, which the Arabic comparison finds in any order.
		const words = rtl ? block.split(' ').filter((w) => /\p{L}{2}/u.test(w)) : block.split(' ');
		const n = rtl ? ARABIC_END_WORDS : END_WORDS;
		const where = `in section "${section.heading}"`;
		if (words.length === 0) continue;
		if (words.length <= 2 * n) items.push({ label: `text "${shown(block)}" ${where}`, parts: [words.join(' ')] });
		else
			items.push(
				{ label: `start of "${shown(block)}" ${where}`, parts: [words.slice(0, n).join(' ')] },
				{ label: `end of "…${shown(words.slice(-n).join(' '))}" ${where}`, parts: [words.slice(-n).join(' ')] },
			);
	}
	return items;
}

/**
 * What a leaflet's model holds that its PDF must show, by kind, as the templates print it: consent
 * forms every risk with its frequency, every health question, the signature labels and the text of
 * every section they print; aftercare sheets every warning sign and their sections' text; bilingual
 * forms all of that for the source and the translation, and the interpreter's line. A PDF without one
 * of them lost it to layout or CSS (a hidden row, a clipped cell, a code line past the margin).
 */
export function leafletExpectedText(leaflet: Leaflet, ui: Record<string, UiStrings>): ExpectedText[] {
	const strings = ui[leaflet.lang]!;
	const { article } = leaflet;
	// A draft (a version the register does not list) says so on every page (templates/LeafletLayout.astro).
	// On every page: a draft's pages get separated like any others.
	const marks: ExpectedText[] = leaflet.release
		? []
		: [{ label: `draft mark "${strings.leaflet.draft}"`, parts: [strings.leaflet.draft], page: 'every' }];
	// The footer's document line on every page, in each language the form speaks: a line the footer had
	// no room for is not printed at all (Chromium clips a margin box at the sheet's edge).
	const languages = leaflet.kind === 'consent-bilingual' ? [ui[leaflet.source!.lang]!, strings] : [strings];
	const everyPage = [...marks, ...languages.map((s) => documentLine(leaflet, s))];
	if (leaflet.kind === 'aftercare')
		return [
			...everyPage,
			...article.data.warningSigns.map((w) => ({ label: `warning sign "${w.sign}"`, parts: [w.sign] })),
			...printedSections.aftercare.flatMap(([key, heading]) => sectionExpectedText(sectionOf(article, key), heading)),
			...tableStart(
				'after-effects',
				[strings.article.afterEffects, strings.article.afterEffectLasts],
				article.data.afterEffects.map((e) => e.effect),
			),
		];
	const sections = (a: Article) => printedSections.consent.flatMap(([key, heading]) => sectionExpectedText(sectionOf(a, key), heading));
	const consent = (article: Article, s: UiStrings): ExpectedText[] => [
		...sections(article),
		...article.data.risks.map((risk) => ({
			label: `risk "${risk.name}" with its frequency`,
			// The "serious" mark between name and detail is upper-cased by CSS; the gap allows for it.
			parts: [risk.name, ...(risk.detail ? [risk.detail] : []), `${s.frequency[risk.frequency]}: ${s.frequencyRate[risk.frequency]}`],
		})),
		...article.data.contraindications.map((q) => ({ label: `health question "${q}"`, parts: [q] })),
		...tableStart(
			`risks (${article.lang})`,
			// The header row lies between caption and rows; Arabic header cells of short words extract too
			// unreliably to be looked for on their own.
			[s.article.risksCaption],
			byFrequency(article.data.risks).map((r) => r.name),
		),
		...[s.leaflet.placeDate, s.leaflet.signaturePatient, s.leaflet.signaturePhysician, s.leaflet.physicianName].map((l) => ({
			label: `signature label "${l}"`,
			parts: [l],
		})),
		...signedPage(article, s),
	];
	if (leaflet.kind === 'consent')
		return [
			...everyPage,
			...sectionExpectedText(sectionOf(article, 'notice'), true),
			...consent(article, strings),
			...(leaflet.lang !== leaflet.sourceLanguage ? interpreterBlock(strings) : []),
			...onEveryPage([strings]),
		];
	const source = leaflet.source!;
	const sourceUi = ui[source.lang]!;
	// The bilingual form prints the notices only as a pair (templates/BilingualConsentForm.astro).
	const notices = [sectionOf(source, 'notice'), sectionOf(article, 'notice')];
	// Its German kind (upper-cased by CSS) and title name it for staff who read only German.
	const kind = leafletLabel(leaflet.kind, sourceUi).toLocaleUpperCase(source.lang);
	return [
		...everyPage,
		{ label: `document kind "${kind}"`, parts: [kind] },
		{ label: `title "${source.data.title}"`, parts: [source.data.title] },
		...(notices[0] && notices[1] ? notices.flatMap((n) => sectionExpectedText(n, true)) : []),
		...consent(source, sourceUi),
		...consent(leaflet.article, strings),
		...interpreterBlock(sourceUi),
		...interpreterBlock(strings),
		...onEveryPage([sourceUi, strings]),
	];
}

/**
 * The consultation record, the physician's block and the signed page of a consent form in one language
 * (templates/ConsentPart.astro): the fields every form has, and the declarations an article's consent
 * terms ask for (off-label use, undertakings, self-pay with value-added tax, photographs, parents'
 * signatures or the adults-only statement).
 */
function signedPage(article: Article, s: UiStrings): ExpectedText[] {
	const t = s.leaflet;
	const { consent } = article.data;
	const { costs } = article.data.facts;
	const text = (what: string, value: string): ExpectedText => ({ label: `${what} "${shown(value)}"`, parts: [value] });
	const items: ExpectedText[] = [
		...[t.consultationRecord, t.consultationDate, t.consultationStart, t.consultationLength].map((l) => text('consultation field', l)),
		...[
			t.plannedTreatment,
			t.plannedProduct,
			t.plannedDose,
			t.plannedArea,
			t.plannedSessions,
			t.individualRisks,
			t.patientQuestionsAnswers,
		].map((l) => text("physician's block field", l)),
		text("physician's block field", t.ableToConsent),
		text('declaration', t.declCourse),
		text('declaration', t.declWithdraw),
		consent.minimumAge < 18
			? text('minors statement', format(t.minorsFrom, { age: String(consent.minimumAge) }))
			: text('adults-only statement', t.adultsOnly),
	];
	if (consent.doseByWeight) items.push(text("physician's block field", t.bodyWeight));
	if (consent.minimumAge < 18) items.push(text('signature label', t.signatureGuardian1), text('signature label', t.signatureGuardian2));
	if (consent.offLabel)
		items.push(
			text('off-label declaration', t.offLabelTitle),
			text('off-label use', consent.offLabel),
			text('off-label declaration', t.offLabelDecl),
			text('off-label field', t.offLabelProduct),
			text('off-label field', t.offLabelBatch),
		);
	if (consent.undertakings.length > 0)
		items.push(text('undertakings', t.undertakingsTitle), ...consent.undertakings.map((u) => text('undertaking', u)));
	if (costs.selfPay)
		items.push(
			text('self-pay agreement', t.selfPayTitle),
			text('self-pay agreement', t.selfPayAgreement),
			text('cost estimate field', t.costEstimate),
		);
	if (costs.selfPay && costs.purelyAesthetic) items.push(text('value-added tax', t.vatIncluded));
	if (consent.photos)
		items.push(
			text('photo consent', t.photoTitle),
			text('photo consent', format(t.photoConsent, { years: String(consent.photos.keptYears) })),
			text('photo consent', t.photoYes),
			text('photo consent', t.photoNo),
		);
	return items;
}

/** The interpreter's block: name, language, the confirmation and the signature. */
function interpreterBlock(s: UiStrings): ExpectedText[] {
	const t = s.leaflet;
	return [t.interpreter, t.interpreterName, t.interpreterLanguage, t.interpreterConfirm, t.signatureInterpreter].map((l) => ({
		label: `interpreter block "${shown(l)}"`,
		parts: [l],
	}));
}

/**
 * A table's caption (or, without one, its header row) on one page with its first two rows (leaflet.css
 * keeps them together): never alone at the foot of a page.
 */
function tableStart(name: string, head: string[], rows: string[]): ExpectedText[] {
	if (rows.length === 0) return [];
	return [
		{ label: `start of the ${name} table (caption or header with two rows)`, parts: [...head, ...rows.slice(0, 2)], page: 'together' },
	];
}

/** The footer's document line in one language, as the footer prints it (the comparison ignores the isolating marks). */
function documentLine(leaflet: Leaflet, s: UiStrings): ExpectedText {
	const line = documentLineText(leaflet, s);
	return { label: `document line "${line.replace(/[\u2066-\u2069]/g, '')}"`, parts: [line], page: 'every' };
}

/**
 * What a consent form (single: one language; bilingual: source and patient's) shows page by page: the
 * footer's patient line on every page, and the declaration with its signature lines on one page.
 */
function onEveryPage(languages: UiStrings[]): ExpectedText[] {
	const label = (pick: (s: UiStrings) => string) => languages.map(pick).join(' / ');
	const patient = [label((s) => s.leaflet.patientName), label((s) => s.leaflet.dateOfBirth)];
	const declaration = languages.flatMap((s) => [
		s.leaflet.partDeclaration,
		s.leaflet.declRead,
		s.leaflet.declCopy,
		s.leaflet.declConsent,
		s.leaflet.declRefuse,
		s.leaflet.placeDate,
		s.leaflet.signaturePatient,
		s.leaflet.signaturePhysician,
	]);
	return [
		// With their colons: the footer's line, not the patient fields at the top of page 1 (known limit: Arabic
		// is compared word by word without punctuation, so on page 1 those fields count too).
		{ label: `patient line "${patient.join(' … ')}"`, parts: patient.map((p) => `${p}:`), page: 'every' },
		{ label: 'declaration with its signature lines', parts: declaration, page: 'together' },
	];
}
