import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { loadSettings } from '../../src/content/load-settings.ts';
import { sectionOf, type Article } from '../../src/content/article-model.ts';
import type { SectionKey } from '../../src/content/section-keys.ts';
import { htmlBlockTexts } from '../../src/leaflets/html-block-texts.ts';
import type { UiStrings } from '../../src/schemas/ui-strings.ts';

// Issue 13: paper has no "this page", no links to click and no scrolling, and an aftercare sheet, handed
// over after the treatment, does not "prepare you for the consultation". A small list per language of
// what only a screen can say; texts shared by web and print are worded for both.
const webOnly: Record<string, RegExp[]> = {
	de: [/\bdiese[rnms]? Seite\b/i, /\bWebseite/i, /\bklick/i, /\bscroll/i, /\bLink\b/i, /\boben auf\b/i, /\bhier unten\b/i],
	en: [/\bthis page\b/i, /\bweb ?page\b/i, /\bclick/i, /\bscroll/i, /\blink\b/i, /\btop of th/i],
	tr: [/\bbu sayfa/i, /\bweb sayfa/i, /\btıkla/i, /\bkaydır/i, /\blink/i],
	ar: [/هذه الصفحة/, /انقر/, /الرابط/],
};
/** Only wrong on an aftercare sheet: the consultation is over when it is handed over. */
const beforeConsultation: Record<string, RegExp[]> = {
	de: [/\bbereitet\b[^.]*\bvor\b/i, /\bvorbereite/i],
	en: [/\bprepares? you\b/i, /\bprepare for\b/i],
	tr: [/hazırlar/i],
	ar: [/يُ?هيّ?ئ/],
};
const hits = (lists: Record<string, RegExp[]>, lang: string, text: string) => lists[lang]!.filter((re) => re.test(text)).map(String);

const { ui } = loadSettings('content');
const languages = Object.keys(ui);
const articles = languages.flatMap((lang) =>
	readdirSync(`content/articles/${lang}`)
		.filter((f) => f.endsWith('.md'))
		.map((f) => loadArticleFile(`content/articles/${lang}/${f}`).article!),
);

/** The UI strings the print templates and the running header and footer use, found in their source. */
function printedUiStrings(strings: UiStrings): [string, string][] {
	const sources = [
		...readdirSync('templates')
			.filter((f) => f.endsWith('.astro'))
			.map((f) => readFileSync(`templates/${f}`, 'utf8')),
		readFileSync('src/leaflets/leaflet-header-footer.ts', 'utf8'),
		readFileSync('src/leaflets/leaflet-model.ts', 'utf8'),
	].join('\n');
	const used = new Set<string>();
	for (const m of sources.matchAll(/\b(?:(leaflet|article|footer)|t)\.(\w+)\b/g)) used.add(`${m[1] ?? 'leaflet'}.${m[2]}`);
	const group = strings as unknown as Record<string, Record<string, unknown>>;
	const found = [...used].flatMap((key) => {
		const [g, k] = key.split('.') as [string, string];
		const value = group[g]?.[k];
		return typeof value === 'string' ? [[key, value] as [string, string]] : [];
	});
	for (const g of ['frequency', 'frequencyRate'])
		for (const [k, v] of Object.entries(group[g]!)) if (typeof v === 'string') found.push([`${g}.${k}`, v]);
	return found;
}

/** What a leaflet prints of an article: the sections the templates print and the structured facts. */
function printedText(article: Article, kind: 'consent' | 'aftercare'): [string, string][] {
	const keys: SectionKey[] =
		kind === 'consent' ? ['notice', 'overview', 'indications', 'conduct', 'benefit', 'risks', 'costs'] : ['notice', 'aftercare'];
	const { data } = article;
	const sections = keys.flatMap((key) => {
		const section = sectionOf(article, key);
		return section ? [[`{#${key}}`, `${section.heading}\n${htmlBlockTexts(section.html).join('\n')}`] as [string, string]] : [];
	});
	const facts: [string, string][] =
		kind === 'consent'
			? [
					...data.risks.map((r) => ['risks', `${r.name} ${r.detail ?? ''}`] as [string, string]),
					...data.contraindications.map((q) => ['contraindications', q] as [string, string]),
					...data.alternatives.map((a) => ['alternatives', `${a.name} ${a.description}`] as [string, string]),
					...data.preparation.map((p) => ['preparation', p] as [string, string]),
					['facts.costs.note', data.facts.costs.note ?? ''],
				]
			: [
					...data.afterEffects.map((e) => ['afterEffects', `${e.effect} ${e.lasts}`] as [string, string]),
					...data.aftercare.map((w) => ['aftercare', [w.window, ...w.do, ...w.avoid].join('\n')] as [string, string]),
					...data.warningSigns.map((w) => ['warningSigns', w.sign] as [string, string]),
				];
	return [...sections, ...facts];
}

describe('print wording', () => {
	it('has a list for every language, and the lists find what they are for', () => {
		expect(Object.keys(webOnly).sort()).toEqual([...languages].sort());
		expect(Object.keys(beforeConsultation).sort()).toEqual([...languages].sort());
		expect(hits(webOnly, 'de', 'Diese Seite soll Sie informieren.')).not.toEqual([]);
		expect(hits(webOnly, 'en', 'This page is for information.')).not.toEqual([]);
		expect(hits(webOnly, 'tr', 'Bu sayfa sizi bilgilendirmek içindir.')).not.toEqual([]);
		expect(hits(webOnly, 'ar', 'هذه الصفحة للمعلومات فقط')).not.toEqual([]);
		expect(hits(beforeConsultation, 'de', 'Dieser Text bereitet Sie auf das Aufklärungsgespräch vor.')).not.toEqual([]);
		expect(hits(beforeConsultation, 'en', 'This text helps you prepare for your consent discussion.')).not.toEqual([]);
		expect(hits(beforeConsultation, 'tr', 'Bu metin sizi aydınlatma görüşmesine hazırlar.')).not.toEqual([]);
		expect(hits(beforeConsultation, 'ar', 'يُهيّئكم هذا النص لحديث التوضيح الطبي')).not.toEqual([]);
		// Words that only look alike are no hit: a page number, "connections" between nerve cells.
		expect(hits(webOnly, 'de', 'Seite 2 von 9')).toEqual([]);
		expect(hits(webOnly, 'tr', 'sinir hücreleri arasında yeni bağlantılar')).toEqual([]);
	});

	it.each(languages)('%s: the UI strings the leaflets print speak of paper, not of a screen', (lang) => {
		const strings = printedUiStrings(ui[lang]!);
		expect(strings.length).toBeGreaterThan(50);
		expect(strings.filter(([, text]) => hits(webOnly, lang, text).length > 0)).toEqual([]);
	});

	it.each(languages)('%s: what the consent forms and aftercare sheets print of each article speaks of paper', (lang) => {
		const found: string[] = [];
		for (const article of articles.filter((a) => a.lang === lang)) {
			for (const kind of ['consent', 'aftercare'] as const)
				for (const [where, text] of printedText(article, kind)) {
					for (const hit of hits(webOnly, lang, text)) found.push(`${article.file} ${where} (${kind}): ${hit}`);
					if (kind === 'aftercare')
						for (const hit of hits(beforeConsultation, lang, text)) found.push(`${article.file} ${where} (aftercare): ${hit}`);
				}
		}
		expect(found).toEqual([]);
	});
});
