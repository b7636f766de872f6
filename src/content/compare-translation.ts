import type { ArticleData } from '../schemas/article.ts';
import type { TranslationDifferenceKind } from '../problems/problem-catalogue.ts';

/** One fact in which a translation differs from its source. */
export interface TranslationDifference {
	kind: TranslationDifferenceKind;
	/** Where, as a frontmatter path (`risks[3].frequency`) or a section (`sections.risks`). */
	path: string;
	/** Where it stands in the translation: a frontmatter path (a missing item: its list), or a section key. */
	at: { field: (string | number)[] } | { section: string };
	/** The source's item, as a reader finds it there: `risk 4 ("Bruising")`, `facts.costs`, `section {#risks}`. */
	item: string;
	/** The field that differs, e.g. `frequency`; for a count, what is counted (`risks`). */
	field: string;
	/** The source's value, printed as JSON. */
	source: string;
	/** The translation's value, printed as JSON. */
	translation: string;
	/** For a count: the source's items in order, so the one missing or added can be found. */
	list?: string[];
}

/** What the comparison needs of an article: its frontmatter and which sections it has (in page order). */
export interface ComparedFacts {
	data: ArticleData;
	sections: readonly { key: string; heading: string }[];
}

const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';
const quote = (text: string) => `"${text.length > 50 ? `${text.slice(0, 49)}…` : text}"`;

/**
 * Compares the facts of a translation that must be identical to its source, whatever the language:
 * risks (count, and in order their frequency class, `serious` and `estimate`), how many contraindication
 * questions, alternatives (count, and which one is not treating), warning signs (count, and in order their
 * action), how many preparation steps, normal after-effects, aftercare windows (and per window how many
 * things to do and to avoid) and FAQ entries, every cost figure and flag, and which sections there are. Words are not compared (they differ
 * by language). Items are compared position by position only when both lists are equally long: one missing
 * risk would otherwise make every risk after it differ. Sections are always in page order (section-keys.ts),
 * so only which keys there are can differ. Pure: no file access.
 */
