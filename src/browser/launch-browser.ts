import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { interruptsHandled, whileRunning } from '../build/interrupt.ts';
import { ownedName, removeStaleFolders } from '../build/stale-folders.ts';
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
	// The project's own profile folder, named with this process's pid instead of Puppeteer's
	// `puppeteer_dev_chrome_profile-*`: after a `kill -9` the next launch removes the profiles of dead
	// processes of this project, and never another program's or a running build's.
	await removeStaleFolders(tmpdir(), PROFILE_PREFIX);
	const profile = join(tmpdir(), ownedName(PROFILE_PREFIX, randomBytes(6).toString('hex')));
	await mkdir(profile, { mode: 0o700 });
	const launching = puppeteer.launch({
		executablePath: found.executablePath,
		headless: found.headlessShell ? 'shell' : true,
		args: [...quietFlags, ...(asRoot ? ['--no-sandbox'] : [])],
		userDataDir: profile,
		protocolTimeout: 60_000,
		// A script that answers signals closes the browser itself, then removes its temporary folders;
		// Puppeteer's own handler would end the process on SIGINT before that could happen.
		handleSIGINT: !interruptsHandled(),
		handleSIGTERM: !interruptsHandled(),
		handleSIGHUP: !interruptsHandled(),
	});
	// Registered before the launch has finished: a signal while Chromium starts still closes it.
	const release = whileRunning(async () => {
		const browser = await launching.catch(() => undefined);
		await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
		await rm(profile, { recursive: true, force: true, maxRetries: 2 });
	});
	let browser: Browser;
	try {
		browser = await launching;
	} catch (error) {
		release();
		await rm(profile, { recursive: true, force: true });
		throw error;
	}
	// Puppeteer removes only profiles it made itself; this one goes when the browser process has ended.
	const child = browser.process();
	if (child && child.exitCode === null) {
		child.once('exit', () => {
			release();
			removeProfile(profile);
		});
	} else {
		release();
		removeProfile(profile);
	}
	return browser;
}

/** A profile that cannot be removed now (a helper process still writing) is removed by a later launch. */
function removeProfile(profile: string): void {
	try {
		rmSync(profile, { recursive: true, force: true, maxRetries: 2 });
	} catch {}
}

/** Name of the project's browser profiles in the temp folder: `clinic-publisher-profile-<pid>-<random>`. */
export const PROFILE_PREFIX = 'clinic-publisher-profile-';

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
