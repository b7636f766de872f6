import { z } from 'zod';
import type { RuleId, RuleParams } from '../problems/problem-catalogue.ts';
import { ruleText } from '../problems/problem.ts';

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
type UrlRule = Extract<RuleId, 'url-unsafe' | 'url-malformed' | 'path-traversal' | 'image-external'>;
/** Why a URL is refused: a rule of the catalogue and the parameters its message and hint are built from. */
export type UrlProblem = { [R in UrlRule]: { ruleId: R; params: RuleParams<R> } }[UrlRule];

const unsafe = (params: RuleParams<'url-unsafe'>): UrlProblem => ({ ruleId: 'url-unsafe', params });
const malformed = (shown: string, why: RuleParams<'url-malformed'>['why']): UrlProblem => ({
	ruleId: 'url-malformed',
	params: { shown, why },
});

export type UrlUse = 'link' | 'image' | 'absolute';

const allowedSchemes = ['https', 'mailto', 'tel'] as const;
const schemePattern = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// C0 and C1 controls, DEL, and every kind of space: browsers strip or skip them inside a scheme
// (`java\tscript:`), so a URL containing one is never what it looks like.
const controlOrSpace = /[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/;

/** Why a URL may not be published, or undefined when it may. */
export function urlProblem(url: string, use: UrlUse): UrlProblem | undefined {
	const shown = JSON.stringify(url.length > 80 ? `${url.slice(0, 77)}…` : url);
	if (controlOrSpace.test(url)) {
		return unsafe({ shown, why: 'space' });
	}
	if (url.includes('\\')) {
		return unsafe({ shown, why: 'backslash' });
	}
	let decoded: string;
	try {
		decoded = decodeURIComponent(url);
	} catch {
		return malformed(shown, 'escape');
	}
	if (decoded !== url && (controlOrSpace.test(decoded.replace(/ /g, '')) || decoded.includes('\\'))) {
		return unsafe({ shown, why: 'encoded-control' });
	}
	const scheme = schemePattern.exec(url)?.[1]?.toLowerCase();
	if (scheme) {
		if (use === 'image')
			return scheme === 'https' || scheme === 'http'
				? { ruleId: 'image-external', params: { shown } }
				: unsafe({ shown, why: 'image-scheme' });
		if (!(allowedSchemes as readonly string[]).includes(scheme)) {
			return unsafe({ shown, why: 'scheme', scheme });
		}
		if (scheme === 'https') return httpsProblem(url, shown);
		if (use === 'absolute') return unsafe({ shown, why: 'not-web-address' });
		return undefined;
	}
	if (use === 'absolute') return unsafe({ shown, why: 'not-full-address' });
	if (url.startsWith('//') || decoded.startsWith('//')) {
		if (use === 'image') return { ruleId: 'image-external', params: { shown } };
		return unsafe({ shown, why: 'other-host' });
	}
	const path = decoded.split(/[?#]/, 1)[0]!;
	// A colon before the first slash makes the first segment look like a scheme once decoded (%6Aavascript:).
	if (path.split('/', 1)[0]!.includes(':')) {
		return unsafe({ shown, why: 'decoded-scheme' });
	}
	if (path.split('/').some((segment) => segment === '..' || segment === '.')) {
		return { ruleId: 'path-traversal', params: { shown, segment: path.split('/').find((s) => s === '..' || s === '.')! } };
	}
	return undefined;
}

function httpsProblem(url: string, shown: string): UrlProblem | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return malformed(shown, 'invalid');
	}
	if (!/^https:\/\/[^/]/i.test(url) || parsed.hostname === '') {
		return malformed(shown, 'no-host');
	}
	if (parsed.username || parsed.password) {
		return unsafe({ shown, why: 'userinfo' });
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
	// The problem goes along in the issue's params: parse-yaml.ts reports it under its own rule, at the field.
	if (problem)
		ctx.addIssue({
			code: 'custom',
			message: ruleText(problem.ruleId, problem.params).message.replace(/\.$/, ''),
			params: { urlProblem: problem },
		});
});
