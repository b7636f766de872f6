import { z } from 'zod';

/**
 * The one allow-list for every URL that reaches a page or a leaflet, from markdown (links, images,
 * definitions, footnotes, autolinks) and from YAML (siteUrl, sources, the Impressum's links).
 *
 * Allowed: `https:`, `mailto:`, `tel:` and the site's own paths (`/de/…`, `#anchor`, `images/x.png`).
 * Not `http:`: the schemas allowed it for sources and siteUrl, but no content uses it and nothing needs
 * it; a plain-http link from a health page (or a QR code on a consent form) can be rewritten on the way,
 * and every source this clinic cites is served over https. Everything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`, `//host`, …) is refused, however it is spelt.
 *
 * Markdown has already decoded character references (`&#x6A;`) when a URL reaches this module, and
 * percent-escapes are decoded here before looking, so encoded forms are judged by what they decode to.
 */
export type UrlProblem = { ruleId: 'url-unsafe' | 'url-malformed' | 'path-traversal' | 'image-external'; message: string; hint: string };

export type UrlUse = 'link' | 'image' | 'absolute';

const allowedSchemes = ['https', 'mailto', 'tel'] as const;
const schemePattern = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// C0 and C1 controls, DEL, and every kind of space: browsers strip or skip them inside a scheme
// (`java\tscript:`), so a URL containing one is never what it looks like.
const controlOrSpace = /[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/;

const sitePathHint = 'Link to pages of this site with their path (/de/mesotherapie/), to other sites with https://…, or write mailto:/tel: addresses.';

/** Why a URL may not be published, or undefined when it may. */
export function urlProblem(url: string, use: UrlUse): UrlProblem | undefined {
	const shown = JSON.stringify(url.length > 80 ? `${url.slice(0, 77)}…` : url);
	if (controlOrSpace.test(url)) {
		return { ruleId: 'url-unsafe', message: `The address ${shown} contains a space, tab, line break or control character.`, hint: 'Remove it; write a space inside a path as %20.' };
	}
	if (url.includes('\\')) {
		return { ruleId: 'url-unsafe', message: `The address ${shown} contains a backslash.`, hint: 'Browsers read a backslash as "/" (even as "//another-host"): use "/" in paths.' };
	}
	let decoded: string;
	try {
		decoded = decodeURIComponent(url);
	} catch {
		return { ruleId: 'url-malformed', message: `The address ${shown} has a malformed percent-escape (each % must be followed by two hex digits of valid UTF-8).`, hint: 'Write a literal % as %25, or correct the escape, e.g. %C3%A4 for ä.' };
	}
	if (decoded !== url && (controlOrSpace.test(decoded.replace(/ /g, '')) || decoded.includes('\\'))) {
		return { ruleId: 'url-unsafe', message: `The address ${shown} encodes a control character or backslash.`, hint: sitePathHint };
	}
	const scheme = schemePattern.exec(url)?.[1]?.toLowerCase();
	if (scheme) {
		if (use === 'image') return externalImage(shown, scheme === 'https' || scheme === 'http' ? 'image-external' : 'url-unsafe');
		if (!(allowedSchemes as readonly string[]).includes(scheme)) {
			return {
				ruleId: 'url-unsafe',
				message: `The address ${shown} uses "${scheme}:", which is not allowed.`,
				hint: scheme === 'http' ? 'Use the https:// address of the page (almost every site has one).' : `Only https:, mailto: and tel: addresses and paths of this site may be published. ${sitePathHint}`,
			};
		}
		if (scheme === 'https') return httpsProblem(url, shown);
		if (use === 'absolute') return { ruleId: 'url-unsafe', message: `The address ${shown} is not a web address.`, hint: 'Write the full https:// address.' };
		return undefined;
	}
	if (use === 'absolute') return { ruleId: 'url-unsafe', message: `The address ${shown} is not a full web address.`, hint: 'Write the full https:// address, e.g. https://www.example.org/page.' };
	if (url.startsWith('//') || decoded.startsWith('//')) {
		if (use === 'image') return externalImage(shown, 'image-external');
		return { ruleId: 'url-unsafe', message: `The address ${shown} points at another host ("//…" keeps only the scheme of the page).`, hint: sitePathHint };
	}
	const path = decoded.split(/[?#]/, 1)[0]!;
	// A colon before the first slash makes the first segment look like a scheme once decoded (%6Aavascript:).
	if (path.split('/', 1)[0]!.includes(':')) {
		return { ruleId: 'url-unsafe', message: `The address ${shown} starts like a scheme ("…:") once decoded.`, hint: sitePathHint };
	}
	if (path.split('/').some((segment) => segment === '..' || segment === '.')) {
		return { ruleId: 'path-traversal', message: `The path ${shown} contains a "${path.split('/').find((s) => s === '..' || s === '.')}" segment.`, hint: 'Write the path from the site root without "." or "..", e.g. /images/file.jpg or /de/mesotherapie/.' };
	}
	return undefined;
}

function externalImage(shown: string, ruleId: 'image-external' | 'url-unsafe'): UrlProblem {
	return { ruleId, message: `The image ${shown} would be loaded from another host, or is not a file at all.`, hint: 'Nothing on the site or in a leaflet is loaded from another host: save the image into public/images/ and write ![description](/images/file.jpg).' };
}

function httpsProblem(url: string, shown: string): UrlProblem | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { ruleId: 'url-malformed', message: `The address ${shown} is not a valid web address.`, hint: 'Write it as https://host/path, e.g. https://www.example.org/page.' };
	}
	if (!/^https:\/\/[^/]/i.test(url) || parsed.hostname === '') {
		return { ruleId: 'url-malformed', message: `The address ${shown} has no host after "https://".`, hint: 'Write it as https://host/path, e.g. https://www.example.org/page.' };
	}
	if (parsed.username || parsed.password) {
		return { ruleId: 'url-unsafe', message: `The address ${shown} contains a user name or password before the host.`, hint: 'Remove the "…@" part: it hides the real host from readers.' };
	}
	return undefined;
}

/** Whether a URL may be published (for renderers, which drop what the check would have reported). */
export function isAllowedUrl(url: string, use: UrlUse): boolean {
	return urlProblem(url, use) === undefined;
}

/** A full https address in YAML (siteUrl, sources, the Impressum's links), with the policy's rule id and hint. */
export const httpsUrl = z.string().superRefine((value, ctx) => {
	const problem = urlProblem(value, 'absolute');
	if (problem) ctx.addIssue({ code: 'custom', message: problem.message.replace(/\.$/, ''), params: { ruleId: problem.ruleId, hint: problem.hint } });
});
