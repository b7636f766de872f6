import puppeteer, { type Browser } from 'puppeteer';
import { findBrowser, type FoundBrowser } from './find-browser.ts';

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

export interface LaunchOptions {
	/** `false`: never a headless shell, always the full browser (see FindBrowserOptions). */
	headlessShell?: boolean;
	/** The browser to start, when the caller has located it already (e.g. for its version). */
	found?: FoundBrowser;
}

/**
 * Launches the browser found by `findBrowser`: a headless shell in Puppeteer's `shell` mode, a full
 * Chrome/Chromium in its new headless mode. Callers close it in `finally`.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
	const found = options.found ?? (await locateBrowser(options));
	// Chromium's sandbox cannot start as root (CI containers); elsewhere it stays on.
	const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	return puppeteer.launch({
		executablePath: found.executablePath,
		headless: found.headlessShell ? 'shell' : true,
		args: [...quietFlags, ...(asRoot ? ['--no-sandbox'] : [])],
		protocolTimeout: 60_000,
	});
}

/** `findBrowser` with Puppeteer's own downloads (headless shell first) as the last resort. */
export async function locateBrowser(options: LaunchOptions = {}): Promise<FoundBrowser> {
	const downloaded = [await safeDownloadedPath('shell'), await safeDownloadedPath(true)];
	return findBrowser({ downloaded: () => downloaded, headlessShell: options.headlessShell });
}

/** Puppeteer's own downloaded browser, if it has one (it does not where the download was skipped). */
async function safeDownloadedPath(headless: 'shell' | true): Promise<string | undefined> {
	try {
		return await puppeteer.executablePath({ headless });
	} catch {
		return undefined;
	}
}
