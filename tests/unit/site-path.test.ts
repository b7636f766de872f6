import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSitePath } from '../../src/browser/site-path.ts';
import { serveStatic } from '../../src/browser/static-server.ts';

/** A build folder `out-abc` with a sibling `out-abc-old` (as publishDir makes them) holding a secret. */
function builds() {
	const staging = mkdtempSync(join(tmpdir(), 'clinic-serve-'));
	const root = join(staging, 'out-abc');
	mkdirSync(join(root, 'de'), { recursive: true });
	writeFileSync(join(root, 'index.html'), 'home');
	writeFileSync(join(root, 'de', 'index.html'), 'german home');
	writeFileSync(join(root, '404.html'), 'not found page');
	mkdirSync(join(staging, 'out-abc-old'));
	writeFileSync(join(staging, 'out-abc-old', 'secret.txt'), 'secret');
	writeFileSync(join(staging, 'secret.txt'), 'secret');
	return root;
}

/** Hostile request paths, sent exactly as written (no client-side normalisation). */
const hostile = [
	'/../out-abc-old/secret.txt',
	'/..%2fout-abc-old/secret.txt',
	'/..%2Fout-abc-old%2Fsecret.txt',
	'/%2e%2e/out-abc-old/secret.txt',
	'/.%2E/secret.txt',
	'/de/../../secret.txt',
	'/..%5csecret.txt',
	'/de%5c..%5c..%5csecret.txt',
	'/%00/index.html',
	'/index.html%00.txt',
	'/de//index.html',
	'/./index.html',
];

describe('resolveSitePath (shared by the static server and the leaflet renderer)', () => {
	it('refuses "..", ".", encoded separators, NUL and empty segments, with 400', () => {
		const root = builds();
		for (const path of hostile) expect(resolveSitePath(root, '/', path), path).toMatchObject({ ok: false, status: 400 });
		for (const path of hostile) expect(resolveSitePath(root, '/praxis/', `/praxis${path}`), path).toMatchObject({ ok: false, status: 400 });
	});

	it('answers malformed percent-encoding with 400 instead of throwing', () => {
		const root = builds();
		for (const path of ['/%E0%A4%A', '/%', '/de/%zz', '/%C0%AF'])
			expect(resolveSitePath(root, '/', path), path).toEqual({ ok: false, status: 400, reason: 'malformed percent-encoding' });
	});

	it('finds the files of the build, under a base too', () => {
		const root = builds();
		expect(resolveSitePath(root, '/', '/')).toEqual({ ok: true, file: join(root, 'index.html'), path: '/index.html', route: '/' });
		expect(resolveSitePath(root, '/praxis/', '/praxis/de/')).toEqual({
			ok: true,
			file: join(root, 'de', 'index.html'),
			path: '/de/index.html',
			route: '/de/',
		});
		expect(resolveSitePath(root, '/', '/de/caf%C3%A9.css')).toMatchObject({ ok: true, file: join(root, 'de', 'café.css') });
		expect(resolveSitePath(root, '/praxis/', '/other/')).toMatchObject({ ok: false, status: 404 });
	});
});

/** GET `path` as sent, byte for byte: fetch() would normalise `..` away before it leaves the client. */
const get = (url: string, path: string) =>
	new Promise<{ status: number; body: string }>((resolve, reject) => {
		const { hostname, port } = new URL(url);
		const req = request({ hostname, port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode!, body }));
		});
		req.on('error', reject);
		req.end();
	});

describe('serveStatic with hostile paths', () => {
	for (const base of ['/', '/praxis/']) {
		it(`never serves a file outside the build, answers bad paths with 400 and keeps running (base ${base})`, async () => {
			const server = await serveStatic(builds(), base);
			try {
				const prefix = base.slice(0, -1);
				for (const path of [...hostile, '/%E0%A4%A', '/de/%']) {
					const { status, body } = await get(server.url, `${prefix}${path}`);
					expect(body, path).not.toContain('secret');
					expect(status, path).toBe(400);
				}
				expect(await get(server.url, `${prefix}/de/`)).toEqual({ status: 200, body: 'german home' });
				expect(await get(server.url, `${prefix}/missing/`)).toEqual({ status: 404, body: 'not found page' });
			} finally {
				await server.close();
			}
		});
	}
});
