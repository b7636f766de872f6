// Puppeteer downloads its own Chrome on `npm install` unless told not to. Where a browser is already
// installed (Debian's chromium, Google Chrome) or PUPPETEER_EXECUTABLE_PATH names one, the download is
// skipped: it is large, and on machines without internet access it cannot succeed anyway.
// src/browser/find-browser.ts looks in the same places, in the same order.
const { existsSync } = require('node:fs');

const systemBrowsers = require('./src/browser/system-browser-paths.json');

module.exports = {
	skipDownload: Boolean(process.env.PUPPETEER_EXECUTABLE_PATH) || systemBrowsers.some((path) => existsSync(path)),
};
