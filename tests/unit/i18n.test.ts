import { describe, expect, it } from 'vitest';
import { hreflangAlternates, orderVersions } from '../../src/i18n/alternates.ts';
import { format, formatDate, formatEuro, weekdayName } from '../../src/i18n/format.ts';
import { absoluteUrl, homePath, withBase, withoutBase } from '../../src/routes/routes.ts';
import { generateSitemap } from '../../src/site/sitemap.ts';

describe('format', () => {
	it('fills placeholders and refuses a missing one', () => {
		expect(format('Version {version} vom {date}', { version: '1.2', date: '1. Mai' })).toBe('Version 1.2 vom 1. Mai');
		expect(() => format('Call {phone}', {})).toThrow(/No value for \{phone\}/);
	});

	it('formats dates, euros and weekdays in the language of the page', () => {
		expect(formatDate('2026-11-05', 'de-DE')).toBe('5. November 2026');
		expect(formatDate('2026-11-05', 'en-GB')).toBe('5 November 2026');
		expect(formatEuro(1500, 'de-DE')).toBe('1.500\u00a0€');
		expect(formatEuro(1500, 'en-GB')).toBe('€1,500');
		expect(weekdayName(1, 'de-DE')).toBe('Montag');
		expect(weekdayName(7, 'en-GB', 'short')).toBe('Sun');
	});
});

describe('routes', () => {
	it('joins the deploy base with root-relative paths', () => {
		expect(withBase('/de/', '/')).toBe('/de/');
		expect(withBase('/de/', '/praxis/')).toBe('/praxis/de/');
		expect(withBase('/de/', '/praxis')).toBe('/praxis/de/');
		expect(absoluteUrl('/en/x/', 'https://clinic.example', '/praxis/')).toBe('https://clinic.example/praxis/en/x/');
	});

	it('takes the deploy base off a URL path again, for every base', () => {
		for (const base of ['/', '/praxis/', '/a/b/']) {
			for (const path of ['/de/', '/de/mesotherapie/', '/tr/leaflets/mezoterapi-consent/'])
				expect(withoutBase(withBase(path, base), base), `${base} ${path}`).toBe(path);
		}
	});

	it('links a home page anchor', () => {
		expect(homePath('de')).toBe('/de/');
		expect(homePath('de', 'treatments')).toBe('/de/#treatments');
		expect(withBase(homePath('ar', 'contact'), '/praxis/')).toBe('/praxis/ar/#contact');
	});
});

describe('hreflang alternates', () => {
	const de = { lang: 'de', path: '/de/mesotherapie/' };
	const en = { lang: 'en', path: '/en/mesotherapy/' };

	it('lists existing versions in the clinic order plus x-default to the default language', () => {
		expect(hreflangAlternates([en, de], ['de', 'en'])).toEqual([
			{ hreflang: 'de', path: '/de/mesotherapie/' },
			{ hreflang: 'en', path: '/en/mesotherapy/' },
			{ hreflang: 'x-default', path: '/de/mesotherapie/' },
		]);
	});

	it('points x-default at the first existing version when the default language is missing', () => {
		const tr = { lang: 'tr', path: '/tr/mezoterapi/' };
		expect(hreflangAlternates([tr, en], ['de', 'en', 'tr']).at(-1)).toEqual({ hreflang: 'x-default', path: '/en/mesotherapy/' });
	});

	it('gives a page that exists in one language no alternates, and drops languages the clinic does not offer', () => {
		expect(hreflangAlternates([de], ['de', 'en'])).toEqual([]);
		expect(orderVersions([de, { lang: 'fr', path: '/fr/x/' }], ['de', 'en'])).toEqual([de]);
	});
});

describe('generateSitemap', () => {
	it('writes one url per version with alternates and escapes URLs', () => {
		const xml = generateSitemap(
			[
				{
					versions: [
						{ lang: 'de', path: '/de/a&b/' },
						{ lang: 'en', path: '/en/a/' },
					],
					lastmod: '2026-11-15',
				},
				{ versions: [{ lang: 'en', path: '/en/only/' }] },
			],
			['de', 'en'],
			(path) => `https://c.example${path}`,
		);
		expect(xml.match(/<url>/g)).toHaveLength(3);
		expect(xml).toContain('<loc>https://c.example/de/a&amp;b/</loc>');
		expect(xml).toContain('<lastmod>2026-11-15</lastmod>');
		expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://c.example/de/a&amp;b/"/>');
		const only = xml.slice(xml.indexOf('/en/only/'));
		expect(only).not.toContain('xhtml:link');
	});
});
