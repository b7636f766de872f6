import axe from 'axe-core';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/launch-browser.ts';
import { buildSite } from '../support/build-site.ts';
import { openGuardedPage } from '../support/browser-page.ts';
import { serveStatic } from '../../src/browser/static-server.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LeafletManifest } from '../../src/schemas/leaflet-manifest.ts';

// The real content, built under a sub-path and served on loopback, opened in real Chromium.
const base = '/clinic/';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let pages: string[];
let sitemapCount = 0;
let leafletCount = 0;

beforeAll(async () => {
	const dist = await buildSite({ base, leaflets: true });
	server = await serveStatic(dist, base);
	browser = await launchBrowser();
	const sitemap = await (await fetch(`${server.url}sitemap.xml`)).text();
	const origin = new URL(server.url).origin;
	// Sitemap URLs carry the public host; map them onto the local server.
	pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `${origin}${new URL(m[1]!).pathname}`);
	sitemapCount = pages.length;
	// Pages the sitemap leaves out: the chooser, the 404 page, the staff pages and the leaflet print views.
	const manifest = JSON.parse(readFileSync(join(dist, 'leaflets.json'), 'utf8')) as LeafletManifest;
	leafletCount = manifest.leaflets.length;
	pages.push(
		server.url,
		`${server.url}this-page-does-not-exist/`,
		...['de', 'en', 'ar', 'tr'].map((lang) => `${server.url}${lang}/leaflets/`),
	);
	pages.push(...manifest.leaflets.map((l) => `${origin}${base.slice(0, -1)}${l.view}`));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('every built page in Chromium', () => {
	it('finds the pages to test in the sitemap, plus staff pages and print views', async () => {
		const languages = (await (await fetch(server.url)).text()).match(/<li lang="[a-z]{2,3}"/g)!.length;
		// sitemap pages + chooser + 404 + a staff page per language + every print view
		expect(pages.length).toBe(sitemapCount + 2 + languages + leafletCount);
		expect(languages).toBe(4);
	});

	it('has no broken internal link or anchor on any page', async () => {
		const origin = new URL(server.url).origin;
		const broken: string[] = [];
		const checked = new Map<string, boolean>();
		for (const url of pages.filter((u) => !u.includes('does-not-exist'))) {
			const { page } = await openGuardedPage(browser, origin);
			await page.goto(url, { waitUntil: 'load' });
			const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
			const ids = new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id)));
			await page.close();
			for (const link of links.filter((l) => l.startsWith(origin))) {
				const target = new URL(link);
				if (target.hash && target.pathname === new URL(url).pathname && !ids.has(decodeURIComponent(target.hash.slice(1))))
					broken.push(`${url} → ${link} (no such anchor)`);
				const key = target.origin + target.pathname;
				if (!checked.has(key)) checked.set(key, (await fetch(key)).ok);
				if (!checked.get(key)) broken.push(`${url} → ${link}`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked.size).toBeGreaterThan(30);
	});

	it('loads without requests to other hosts, console errors or missing files', async () => {
		const origin = new URL(server.url).origin;
		for (const url of pages) {
			const { page, foreign, errors } = await openGuardedPage(browser, origin);
			const missing: string[] = [];
			page.on('response', (response) => {
				if (response.status() >= 400 && response.url() !== url) missing.push(`${response.status()} ${response.url()}`);
			});
			const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 20_000 });
			const expectNotFound = url.includes('does-not-exist');
			expect(response?.status(), url).toBe(expectNotFound ? 404 : 200);
			expect(foreign, url).toEqual([]);
			// The 404 page's own status is logged as a console error by Chromium; nothing else may be.
			expect(
				errors.filter((e) => !(expectNotFound && e.includes('404'))),
				url,
			).toEqual([]);
			expect(missing, url).toEqual([]);
			// Self-hosted fonts really load (the body text is not set in a fallback face).
			const fontLoaded = await page.evaluate(async () => {
				await document.fonts.ready;
				// Arabic pages set Arabic first; every other page Source Sans 3.
				return document.fonts.check(document.documentElement.lang === 'ar' ? '16px "IBM Plex Sans Arabic"' : '16px "Source Sans 3"');
			});
			expect(fontLoaded, url).toBe(true);
			await page.close();
		}
	});

	it('has no axe-core violations (WCAG 2.2 A and AA) on any page', async () => {
		const origin = new URL(server.url).origin;
		const report: string[] = [];
		for (const url of pages) {
			const { page } = await openGuardedPage(browser, origin);
			await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
			await page.evaluate(axe.source);
			const violations = await page.evaluate(async () => {
				const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
				});
				return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			});
			report.push(...violations.map((v) => `${url}: ${v}`));
			await page.close();
		}
		expect(report).toEqual([]);
	});

	it('follows the language switcher from every article to its translation and back', async () => {
		const origin = new URL(server.url).origin;
		const { page } = await openGuardedPage(browser, origin);
		const articles = pages.filter(
			(u) =>
				/\/(de|en|ar|tr)\/[^/]+\/$/.test(u) &&
				!/(impressum|legal-notice|datenschutz|privacy|kunye|gizlilik|leaflets|does-not-exist)/.test(u),
		);
		expect(articles.length).toBe(12);
		for (const url of articles) {
			await page.goto(url, { waitUntil: 'load' });
			const lang = await page.$eval('html', (el) => el.lang);
			const other = await page.$eval('.lang-switcher a:not([aria-current])', (a) => ({
				href: (a as HTMLAnchorElement).href,
				lang: a.getAttribute('lang'),
			}));
			await Promise.all([page.waitForNavigation(), page.click('.lang-switcher a:not([aria-current])')]);
			expect(page.url()).toBe(other.href);
			expect(await page.$eval('html', (el) => el.lang)).toBe(other.lang);
			// The translation's hreflang points back at the page we came from.
			const back = await page.$eval(`link[rel="alternate"][hreflang="${lang}"]`, (l) => new URL((l as HTMLLinkElement).href).pathname);
			expect(back).toBe(new URL(url).pathname);
		}
		await page.close();
	});

	it('is served with a strict Content-Security-Policy that no page violates', async () => {
		const origin = new URL(server.url).origin;
		const response = await fetch(pages[0]!);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'none'");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).toContain("frame-ancestors 'none'");
		for (const header of ['x-content-type-options', 'referrer-policy', 'permissions-policy'])
			expect(response.headers.get(header), header).toBeTruthy();
		const violations: string[] = [];
		for (const url of pages) {
			const { page, errors } = await openGuardedPage(browser, origin);
			await page.goto(url, { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			violations.push(...errors.filter((e) => /Content Security Policy/i.test(e)).map((e) => `${url}: ${e}`));
			// Styles and fonts really applied under the policy (a blocked stylesheet would leave defaults).
			const font = await page.$eval('body', (b) => getComputedStyle(b).fontFamily);
			expect(font, url).toContain('Source Sans 3');
			await page.close();
		}
		expect(violations).toEqual([]);
	});

	it('lets a keyboard user skip to the content', async () => {
		const origin = new URL(server.url).origin;
		const { page } = await openGuardedPage(browser, origin);
		await page.goto(
			pages.find((u) => u.includes('/en/mesotherapy/'))!,
			{ waitUntil: 'load' },
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.close();
	});
});