export function compareTranslation(source: ComparedFacts, translation: ComparedFacts): TranslationDifference[] {
	const differences: TranslationDifference[] = [];
	const [a, b] = [source.data, translation.data];
	const value = (at: (string | number)[], item: string, field: string, left: unknown, right: unknown) => {
		if (json(left) === json(right)) return;
		const path = at.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
		differences.push({ kind: 'value', path, at: { field: at }, item, field, source: json(left), translation: json(right) });
	};
	// `at` is the list's path (a list inside a list item: `['aftercare', 0, 'do']`), `item` names it for the reader.
	const count = (field: string, list: string[], other: number, at: (string | number)[] = [field], item = field): boolean => {
		if (list.length === other) return true;
		const path = at.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
		differences.push({ kind: 'count', path: `${path}.length`, at: { field: at }, item, field, source: json(list.length), translation: json(other), list });
		return false;
	};

	if (count('risks', a.risks.map((r) => `${quote(r.name)} (${r.frequency}${r.serious ? ', serious' : ''})`), b.risks.length)) {
		a.risks.forEach((risk, i) => {
			const other = b.risks[i]!;
			const item = `risk ${i + 1} (${quote(risk.name)})`;
			value(['risks', i, 'frequency'], item, 'frequency', risk.frequency, other.frequency);
			value(['risks', i, 'serious'], item, 'serious', risk.serious, other.serious);
			value(['risks', i, 'estimate'], item, 'estimate', risk.estimate, other.estimate);
		});
	}
	count('contraindications', a.contraindications.map(quote), b.contraindications.length);
	if (count('alternatives', a.alternatives.map((alt) => `${quote(alt.name)}${alt.noTreatment ? ' (noTreatment)' : ''}`), b.alternatives.length)) {
		a.alternatives.forEach((alternative, i) => {
			value(['alternatives', i, 'noTreatment'], `alternative ${i + 1} (${quote(alternative.name)})`, 'noTreatment', alternative.noTreatment, b.alternatives[i]!.noTreatment);
		});
	}
	if (count('warningSigns', a.warningSigns.map((s) => `${quote(s.sign)} (${s.action})`), b.warningSigns.length)) {
		a.warningSigns.forEach((sign, i) => {
			value(['warningSigns', i, 'action'], `warning sign ${i + 1} (${quote(sign.sign)})`, 'action', sign.action, b.warningSigns[i]!.action);
		});
	}
	// What the patient acts on before and after the treatment, printed on the consent form and the aftercare
	// sheet: a step or an instruction dropped in translation is a safety instruction the patient never reads.
	// Counts only (the items are words). The FAQ is counted too: its answers are medical statements the
	// physician reviewed in the source, so a question added or dropped in translation is unreviewed or lost.
	count('preparation', a.preparation.map(quote), b.preparation.length);
	count('afterEffects', a.afterEffects.map((e) => `${quote(e.effect)} (${e.lasts})`), b.afterEffects.length);
	if (count('aftercare', a.aftercare.map((w) => quote(w.window)), b.aftercare.length)) {
		a.aftercare.forEach((window, i) => {
			const item = `aftercare window ${i + 1} (${quote(window.window)})`;
			for (const list of ['do', 'avoid'] as const) count(list, window[list].map(quote), b.aftercare[i]![list].length, ['aftercare', i, list], item);
		});
	}
	count('faq', a.faq.map((f) => quote(f.question)), b.faq.length);
	// Every figure and flag of the cost statement; only the note is words.
	const { note: _sourceNote, ...sourceCosts } = a.facts.costs;
	for (const field of Object.keys(sourceCosts) as (keyof typeof sourceCosts)[]) {
		value(['facts', 'costs', field], 'the costs (`facts.costs`)', field, sourceCosts[field], b.facts.costs[field]);
	}

	// Whether before/after pictures are forbidden (advertising law) is the same fact in every language.
	value(['aesthetic'], 'the advertising flag (`aesthetic`)', 'aesthetic', a.aesthetic ?? a.facts.costs.purelyAesthetic, b.aesthetic ?? b.facts.costs.purelyAesthetic);

	// Who may consent and what the consent form declares are the same in every language; only the
	// texts of `offLabel` and of the undertakings are words, so their presence and number are compared.
	const terms = 'the consent terms (`consent`)';
	value(['consent', 'minimumAge'], terms, 'minimumAge', a.consent.minimumAge, b.consent.minimumAge);
	value(['consent', 'offLabel'], terms, 'offLabel', a.consent.offLabel !== undefined, b.consent.offLabel !== undefined);
	value(['consent', 'undertakings'], terms, 'undertakings', a.consent.undertakings.length, b.consent.undertakings.length);
	value(['consent', 'photos'], terms, 'photos', a.consent.photos ?? null, b.consent.photos ?? null);
	value(['consent', 'doseByWeight'], terms, 'doseByWeight', a.consent.doseByWeight, b.consent.doseByWeight);

	const keys = (article: ComparedFacts) => article.sections.map((s) => s.key);
	for (const section of source.sections) {
		if (keys(translation).includes(section.key)) continue;
		// Placed where the section belongs: at the heading of the next section the translation has.
		const after = source.sections.slice(source.sections.indexOf(section) + 1).find((s) => keys(translation).includes(s.key));
		differences.push({
			kind: 'section-missing',
			path: `sections.${section.key}`,
			at: { section: after?.key ?? translation.sections.at(-1)?.key ?? section.key },
			item: `section {#${section.key}} (${quote(section.heading)})`,
			field: section.key,
			source: json(section.key),
			translation: 'undefined',
			list: keys(source),
		});
	}
	for (const section of translation.sections) {
		if (keys(source).includes(section.key)) continue;
		differences.push({
			kind: 'section-extra',
			path: `sections.${section.key}`,
			at: { section: section.key },
			item: `section {#${section.key}}`,
			field: section.key,
			source: 'undefined',
			translation: json(section.key),
			list: keys(source),
		});
	}
	return differences;
}

/** An article as the comparison needs it: which treatment, which language, where, and its facts. */
export interface ComparedArticle extends ComparedFacts {
	key: string;
	lang: string;
	file: string;
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
			if (!source)
				return {
					file: article.file,
					sourceFile: undefined,
					differences: [
						{ kind: 'value', path: 'key', at: { field: ['key'] }, item: 'key', field: 'key', source: 'undefined', translation: json(article.key) },
					],
				};
			return { file: article.file, sourceFile: source.file, differences: compareTranslation(source, article) };
		});
}
