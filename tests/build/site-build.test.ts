import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { parseRegisterText } from '../../src/content/load-register.ts';
import { registerSeal } from '../../src/content/register-seal.ts';
import { formatRegisterEntry } from '../../src/leaflets/release-leaflets.ts';
import { buildSite, fixtureContent } from '../support/build-site.ts';

// The fixture tree: English is the default, "alpha" exists in en + de, "beta" only in en.
// Built under a sub-path, as on a static host that serves the site from /praxis/.
let dist: string;
const base = '/praxis/';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const htmlFiles = () =>
	readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.replace(/\\/g, '/'));

// The register of the fixture lists every leaflet's current version; here alpha's consent form also has
// an earlier version, and beta's consent form is not released (a draft).
const earlierAlpha = { version: '2.0', issued: '2026-04-01', textHash: 'abcdefabcdef' };
beforeAll(async () => {
	const contentDir = fixtureContent('site');
	const register = join(contentDir, 'leaflet-register.yaml');
	const text = readFileSync(register, 'utf8');
	const earlier = `- id: alpha-consent-en\n  version: "${earlierAlpha.version}"\n  issued: ${earlierAlpha.issued}\n  textHash: "${earlierAlpha.textHash}"\n  releasedBy: jonas-weber\n  releasedAt: "2026-04-02T09:00:00Z"\n`;
	const withoutBeta = text.replace(/- id: beta-consent-en\n(?: {2}.*\n)+/, '');
	if (withoutBeta === text) throw new Error('the fixture register has no entry for beta-consent-en');
	// Sealed again as `npm run release` would have written it (the seals chain the entries in this order).
	const edited = parseRegisterText(
		withoutBeta.replace('- id: alpha-consent-en\n', `${earlier}  seal: "000000000000"\n- id: alpha-consent-en\n`),
	)!;
	let seal = '';
	const sealed = edited.map((entry) => formatRegisterEntry({ ...entry, seal: (seal = registerSeal(seal, entry)) }));
	writeFileSync(register, `${text.slice(0, text.indexOf('- id:'))}${sealed.join('')}`);
	dist = await buildSite({ contentDir, base });
});

