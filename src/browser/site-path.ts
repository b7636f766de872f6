import { join } from 'node:path';
import { inside } from '../build/path-inside.ts';

export type SitePath =
	/** `file` in the build; `path` is its site path (`/de/x/index.html`), `route` the one asked for (`/de/x/`). */
	| { ok: true; file: string; path: string; route: string }
	/** 400: a malformed or hostile path; 404: outside the site's base. */
	| { ok: false; status: 400 | 404; reason: string };

/**
 * The file of the build in `root` that a URL path names, for the loopback servers (the static server,
 * the leaflet renderer's request handler). Works on path segments of the path as sent, still
 * percent-encoded: a `..` or `.` segment, an encoded separator (`%2F`, `%5C`), a NUL or control
 * character, or bad percent-encoding is refused before anything is joined, so no path can name a
 * sibling folder (`…/out-abc-old` next to `…/out-abc`) or anything else outside `root`.
 */
export function resolveSitePath(root: string, base: string, rawPath: string): SitePath {
	if (!rawPath.startsWith(base)) return { ok: false, status: 404, reason: `outside the site's base ${base}` };
	const segments: string[] = [];
	const raw = rawPath.slice(base.length).split('/');
	for (const [i, encoded] of raw.entries()) {
		let segment: string;
		try {
			segment = decodeURIComponent(encoded);
		} catch {
			return { ok: false, status: 400, reason: 'malformed percent-encoding' };
		}
		if (/[/\\\u0000-\u001f\u007f]/.test(segment))
			return { ok: false, status: 400, reason: 'an encoded separator or control character in the path' };
		if (segment === '.' || segment === '..') return { ok: false, status: 400, reason: 'a "." or ".." segment in the path' };
		// Only the last segment may be empty: a folder's trailing slash. `a//b` is not a path of the build.
		if (segment === '' && i < raw.length - 1) return { ok: false, status: 400, reason: 'an empty segment in the path' };
		segments.push(segment);
	}
	const route = `/${segments.join('/')}`;
	const path = route.endsWith('/') ? `${route}index.html` : route;
	const file = join(root, path);
	if (!inside(file, root)) return { ok: false, status: 400, reason: 'a path outside the build' };
	return { ok: true, file, path, route };
}
