import puppeteer, { type Browser } from 'puppeteer';
import { findBrowser } from './find-browser.ts';

/**
 * Flags for a quiet, offline, reproducible headless Chromium: no background networking, no sync,
 * no component updates (a closed network would refuse them anyway), no GPU.
 */
const quietFlags = [
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
	'--font-render-hinting=none',
];

/** Launches the browser found by `findBrowser`. Callers close it in `finally`. */
export async function launchBrowser(): Promise<Browser> {
	const downloaded = await safeDownloadedPath();
	const { executablePath } = findBrowser({ downloaded: () => downloaded });
	// Chromium's sandbox cannot start as root (CI containers); elsewhere it stays on.
	const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	return puppeteer.launch({
		executablePath,
		headless: true,
		args: [...quietFlags, ...(asRoot ? ['--no-sandbox'] : [])],
		protocolTimeout: 60_000,
	});
}

/** Puppeteer's own downloaded browser, if it has one (it does not where the download was skipped). */
async function safeDownloadedPath(): Promise<string | undefined> {
	try {
		return await puppeteer.executablePath();
	} catch {
		return undefined;
	}
}
