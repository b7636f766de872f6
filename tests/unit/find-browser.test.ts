import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, isHeadlessShell } from '../../src/browser/find-browser.ts';

const only =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('findBrowser', () => {
	it('prefers PUPPETEER_EXECUTABLE_PATH over everything else', () => {
		const found = findBrowser({
			env: { PUPPETEER_EXECUTABLE_PATH: '/opt/chrome' },
			exists: only('/opt/chrome', '/usr/bin/chromium-headless-shell'),
			downloaded: () => ['/cache/chrome'],
		});
		expect(found).toEqual({ executablePath: '/opt/chrome', source: 'PUPPETEER_EXECUTABLE_PATH', headlessShell: false });
	});

	it('fails clearly when PUPPETEER_EXECUTABLE_PATH points nowhere, instead of silently using another browser', () => {
		expect(() => findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: '/nope' }, exists: only('/usr/bin/chromium') })).toThrow(
			/PUPPETEER_EXECUTABLE_PATH is set to "\/nope"/,
		);
	});

	it('uses an installed Chrome or Chromium before Puppeteer’s download', () => {
		expect(findBrowser({ env: {}, exists: only('/usr/bin/google-chrome', '/cache/chrome'), downloaded: () => ['/cache/chrome'] })).toEqual({
			executablePath: '/usr/bin/google-chrome',
			source: 'system',
			headlessShell: false,
		});
	});

	it('prefers an installed headless shell to the full browser, unless told not to', () => {
		const exists = only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
		expect(findBrowser({ env: {}, exists })).toEqual({
			executablePath: '/usr/bin/chromium-headless-shell',
			source: 'system',
			headlessShell: true,
		});
		expect(findBrowser({ env: {}, exists, headlessShell: false })).toEqual({
			executablePath: '/usr/bin/chromium',
			source: 'system',
			headlessShell: false,
		});
	});

	it('falls back to Puppeteer’s own download, its headless shell first', () => {
		const downloaded = () => [
			'/cache/chrome-headless-shell/linux-156/chrome-headless-shell-linux64/chrome-headless-shell',
			'/cache/chrome/linux-156/chrome-linux64/chrome',
		];
		expect(findBrowser({ env: {}, exists: only(...downloaded()), downloaded })).toMatchObject({
			source: 'puppeteer-download',
			headlessShell: true,
		});
		expect(findBrowser({ env: {}, exists: only(...downloaded()), downloaded, headlessShell: false })).toMatchObject({
			executablePath: downloaded()[1],
			headlessShell: false,
		});
		expect(findBrowser({ env: {}, exists: only('/cache/chrome'), downloaded: () => [undefined, '/cache/chrome'] }).source).toBe(
			'puppeteer-download',
		);
	});

	it('says what to install when there is no browser at all', () => {
		const attempt = () => findBrowser({ env: {}, exists: () => false, downloaded: () => [undefined, undefined] });
		expect(attempt).toThrow(BrowserNotFoundError);
		expect(attempt).toThrow(/apt-get install -y chromium-headless-shell chromium/);
		expect(attempt).toThrow(/npx puppeteer browsers install chrome-headless-shell/);
	});
});

describe('isHeadlessShell', () => {
	it('knows the headless shells by name, and the full browsers as not', () => {
		for (const path of [
			'/usr/bin/chromium-headless-shell',
			'/x/chrome-headless-shell',
			'C:\\x\\chrome-headless-shell.exe',
			'/x/headless_shell',
		])
			expect(isHeadlessShell(path), path).toBe(true);
		for (const path of ['/usr/bin/chromium', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'])
			expect(isHeadlessShell(path), path).toBe(false);
	});
});
