import type { Article } from '../content/article-model.ts';
import type { ExpectedText } from '../schemas/leaflet-manifest.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Leaflet } from './leaflet-model.ts';

/**
 * What a leaflet's model holds that its PDF must show, by kind, as the templates print it: consent
 * forms every risk with its frequency, every health question and the signature labels; aftercare sheets
 * every warning sign; bilingual forms all of that for the source and the translation, and the
 * interpreter's line. A PDF without one of them lost it to layout or CSS (a hidden row, a clipped cell).
 */
export function leafletExpectedText(leaflet: Leaflet, ui: Record<string, UiStrings>): ExpectedText[] {
	const strings = ui[leaflet.lang]!;
	if (leaflet.kind === 'aftercare')
		return leaflet.article.data.warningSigns.map((w) => ({ label: `warning sign "${w.sign}"`, parts: [w.sign] }));
	const consent = (article: Article, s: UiStrings): ExpectedText[] => [
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
	if (leaflet.kind === 'consent') return consent(leaflet.article, strings);
	const source = leaflet.source!;
	const sourceUi = ui[source.lang]!;
	return [
		...consent(source, sourceUi),
		...consent(leaflet.article, strings),
		...[sourceUi.leaflet.interpreter, strings.leaflet.interpreter].map((l) => ({ label: `signature label "${l}"`, parts: [l] })),
	];
}
