import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import paths from './system-browser-paths.json' with { type: 'json' };

export interface FoundBrowser {
	executablePath: string;
	/** How it was found, for messages. */
	source: 'PUPPETEER_EXECUTABLE_PATH' | 'system' | 'puppeteer-download';
	/**
	 * Chromium's headless shell (Debian's `chromium-headless-shell`, Puppeteer's `chrome-headless-shell`):
	 * the same Blink and PDF writer without the desktop browser around it, which prints leaflets with
	 * about a third of the browser process's work. Launched with `headless: 'shell'`.
	 */
	headlessShell: boolean;
}

/**
 * Where Chromium's headless shell, Chrome and Chromium are installed by the usual packages on Linux and
 * macOS, headless shells first (also read by .puppeteerrc.cjs).
 */
export const systemBrowserPaths: string[] = paths;

export class BrowserNotFoundError extends Error {
	constructor(detail: string) {
		super(
			`No Chrome or Chromium browser found to render pages and leaflets.\n${detail}\n` +
				'Install one of:\n' +
				'  • Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell chromium\n' +
				'    (the headless shell prints leaflets fastest; chromium alone works too)\n' +
				'  • macOS: install Google Chrome\n' +
				'  • any system with internet access: npx puppeteer browsers install chrome-headless-shell\n' +
				'or point PUPPETEER_EXECUTABLE_PATH at a Chrome/Chromium executable.',
		);
		this.name = 'BrowserNotFoundError';
	}
}

export interface FindBrowserOptions {
	env?: NodeJS.ProcessEnv;
	exists?: (path: string) => boolean;
	/** Puppeteer's own downloaded browsers, if any, headless shell first (see launch-browser.ts). */
	downloaded?: () => (string | undefined)[];
	/** `false` skips headless shells (the benchmark's naive baseline uses the full browser, as `puppeteer.launch()` does). */
	headlessShell?: boolean;
}

/** Whether an executable is Chromium's headless shell, by its file name. */
export function isHeadlessShell(executablePath: string): boolean {
	return /headless[-_]shell(\.exe)?$/i.test(basename(executablePath));
}

/**
 * Finds a browser in this order: `PUPPETEER_EXECUTABLE_PATH`, an installed Chrome/Chromium (its headless
 * shell first), Puppeteer's own download. Throws a BrowserNotFoundError that says what to install.
 */
export function findBrowser(options: FindBrowserOptions = {}): FoundBrowser {
	const env = options.env ?? process.env;
	const exists = options.exists ?? existsSync;
	const found = (executablePath: string, source: FoundBrowser['source']): FoundBrowser => ({
		executablePath,
		source,
		headlessShell: isHeadlessShell(executablePath),
	});
	const configured = env.PUPPETEER_EXECUTABLE_PATH;
	if (configured) {
		if (exists(configured)) return found(configured, 'PUPPETEER_EXECUTABLE_PATH');
		throw new BrowserNotFoundError(`PUPPETEER_EXECUTABLE_PATH is set to "${configured}", but there is no file there.`);
	}
	const allowed = (path: string | undefined): path is string =>
		path !== undefined && (options.headlessShell !== false || !isHeadlessShell(path)) && exists(path);
	const system = systemBrowserPaths.find(allowed);
	if (system) return found(system, 'system');
	const downloaded = (options.downloaded?.() ?? []).find(allowed);
	if (downloaded) return found(downloaded, 'puppeteer-download');
	throw new BrowserNotFoundError(
		`Looked at PUPPETEER_EXECUTABLE_PATH (not set), ${systemBrowserPaths.join(', ')}, and Puppeteer's download folder.`,
	);
}
