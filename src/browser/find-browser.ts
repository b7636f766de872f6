import { existsSync } from 'node:fs';
import paths from './system-browser-paths.json' with { type: 'json' };

export interface FoundBrowser {
	executablePath: string;
	/** How it was found, for messages. */
	source: 'PUPPETEER_EXECUTABLE_PATH' | 'system' | 'puppeteer-download';
}

/** Where Chrome and Chromium are installed by the usual packages on Linux and macOS (also read by .puppeteerrc.cjs). */
export const systemBrowserPaths: string[] = paths;

export class BrowserNotFoundError extends Error {
	constructor(detail: string) {
		super(
			`No Chrome or Chromium browser found to render pages and leaflets.\n${detail}\n` +
				'Install one of:\n' +
				'  • Debian/Ubuntu: sudo apt-get install -y chromium\n' +
				'  • macOS: install Google Chrome\n' +
				'  • any system with internet access: npx puppeteer browsers install chrome\n' +
				'or point PUPPETEER_EXECUTABLE_PATH at a Chrome/Chromium executable.',
		);
		this.name = 'BrowserNotFoundError';
	}
}

export interface FindBrowserOptions {
	env?: NodeJS.ProcessEnv;
	exists?: (path: string) => boolean;
	/** Puppeteer's own downloaded browser, if any (`puppeteer.executablePath()`). */
	downloaded?: () => string | undefined;
}

/**
 * Finds a browser in this order: `PUPPETEER_EXECUTABLE_PATH`, an installed Chrome/Chromium,
 * Puppeteer's own download. Throws a BrowserNotFoundError that says what to install.
 */
export function findBrowser(options: FindBrowserOptions = {}): FoundBrowser {
	const env = options.env ?? process.env;
	const exists = options.exists ?? existsSync;
	const configured = env.PUPPETEER_EXECUTABLE_PATH;
	if (configured) {
		if (exists(configured)) return { executablePath: configured, source: 'PUPPETEER_EXECUTABLE_PATH' };
		throw new BrowserNotFoundError(`PUPPETEER_EXECUTABLE_PATH is set to "${configured}", but there is no file there.`);
	}
	const system = systemBrowserPaths.find(exists);
	if (system) return { executablePath: system, source: 'system' };
	const downloaded = options.downloaded?.();
	if (downloaded && exists(downloaded)) return { executablePath: downloaded, source: 'puppeteer-download' };
	return (() => {
		throw new BrowserNotFoundError(`Looked at PUPPETEER_EXECUTABLE_PATH (not set), ${systemBrowserPaths.join(', ')}, and Puppeteer's download folder.`);
	})();
}
