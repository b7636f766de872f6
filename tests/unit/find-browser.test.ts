import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../src/browser/find-browser.ts';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findBrowser', () => {
	it('prefers PUPPETEER_EXECUTABLE_PATH over everything else', () => {
		const found = findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: '/opt/chrome' }, exists: only('/opt/chrome', '/usr/bin/chromium'), downloaded: () => '/cache/chrome' });
		expect(found).toEqual({ executablePath: '/opt/chrome', source: 'PUPPETEER_EXECUTABLE_PATH' });
	});

	it('fails clearly when PUPPETEER_EXECUTABLE_PATH points nowhere, instead of silently using another browser', () => {
		expect(() => findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: '/nope' }, exists: only('/usr/bin/chromium') })).toThrow(/PUPPETEER_EXECUTABLE_PATH is set to "\/nope"/);
	});

	it('uses an installed Chrome or Chromium before Puppeteer’s download', () => {
		expect(findBrowser({ env: {}, exists: only('/usr/bin/google-chrome', '/cache/chrome'), downloaded: () => '/cache/chrome' })).toEqual({ executablePath: '/usr/bin/google-chrome', source: 'system' });
	});

	it('falls back to Puppeteer’s own download', () => {
		expect(findBrowser({ env: {}, exists: only('/cache/chrome'), downloaded: () => '/cache/chrome' }).source).toBe('puppeteer-download');
	});

	it('says what to install when there is no browser at all', () => {
		const attempt = () => findBrowser({ env: {}, exists: () => false, downloaded: () => undefined });
		expect(attempt).toThrow(BrowserNotFoundError);
		expect(attempt).toThrow(/apt-get install -y chromium/);
		expect(attempt).toThrow(/npx puppeteer browsers install chrome/);
	});
});
