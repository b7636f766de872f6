import type { ArticleData } from '../schemas/article.ts';

/** One fact in which a translation differs from its source. */
export interface TranslationDifference {
	/** Where, as a frontmatter path, e.g. `risks[3].frequency`. */
	path: string;
	/** The source's value, printed as JSON. */
	source: string;
	/** The translation's value, printed as JSON. */
	translation: string;
}

/**
 * Compares the facts of a translation that must be identical to its source, whatever the language:
 * risks (count, order, frequency class, serious, estimate), how many contraindication questions, how many
 * alternatives and which one is not treating, warning signs (count and action), and the cost figures.
 * Words are not compared (they differ by language); a risk in a different position shows up as a
 * difference of its class or seriousness wherever those differ. Pure: no file access.
 */
export function compareTranslation(source: ArticleData, translation: ArticleData): TranslationDifference[] {
	const differences: TranslationDifference[] = [];
	const differ = (path: string, a: unknown, b: unknown) => {
		const [left, right] = [JSON.stringify(a), JSON.stringify(b)];
		if (left !== right) differences.push({ path, source: left ?? 'undefined', translation: right ?? 'undefined' });
	};

	differ('risks.length', source.risks.length, translation.risks.length);
	source.risks.forEach((risk, i) => {
		const other = translation.risks[i];
		if (!other) return;
		differ(`risks[${i}].frequency`, risk.frequency, other.frequency);
		differ(`risks[${i}].serious`, risk.serious, other.serious);
		differ(`risks[${i}].estimate`, risk.estimate, other.estimate);
	});
	differ('contraindications.length', source.contraindications.length, translation.contraindications.length);
	differ('alternatives.length', source.alternatives.length, translation.alternatives.length);
	differ(
		'alternatives[noTreatment]',
		source.alternatives.findIndex((a) => a.noTreatment),
		translation.alternatives.findIndex((a) => a.noTreatment),
	);
	differ('warningSigns.length', source.warningSigns.length, translation.warningSigns.length);
	source.warningSigns.forEach((sign, i) => {
		const other = translation.warningSigns[i];
		if (other) differ(`warningSigns[${i}].action`, sign.action, other.action);
	});
	const { note: _sourceNote, ...sourceCosts } = source.facts.costs;
	const { note: _translationNote, ...translationCosts } = translation.facts.costs;
	for (const field of Object.keys(sourceCosts) as (keyof typeof sourceCosts)[]) {
		differ(`facts.costs.${field}`, sourceCosts[field], translationCosts[field]);
	}
	return differences;
}

/** An article as the comparison needs it: which treatment, which language, where, and its facts. */
export interface ComparedArticle {
	key: string;
	lang: string;
	file: string;
	data: ArticleData;
}

/** The differences of one translation from its source. */
export interface TranslationComparison {
	file: string;
	sourceFile: string | undefined;
	differences: TranslationDifference[];
}

/**
 * Compares every translation among `articles` with the article of the same key in `sourceLanguage`.
 * A translation without a source is one difference (there is nothing its facts could be checked against).
 */
export function compareTranslations(articles: readonly ComparedArticle[], sourceLanguage: string): TranslationComparison[] {
	return articles
		.filter((article) => article.lang !== sourceLanguage)
		.map((article) => {
			const source = articles.find((a) => a.key === article.key && a.lang === sourceLanguage);
			if (!source) return { file: article.file, sourceFile: undefined, differences: [{ path: 'key', source: 'undefined', translation: JSON.stringify(article.key) }] };
			return { file: article.file, sourceFile: source.file, differences: compareTranslation(source.data, article.data) };
		});
}
