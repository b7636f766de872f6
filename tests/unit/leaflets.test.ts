import { describe, expect, it } from 'vitest';
import { filterJobs, toJob } from '../../src/leaflets/leaflet-jobs.ts';
import { mergeManifest } from '../../src/leaflets/leaflet-manifest.ts';
import { listLeaflets } from '../../src/leaflets/leaflet-model.ts';
import type { LeafletJob, RenderedLeaflet } from '../../src/schemas/leaflet-manifest.ts';
import {
	leafletDocName,
	leafletPageCssPath,
	leafletPdfPath,
	leafletSheetName,
	leafletViewPath,
	type LeafletKind,
} from '../../src/routes/routes.ts';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { loadSettings } from '../../src/content/load-settings.ts';
import { leafletFonts } from '../../templates/leaflet-fonts.ts';
import { leafletPageCss, pageCounterContent } from '../../templates/page-css.ts';
import { cssString } from '../../templates/css-string.ts';

const settings = loadSettings('content');
const de = loadArticleFile('content/articles/de/mesotherapie.md').article!;
const en = loadArticleFile('content/articles/en/mesotherapy.md').article!;

describe('listLeaflets', () => {
	it('makes a consent form and an aftercare sheet per article, with ids, stable paths and a text hash', () => {
		const leaflets = listLeaflets([en, de], ['de', 'en'], settings);
		expect(leaflets.map((l) => l.id)).toEqual([
			'mesotherapy-consent-de',
			'mesotherapy-aftercare-de',
			'mesotherapy-consent-en',
			'mesotherapy-aftercare-en',
			'mesotherapy-consent-bilingual-en',
		]);
		expect(leaflets[0]).toMatchObject({ pdfPath: '/de/leaflets/mesotherapie-consent.pdf', viewPath: '/de/leaflets/mesotherapie-consent/' });
		expect(leaflets[0]!.textHash).toMatch(/^[0-9a-f]{12}$/);
		expect(
			leaflets.every((l) => !l.release),
			'no register: all drafts',
		).toBe(true);
	});

	it('gives leaflets with the same inputs one page stylesheet, and the bilingual consent form its own', () => {
		const leaflets = listLeaflets([en, de], ['de', 'en'], settings);
		expect(leaflets.map((l) => l.pageCssPath)).toEqual([
			'/de/leaflets/mesotherapie.css',
			'/de/leaflets/mesotherapie.css',
			'/en/leaflets/mesotherapy.css',
			'/en/leaflets/mesotherapy.css',
			'/en/leaflets/mesotherapy.bilingual.css',
		]);
	});

	it('carries slug and kind as data, for every kind and language, and its jobs too; every path is built from them', () => {
		const tr = loadArticleFile('content/articles/tr/mezoterapi.md').article!;
		const { clinic, ui } = loadSettings('content');
		const leaflets = listLeaflets([en, de, tr], ['de', 'en', 'tr'], settings);
		expect(leaflets.map((l) => `${l.lang} ${l.slug} ${l.kind}`)).toEqual([
			'de mesotherapie consent',
			'de mesotherapie aftercare',
			'en mesotherapy consent',
			'en mesotherapy aftercare',
			'en mesotherapy consent-bilingual',
			'tr mezoterapi consent',
			'tr mezoterapi aftercare',
			'tr mezoterapi consent-bilingual',
		]);
		for (const l of leaflets) {
			expect(l.slug, l.id).toBe(l.article.slug);
			expect([l.pdfPath, l.viewPath, l.pageCssPath], l.id).toEqual([
				leafletPdfPath(l.lang, l.slug, l.kind),
				leafletViewPath(l.lang, l.slug, l.kind),
				leafletPageCssPath(l.lang, l.slug, l.kind),
			]);
			// The route params Astro builds the print view and the stylesheet at name the same files.
			expect(l.viewPath, l.id).toBe(`/${l.lang}/leaflets/${leafletDocName(l.slug, l.kind)}/`);
			expect(l.pageCssPath, l.id).toBe(`/${l.lang}/leaflets/${leafletSheetName(l.slug, l.kind)}.css`);
			expect(toJob(l, clinic, ui), l.id).toMatchObject({
				id: l.id,
				slug: l.slug,
				kind: l.kind,
				lang: l.lang,
				pdfPath: l.pdfPath,
				viewPath: l.viewPath,
			});
		}
	});
});

const job = (id: string, lang: string, key: string, kind: LeafletKind, slug: string): LeafletJob => ({
	id,
	lang,
	key,
	slug,
	kind,
	title: id,
	subject: '',
	author: '',
	version: '1.0',
	issued: '2026-01-01',
	textHash: '000000000000',
	draft: false,
	viewPath: `/${lang}/leaflets/${slug}-${kind}/`,
	pdfPath: `/${lang}/leaflets/${slug}-${kind}.pdf`,
});
const jobs = [
	job('meso-consent-de', 'de', 'meso', 'consent', 'mesotherapie'),
	job('meso-aftercare-de', 'de', 'meso', 'aftercare', 'mesotherapie'),
	job('meso-consent-en', 'en', 'meso', 'consent', 'mesotherapy'),
];

