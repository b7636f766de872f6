import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { resolveSitePath } from './site-path.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.json': 'application/json',
	'.pdf': 'application/pdf',
	'.png': 'image/png',
};

/** The path of a request target as sent (still percent-encoded), without query or fragment. */
function rawPath(url = '/'): string {
	if (url.startsWith('/')) return url.replace(/[?#][\s\S]*$/, '');
	// An absolute-form target (`GET http://host/path`): its path, as the URL parser leaves it encoded.
	try {
		return new URL(url).pathname;
	} catch {
		return '';
	}
}

/**
 * Serves a built site like a static host does (directory → index.html, 404.html for misses, the headers
 * of its `_headers` file), on loopback.
 */
export async function serveStatic(root: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const site = resolveSitePath(root, base, rawPath(req.url));
		for (const [name, value] of Object.entries(headersFor(headerRules, site.ok ? site.route : '/'))) res.setHeader(name, value);
		if (!site.ok && site.status === 400) {
			res.writeHead(400, { 'Content-Type': types['.txt']! });
			return res.end(`bad request: ${site.reason}`);
		}
		if (!site.ok) return notFound();
		let file = site.file;
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return notFound();
		res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);

		function notFound() {
			res.writeHead(404, { 'Content-Type': types['.html']! });
			const page = join(root, '404.html');
			if (existsSync(page)) createReadStream(page).pipe(res);
			else res.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
