import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterEach, describe, expect, it } from 'vitest';
import { problemCatalogue } from '../../src/problems/problem-catalogue.ts';
import { renderLeaflets } from '../../src/leaflets/render-leaflets.ts';
import type { LeafletJob } from '../../src/schemas/leaflet-manifest.ts';

/** A browser whose pages answer every navigation the same way, counting the navigations. */
function fakeBrowser(navigate: () => { status: () => number }): { browser: () => Promise<Browser>; navigations: () => number } {
	let count = 0;
	const page = {
		setViewport: async () => {},
		setDefaultTimeout: () => {},
		setDefaultNavigationTimeout: () => {},
		setJavaScriptEnabled: async () => {},
		emulateMediaType: async () => {},
		setRequestInterception: async () => {},
		on: () => {},
		close: async () => {},
		goto: async () => {
			count++;
			return navigate();
		},
	};
	const browser = { newPage: async () => page, close: async () => {} } as unknown as Browser;
	return { browser: async () => browser, navigations: () => count };
}

const job: LeafletJob = {
	id: 'alpha-consent-en',
	key: 'alpha',
	slug: 'alpha',
	kind: 'consent',
	lang: 'en',
	title: 'Alpha',
	subject: 's',
	author: 'a',
	version: '1',
	issued: '2026-01-01',
	textHash: '0123456789ab',
	draft: false,
	viewPath: '/en/leaflets/alpha-consent/',
	pdfPath: '/en/leaflets/alpha-consent.pdf',
};
const render = (navigate: () => { status: () => number }) => {
	const fake = fakeBrowser(navigate);
	const root = mkdtempSync(join(tmpdir(), 'retry-'));
	return renderLeaflets([job], { root, base: '/', rendererId: 'test', browser: fake.browser }).then((result) => ({
		result,
		navigations: fake.navigations(),
	}));
};
const missingView = () => ({ status: () => 404 });
const crash = () => {
	throw new Error('Target closed');
};

const texts = { view: problemCatalogue['leaflet-view-missing'].text, crash: problemCatalogue['leaflet-render-failed'].text };
afterEach(() => {
	Object.assign(problemCatalogue['leaflet-view-missing'], { text: texts.view });
	Object.assign(problemCatalogue['leaflet-render-failed'], { text: texts.crash });
});

describe('whether a failed leaflet is rendered again', () => {
	it('does not retry a print view the build lacks; retries a browser failure once', async () => {
		const missing = await render(missingView);
		expect(missing.navigations).toBe(1);
		expect(missing.result.failures.map((f) => [f.id, f.ruleId])).toEqual([['alpha-consent-en', 'leaflet-view-missing']]);
		const crashed = await render(crash);
		expect(crashed.navigations).toBe(2);
		expect(crashed.result.failures.map((f) => [f.id, f.ruleId, f.message])).toEqual([
			['alpha-consent-en', 'leaflet-render-failed', 'Target closed'],
		]);
	});

	it('decides by the rule, not by the wording: swapped messages change nothing', async () => {
		Object.assign(problemCatalogue['leaflet-view-missing'], { text: () => ({ message: 'Chromium crashed, try again' }) });
		Object.assign(problemCatalogue['leaflet-render-failed'], {
			text: () => ({ message: 'Leaflet requested a file; The PDF lacks text its content holds' }),
		});
		const missing = await render(missingView);
		expect(missing.navigations).toBe(1);
		expect(missing.result.failures[0]!.message).toBe('Chromium crashed, try again');
		const crashed = await render(crash);
		expect(crashed.navigations).toBe(2);
		expect(crashed.result.failures[0]!.ruleId).toBe('leaflet-render-failed');
	});
});
