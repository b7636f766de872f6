import type { Browser, Page } from 'puppeteer';

/**
 * Opens a page that records every request to another host (and blocks it), every console error
 * and every failed request, so a test can assert that the site is self-contained.
 */
export async function openGuardedPage(browser: Browser, origin: string): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
	const page = await browser.newPage();
	const foreign: string[] = [];
	const errors: string[] = [];
	await page.setRequestInterception(true);
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith(origin) || url.startsWith('data:')) return void request.continue();
		foreign.push(url);
		void request.abort('blockedbyclient');
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(String(error)));
	return { page, foreign, errors };
}