describe('filterJobs', () => {
	it('filters by language, article key or slug, and kind', () => {
		expect(filterJobs(jobs, { lang: ['de'] }).map((j) => j.id)).toEqual(['meso-consent-de', 'meso-aftercare-de']);
		expect(filterJobs(jobs, { article: ['mesotherapy'] }).map((j) => j.id)).toEqual(['meso-consent-en']);
		expect(filterJobs(jobs, { article: ['meso'], kind: ['consent'] }).map((j) => j.id)).toEqual(['meso-consent-de', 'meso-consent-en']);
		expect(filterJobs(jobs, {})).toHaveLength(3);
	});

	it('rejects an unknown filter value instead of rendering nothing', () => {
		expect(() => filterJobs(jobs, { kind: ['consnet'] })).toThrow(/Unknown --kind consnet; known: aftercare, consent/);
		expect(() => filterJobs(jobs, { lang: ['fr'] })).toThrow(/Unknown --lang fr/);
	});
});

describe('mergeManifest', () => {
	const entry = (id: string, sha256: string) => ({ id, sha256 }) as RenderedLeaflet;
	it('replaces rendered entries, drops failed and vanished ones, and keeps job order', () => {
		const previous = {
			leaflets: [
				entry('meso-consent-en', 'old'),
				entry('meso-consent-de', 'old'),
				entry('gone-consent-de', 'old'),
				entry('meso-aftercare-de', 'old'),
			],
		};
		const merged = mergeManifest(previous, jobs, [entry('meso-consent-de', 'new')], ['meso-aftercare-de']);
		expect(merged.leaflets).toEqual([entry('meso-consent-de', 'new'), entry('meso-consent-en', 'old')]);
	});
});

