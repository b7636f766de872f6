import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { launchBrowser } from '../browser/launch-browser.ts';
import { PDF_OPTIONS } from '../leaflets/render-leaflets.ts';

/**
 * The naive way a user would write the leaflet stage: one Puppeteer page, `goto` each print view
 * (served over HTTP), `page.pdf()` one after another, with the same PDF options as ours, in the browser
 * `puppeteer.launch()` gives by default: a full Chrome/Chromium in new headless mode (not the headless
 * shell our renderer prefers).
 */
export async function naiveBaseline(siteUrl: string, leaflets: { view: string; pdf: string }[], outDir: string): Promise<void> {
	const browser = await launchBrowser({ headlessShell: false });
	try {
		const page = await browser.newPage();
		for (const leaflet of leaflets) {
			await page.goto(new URL(leaflet.view.slice(1), siteUrl).href);
			const pdf = await page.pdf(PDF_OPTIONS);
			await mkdir(dirname(join(outDir, leaflet.pdf)), { recursive: true });
			await writeFile(join(outDir, leaflet.pdf), pdf);
		}
	} finally {
		await browser.close();
	}
}
