import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/launch-browser.ts';
import { serveStatic } from '../../src/browser/static-server.ts';
import { openGuardedPage } from '../support/browser-page.ts';
import { buildSite, fixtureContent } from '../support/build-site.ts';

// A fenced code block whose line is far wider than a phone's screen, on the site (the leaflets: leaflet-checks.e2e.test.ts).
const codeLine = `the line ${'and on '.repeat(30)}END-OF-CODE-LINE`;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	const content = fixtureContent('site');
	const article = join(content, 'articles/en/beta-treatment.md');
	writeFileSync(article, readFileSync(article, 'utf8').replace('One session.\n', `One session.\n\n\`\`\`\n${codeLine}\n\`\`\`\n`));
	const dist = await buildSite({ contentDir: content });
	server = await serveStatic(dist, '/');
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('a long code line on the site', () => {
	it.each([375, 1024])(
		'wraps inside its column at %i px: nothing runs out of the page or is hidden',
		async (width) => {
			const { page } = await openGuardedPage(browser, new URL(server.url).origin);
			await page.setViewport({ width, height: 800 });
			await page.goto(`${server.url}en/beta-treatment/`, { waitUntil: 'load' });
			const box = await page.$eval('pre', (pre) => ({
				text: pre.textContent ?? '',
				scroll: pre.scrollWidth,
				client: pre.clientWidth,
				right: pre.getBoundingClientRect().right,
				page: document.documentElement.scrollWidth,
				viewport: window.innerWidth,
			}));
			expect(box.text).toContain('END-OF-CODE-LINE');
			expect(box.scroll, 'the line is wider than its box').toBeLessThanOrEqual(box.client + 1);
			expect(box.right).toBeLessThanOrEqual(box.viewport);
			expect(box.page, 'the page scrolls sideways').toBeLessThanOrEqual(box.viewport);
			await page.close();
		},
		60_000,
	);
});