describe('leaflet page CSS', () => {
	/** A CSS string token read back as a CSS parser reads it (CSS Syntax 4.3.5, 4.3.7). */
	const readCssString = (token: string) => {
		expect(token).toMatch(/^"[^"\\\n\r\f]*(?:\\[^\n\r\f][^"\\\n\r\f]*)*"$/);
		return token
			.slice(1, -1)
			.replace(/\\([0-9a-fA-F]{1,6})[ \t\n]?|\\(.)/gsu, (_, hex?: string, char?: string) =>
				hex ? String.fromCodePoint(parseInt(hex, 16)) : char!,
			);
	};
	const hostile = [
		'Praxis\rLindenhof',
		'line\nbreak',
		'form\ffeed',
		'a "quoted" b',
		"it's",
		'back\\slash',
		'</style><script>',
		'end */ of comment',
		'a } b { c',
		'nul\0byte',
		'line\u2028separator',
		'emoji 💉🩺',
		'tab\tand\u007fdel',
		'Ünïcødé ğ İ العلاج',
		'\\A raw escape',
		'\\"',
	];

	it('escapes every value for CSS completely: plain ASCII, nothing that ends the string, read back unchanged', () => {
		for (const value of hostile) {
			const token = cssString(value);
			expect(token, JSON.stringify(value)).toMatch(/^"[\x20-\x7e]*"$/);
			expect(token.slice(1, -1), JSON.stringify(value)).not.toMatch(/["'<>&]|\*\/|\\$/);
			expect(readCssString(token), JSON.stringify(value)).toBe(value.replace(/\0/g, '\ufffd'));
		}
		expect(cssString('a\nb')).toBe('"a\\a b"');
		expect(cssString('💉')).toBe('"\\1f489 "');
	});

	it('puts hostile clinic names, URLs and labels into the page CSS only as escaped strings', () => {
		const value = hostile.join(' | ');
		const css = leafletPageCss({
			kind: 'consent',
			header: [value, value],
			online: value,
			qrUrl: `data:image/svg+xml,${value}`,
			documentLine: value,
			pageLabel: `${value} {page}/{pages}`,
			fontFamilies: [value, 'sans-serif'],
			dir: 'ltr',
		});
		// Outside the string tokens only the template's own ASCII remains: no text of the value. A raw
		// CR, LF or FF ends a CSS string (as a bad string), so what follows it would count as outside.
		const outside = css.replace(/"(?:[^"\\\n\r\f]|\\[^\n\r\f])*"/g, '""');
		expect(outside).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
		for (const word of ['Praxis', 'Lindenhof', 'style', 'quoted', 'emoji', 'comment']) expect(outside).not.toContain(word);
		expect(css).toContain('url("data:image/svg+xml,');
		expect(() =>
			leafletPageCss({
				kind: 'consent} body{display:none' as 'consent',
				header: [],
				online: '',
				qrUrl: '',
				documentLine: '',
				pageLabel: '',
				fontFamilies: ['x'],
				dir: 'ltr',
			}),
		).toThrow();
	});

	it('turns page placeholders into counters', () => {
		expect(pageCounterContent('Seite {page} von {pages}')).toBe('"Seite " counter(page) " von " counter(pages)');
		expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
	});

	it('puts header, QR code, document line and page numbers into the page margin boxes of an A4 page', () => {
		const css = leafletPageCss({
			kind: 'consent',
			header: ['Clinic', 'Street 1'],
			online: 'Online: x.example/de/a',
			qrUrl: '/de/leaflets/a-consent/qr.svg',
			documentLine: 'a-consent-de · Version 1.0',
			pageLabel: 'Page {page} of {pages}',
			fontFamilies: ['Source Sans 3', 'serif'],
			dir: 'ltr',
		});
		// A named page per kind: an article's consent form and aftercare sheet share one stylesheet.
		expect(css).toMatch(/\.leaflet-consent \{\s*page: consent;\s*\}/);
		expect(css).toContain('@page consent {');
		expect(css).toContain('size: A4;');
		// The text, URL last, in the start box; the QR code alone at the outer edge, so the two never meet.
		expect(css).toMatch(/@top-left \{\s*content: "Clinic\\a Street 1\\a Online: x\.example\/de\/a";/);
		expect(css).toMatch(/@top-right \{\s*content: url\("\/de\/leaflets\/a-consent\/qr\.svg"\);/);
		expect(css).toContain('content: "a-consent-de \\b7  Version 1.0";');
		expect(css).toContain('font-family: "Source Sans 3", serif;');
		expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
		// The binding edge keeps room for hole-punching.
		expect(css).toMatch(/margin: \d+mm \d+mm \d+mm 25mm;/);
	});
});

describe('leafletFonts', () => {
	const { ui } = loadSettings('content');
	const files = (lang: string) =>
		leafletFonts(ui[lang]!).map((href) =>
			href
				.split('/')
				.at(-1)!
				.replace(/-[\w-]{8}\.woff2$|\.woff2$/, ''),
		);

	it('preloads the Latin files for German and English, the Arabic ones for Arabic', () => {
		for (const lang of ['de', 'en']) {
			expect(files(lang).length, lang).toBe(5);
			expect(
				files(lang).every((f) => f.includes('-latin-') && !f.includes('-latin-ext-')),
				lang,
			).toBe(true);
		}
		expect(files('ar').every((f) => f.startsWith('ibm-plex-sans-arabic-'))).toBe(true);
	});

	it('adds the Latin Extended files for a language whose strings need them (Turkish ğ, ş, İ)', () => {
		expect(files('tr').filter((f) => f.includes('-latin-ext-')).length).toBe(5);
	});
});

describe('shards', () => {
	it('parses i/n and rejects anything else', async () => {
		const { parseShard } = await import('../../src/leaflets/leaflet-jobs.ts');
		expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
		for (const bad of ['0/3', '4/3', '1-3', 'a/b', '1/0']) expect(() => parseShard(bad), bad).toThrow(/--shard takes "i\/n"/);
	});

	it('covers every leaflet exactly once, and adding a leaflet moves no other', async () => {
		const { shardJobs } = await import('../../src/leaflets/leaflet-jobs.ts');
		const many = Array.from({ length: 60 }, (_, i) => job(`t${i}-consent-de`, 'de', `t${i}`, 'consent', `t${i}`));
		const parts = [1, 2, 3].map((index) => shardJobs(many, { index, count: 3 }).map((j) => j.id));
		expect(parts.flat().sort()).toEqual(many.map((j) => j.id).sort());
		for (const part of parts) expect(part.length).toBeGreaterThan(5);
		const grown = [...many, job('new-consent-de', 'de', 'new', 'consent', 'new')];
		const after = [1, 2, 3].map((index) =>
			shardJobs(grown, { index, count: 3 })
				.map((j) => j.id)
				.filter((id) => id !== 'new-consent-de'),
		);
		expect(after).toEqual(parts);
	});
});

describe('htmlHeadings', () => {
	it('reads headings in order, without markup, with entities decoded and white space folded', async () => {
		const { htmlHeadings } = await import('../../src/leaflets/html-headings.ts');
		const html =
			'<h1 id="t">Mesotherapie:\n  Haut &amp; Haar</h1><p>x</p><h2><span class="part">1.</span> Risiken &lt;selten&gt; &#8211; &#x2013;</h2><h3>ما هو؟</h3>';
		expect(htmlHeadings(html)).toEqual(['Mesotherapie: Haut & Haar', '1. Risiken <selten> – –', 'ما هو؟']);
	});
});