describe('site build on the fixture tree', () => {
	it('builds the chooser, homes, articles with localized slugs, legal pages and 404', () => {
		for (const page of [
			'index.html',
			'404.html',
			'en/index.html',
			'de/index.html',
			'en/alpha-treatment/index.html',
			'de/alpha-behandlung/index.html',
			'en/beta-treatment/index.html',
			'en/legal-notice/index.html',
			'de/impressum/index.html',
			'en/privacy/index.html',
			'de/datenschutz/index.html',
		]) {
			expect(existsSync(join(dist, page)), page).toBe(true);
		}
	});

	it("marks its output as the project's own (astro build alone too), so npm run leaflets may write into it", () => {
		expect(existsSync(join(dist, OUTPUT_MARKER))).toBe(true);
	});

	it('links translations with hreflang only where they exist, plus x-default', () => {
		const alpha = read('de/alpha-behandlung/index.html');
		expect(alpha).toContain('<html lang="de" dir="ltr">');
		expect(alpha).toContain('hreflang="en" href="https://praxis-lindenhof.example/praxis/en/alpha-treatment/"');
		expect(alpha).toContain('hreflang="de" href="https://praxis-lindenhof.example/praxis/de/alpha-behandlung/"');
		expect(alpha).toContain('hreflang="x-default" href="https://praxis-lindenhof.example/praxis/en/alpha-treatment/"');
		expect(alpha).toContain('rel="canonical" href="https://praxis-lindenhof.example/praxis/de/alpha-behandlung/"');

		const beta = read('en/beta-treatment/index.html');
		expect(beta).not.toContain('hreflang=');
		expect(beta).not.toContain('class="lang-switcher"');
	});

	it('offers only existing translations in the language switcher', () => {
		const alpha = read('en/alpha-treatment/index.html');
		const switcher = alpha.slice(alpha.indexOf('class="lang-switcher"'), alpha.indexOf('</nav>', alpha.indexOf('class="lang-switcher"')));
		expect(switcher).toContain('href="/praxis/de/alpha-behandlung/"');
		expect(switcher).toContain('aria-current="true"');
	});

	it('keeps every internal link and asset under the base path', () => {
		for (const file of htmlFiles()) {
			const html = read(file);
			for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
				if (/^(https?:|mailto:|tel:|#)/.test(url!)) continue;
				expect(url, `${file}: ${url}`).toMatch(/^\/praxis\//);
			}
		}
	});

	it('loads nothing from another host: no external scripts, styles, fonts or images', () => {
		for (const file of htmlFiles()) {
			const html = read(file);
			expect(html, file).not.toMatch(/<(script|img|iframe)[^>]+src="https?:/);
			expect(html, file).not.toMatch(/<link[^>]+rel="(stylesheet|preload|icon)"[^>]+href="https?:/);
		}
		const css = readdirSync(join(dist, '_astro'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => read(`_astro/${f}`))
			.join('\n');
		expect(css).toContain('@font-face');
		expect(css).not.toMatch(/url\((["']?)https?:/);
	});

	it('writes JSON-LD that parses, is escaped, and describes the page', () => {
		const html = read('en/alpha-treatment/index.html');
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(blocks).toHaveLength(2);
		const [page, faq] = blocks.map((b) => JSON.parse(b));
		expect(page['@type']).toBe('MedicalWebPage');
		expect(page.about['@type']).toBe('MedicalProcedure');
		expect(page.lastReviewed).toBe('2026-10-01');
		expect(faq['@type']).toBe('FAQPage');
		expect(faq.mainEntity[0].acceptedAnswer.text).toBe('A little </script><script>alert(1)</script>');
		// The answer's markup never appears raw in the page.
		expect(html).not.toContain('<script>alert(1)</script>');
	});

	it('writes a sitemap with language alternates and robots.txt pointing at it', () => {
		const sitemap = read('sitemap.xml');
		expect(sitemap).toContain('<loc>https://praxis-lindenhof.example/praxis/en/alpha-treatment/</loc>');
		expect(sitemap).toContain(
			'<xhtml:link rel="alternate" hreflang="de" href="https://praxis-lindenhof.example/praxis/de/alpha-behandlung/"/>',
		);
		const beta = sitemap.slice(sitemap.indexOf('/en/beta-treatment/'), sitemap.indexOf('</url>', sitemap.indexOf('/en/beta-treatment/')));
		expect(beta).not.toContain('xhtml:link');
		expect(read('robots.txt')).toContain('Sitemap: https://praxis-lindenhof.example/praxis/sitemap.xml');
	});

	it('ships no client JavaScript', () => {
		const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
		expect(files.map((f) => relative(dist, join(dist, f)))).toEqual([]);
		for (const file of htmlFiles()) expect(read(file)).not.toMatch(/<script(?! type="application\/ld\+json")/);
	});
});

describe('staff page on the fixture tree', () => {
	it('marks articles that are missing in a language', () => {
		// beta exists only in English (the fixture's source language): the German staff page lists it as missing.
		const staff = read('de/leaflets/index.html');
		expect(staff).toContain('Beta treatment');
		expect(staff).toMatch(/Beta treatment<span class="badge">fehlt<\/span>/);
		expect(read('en/leaflets/index.html')).not.toContain('class="badge">missing');
	});
});

describe('register of issued versions on the fixture tree', () => {
	it('shows each leaflet released (version, issue date, by whom) or a draft, and the earlier versions with dates and text hashes', () => {
		const staff = read('en/leaflets/index.html').replace(/\s+/g, ' ');
		const cell = (id: string) => {
			const start = staff.indexOf(`<small>${id}</small>`);
			return staff.slice(start, staff.indexOf('</td>', start));
		};
		expect(cell('alpha-consent-en')).toMatch(
			/Released: Version 2\.1, Issued 1 October 2026, Released by Dr\. med\. Lena Hartmann \(\d{1,2} \w+ \d{4}\) · Text checksum <code>[0-9a-f]{12}<\/code>/,
		);
		expect(cell('alpha-consent-en')).toContain('Earlier versions:');
		expect(cell('alpha-consent-en')).toMatch(
			new RegExp(
				`Version ${earlierAlpha.version.replace('.', '\\.')}, Issued 1 April 2026, Released by Dr\\. med\\. Jonas Weber · Text checksum <code>${earlierAlpha.textHash}</code>`,
			),
		);
		expect(cell('alpha-aftercare-en')).toContain('Released:');
		expect(cell('alpha-aftercare-en')).not.toContain('Earlier versions');
		expect(cell('beta-consent-en')).toContain('class="badge draft">DRAFT – not to be handed to patients</span>');
		expect(cell('beta-consent-en')).not.toContain('Released:');
	});

	it('marks the print view of a draft, and only of a draft, and prints the text hash in the footer', () => {
		const view = (path: string) => read(`en/leaflets/${path}/index.html`);
		expect(view('beta-treatment-consent')).toContain('<p class="draft-mark">DRAFT – not to be handed to patients</p>');
		expect(view('beta-treatment-aftercare')).not.toContain('draft-mark');
		expect(view('alpha-treatment-consent')).not.toContain('draft-mark');
		const hash = /<meta name="text-hash" content="([0-9a-f]{12})"/.exec(view('alpha-treatment-consent'))![1]!;
		expect(read('en/leaflets/alpha-treatment.css')).toContain(`checksum ${hash}`);
		expect(readFileSync(join(fixtureContent('site'), 'leaflet-register.yaml'), 'utf8')).toContain(`textHash: "${hash}"`);
	});
});
