import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { PRINT_ORIGIN, serveBuildTo } from '../../src/leaflets/serve-build.ts';

/** What the handler did with one request. */
interface Answer {
	kind: 'respond' | 'abort' | 'continue';
	status?: number;
	body?: string;
}

/**
 * A stand-in for Puppeteer's page: it records the request handler, and each request records how it was
 * answered. The URLs reach the handler exactly as written, as Chromium passes on percent-encoding.
 */
async function handler(root: string, base: string) {
	let onRequest: ((request: HTTPRequest) => void) | undefined;
	const page = {
		setRequestInterception: async () => {},
		on: (_: string, listener: (request: HTTPRequest) => void) => (onRequest = listener),
	} as unknown as Page;
	const served = await serveBuildTo(page, root, base);
	const ask = (url: string) =>
		new Promise<Answer>((resolve) => {
			let handled = false;
			const done = (answer: Answer) => ((handled = true), resolve(answer));
			onRequest!({
				url: () => url,
				continue: async () => done({ kind: 'continue' }),
				abort: async () => done({ kind: 'abort' }),
				respond: async (r: { status: number; body: Buffer | string }) => done({ kind: 'respond', status: r.status, body: String(r.body) }),
				isInterceptResolutionHandled: () => handled,
			} as unknown as HTTPRequest);
		});
	return { ask, served };
}

function builds() {
	const staging = mkdtempSync(join(tmpdir(), 'clinic-print-'));
	const root = join(staging, 'out-abc');
	mkdirSync(join(root, 'de', 'leaflets', 'x-consent'), { recursive: true });
	writeFileSync(join(root, 'de', 'leaflets', 'x-consent', 'index.html'), 'print view');
	mkdirSync(join(staging, 'out-abc-old'));
	writeFileSync(join(staging, 'out-abc-old', 'secret.css'), 'secret');
	writeFileSync(join(staging, 'secret.css'), 'secret');
	return root;
}

describe("the renderer's request handler (serveBuildTo) with hostile paths", () => {
	for (const base of ['/', '/praxis/']) {
		it(`blocks paths outside the build, encoded separators, NUL and bad percent-encoding, and records each (base ${base})`, async () => {
			const { ask, served } = await handler(builds(), base);
			const prefix = `${PRINT_ORIGIN}${base.slice(0, -1)}`;
			const hostile = [
				'/..%2fout-abc-old/secret.css',
				'/..%2Fsecret.css',
				'/de/..%2f..%2fsecret.css',
				'/..%5csecret.css',
				'/%2e%2e%2fsecret.css',
				'/de/%00.css',
				'/%E0%A4%A',
				'/de/%',
			];
			for (const path of hostile) {
				const answer = await ask(`${prefix}${path}`);
				expect(answer.body ?? '', path).not.toContain('secret');
				expect(answer.kind, path).toBe('abort');
			}
			expect(served.problems).toHaveLength(hostile.length);
			expect(served.inputs.size).toBe(0);
			expect(await ask(`${prefix}/de/leaflets/x-consent/`)).toEqual({ kind: 'respond', status: 200, body: 'print view' });
			expect([...served.inputs]).toEqual(['/de/leaflets/x-consent/index.html']);
		});
	}
});
