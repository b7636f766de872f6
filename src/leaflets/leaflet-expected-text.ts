import { sectionOf, type Article, type RenderedSection } from '../content/article-model.ts';
import { htmlBlockTexts } from './html-block-texts.ts';
import type { ExpectedText } from '../schemas/leaflet-manifest.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Leaflet } from './leaflet-model.ts';
import { printedSections } from '../content/leaflet-text-hash.ts';

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
	const draft: ExpectedText[] = leaflet.release ? [] : [{ label: `draft mark "${strings.leaflet.draft}"`, parts: [strings.leaflet.draft] }];
	if (leaflet.kind === 'aftercare')
		return [
			...draft,
			...article.data.warningSigns.map((w) => ({ label: `warning sign "${w.sign}"`, parts: [w.sign] })),
			...printedSections.aftercare.flatMap(([key, heading]) => sectionExpectedText(sectionOf(article, key), heading)),
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
		...[s.leaflet.placeDate, s.leaflet.signaturePatient, s.leaflet.signaturePhysician, s.leaflet.physicianName].map((l) => ({
			label: `signature label "${l}"`,
			parts: [l],
		})),
	];
	if (leaflet.kind === 'consent')
		return [...draft, ...sectionExpectedText(sectionOf(article, 'notice'), true), ...consent(article, strings)];
	const source = leaflet.source!;
	const sourceUi = ui[source.lang]!;
	// The bilingual form prints the notices only as a pair (templates/BilingualConsentForm.astro).
	const notices = [sectionOf(source, 'notice'), sectionOf(article, 'notice')];
	return [
		...draft,
		...(notices[0] && notices[1] ? notices.flatMap((n) => sectionExpectedText(n, true)) : []),
		...consent(source, sourceUi),
		...consent(leaflet.article, strings),
		...[sourceUi.leaflet.interpreter, strings.leaflet.interpreter].map((l) => ({ label: `signature label "${l}"`, parts: [l] })),
	];
}
