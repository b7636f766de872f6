import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLeaflets } from '../../src/leaflets/render-leaflets.ts';
import type { LeafletJob } from '../../src/schemas/leaflet-manifest.ts';
import { renderBounded } from '../support/run-bounded.ts';

// A tiny build folder with one good print view and bad ones, rendered by the real renderer in Chromium.
function buildFolder(views: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'clinic-render-'));
	for (const [name, html] of Object.entries(views)) {
		mkdirSync(join(root, 'de', 'leaflets', name), { recursive: true });
		writeFileSync(join(root, 'de', 'leaflets', name, 'index.html'), html);
	}
	return root;
}

const job = (name: string): LeafletJob => ({
	id: `${name}-consent-de`,
	key: name,
	slug: name,
	kind: 'consent',
	lang: 'de',
	title: `Titel ${name}`,
	subject: 'Betreff',
	author: 'Praxis',
	version: '1.0',
	issued: '2026-11-15',
	textHash: '0123456789ab',
	draft: false,
	viewPath: `/de/leaflets/${name}/`,
	pdfPath: `/de/leaflets/${name}-consent.pdf`,
});

const page = (body: string) =>
	`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>T</title><link rel="icon" href="data:,"></head><body><h1>Titel</h1>${body}</body></html>`;

describe('renderLeaflets', () => {
	it('renders good views, fails a view that loads from another host or a missing file, and leaves no stale PDF', async () => {
		const root = buildFolder({
			good: page('<p>Text</p>'),
			external: page('<img alt="x" src="https://example.invalid/tracker.png">'),
			missing: page('<img alt="x" src="/de/leaflets/missing/nope.png">'),
		});
		// An old PDF of a leaflet that now fails must not survive as if it were current.
		writeFileSync(join(root, 'de', 'leaflets', 'external-consent.pdf'), 'old');
		const progress: string[] = [];
		const result = await renderLeaflets([job('good'), job('external'), job('missing'), job('absent')], {
			root,
			base: '/',
			rendererId: 'test',
			onProgress: (done, total, j, failed) => progress.push(`${done}/${total} ${j.id} ${failed}`),
		});

		expect(result.rendered.map((r) => r.id)).toEqual(['good-consent-de']);
		expect(existsSync(join(root, 'de', 'leaflets', 'good-consent.pdf'))).toBe(true);
		const failures = Object.fromEntries(result.failures.map((f) => [f.id, f.message]));
		expect(failures['external-consent-de']).toContain('blocked a request to another host: https://example.invalid/tracker.png');
		expect(failures['missing-consent-de']).toContain('the build has no file for');
		expect(failures['absent-consent-de']).toContain('which the build does not have');
		for (const name of ['external', 'missing', 'absent'])
			expect(existsSync(join(root, 'de', 'leaflets', `${name}-consent.pdf`)), name).toBe(false);
		expect(progress).toHaveLength(4);
		expect(progress.at(-1)).toMatch(/^4\/4 /);
	});

	it('replaces its pages after their lifetime, and every leaflet still renders', async () => {
		const names = ['a', 'b', 'c', 'd', 'e'];
		const root = buildFolder(Object.fromEntries(names.map((n) => [n, page(`<p>Leaflet ${n}</p>`)])));
		const { launchBrowser } = await import('../../src/browser/launch-browser.ts');
		let opened = 0;
		const result = await renderLeaflets(
			names.map((n) => job(n)),
			{
				root,
				base: '/',
				rendererId: 'test',
				concurrency: 1,
				pageLifetime: 2,
				browser: async () => {
					const browser = await launchBrowser();
					const newPage = browser.newPage.bind(browser);
					browser.newPage = (...args) => (opened++, newPage(...args));
					return browser;
				},
			},
		);
		expect(result.failures).toEqual([]);
		expect(result.rendered.map((r) => r.id)).toEqual(names.map((n) => `${n}-consent-de`));
		// 5 leaflets, 2 per page: pages for a+b, c+d, e.
		expect(opened).toBe(3);
		const { readPdf } = await import('../support/pdf-text.ts');
		for (const n of names) expect((await readPdf(join(root, 'de', 'leaflets', `${n}-consent.pdf`))).flat).toContain(`Leaflet ${n}`);
	});

	it('runs print views without JavaScript', async () => {
		const root = buildFolder({
			script: page('<p id="p">static</p><script>document.getElementById("p").textContent = "scripted"</script>'),
		});
		const result = await renderLeaflets([job('script')], { root, base: '/', rendererId: 'test' });
		expect(result.failures).toEqual([]);
		const { readPdf } = await import('../support/pdf-text.ts');
		const pdf = await readPdf(join(root, 'de', 'leaflets', 'script-consent.pdf'));
		expect(pdf.flat).toContain('static');
		expect(pdf.flat).not.toContain('scripted');
	});
});

describe('PDF post-processing of real Chromium output', () => {
	// As many headings in both renders: changing a heading's text does not renumber the PDF's objects.
	const headings = [
		'Titel',
		'The consultation',
		'The session /Next 446 0 R',
		'Risk endobj 12 0 obj (a) b',
		'How many sessions?',
		'Back to /First 1 0 R',
	];
	const view = (h: string[]) =>
		page(
			h
				.slice(1)
				.map((text) => `<h2>${text}</h2><p>Text.</p>`)
				.join(''),
		);
	const render = (root: string) => renderBounded([job('outline')], { root, base: '/', rendererId: 'test' }, 60_000);

	it('finishes, within a time limit, with a correct outline when a heading points at another outline item', async () => {
		// Render once to learn the object number of an outline item, then make later headings point back
		// to it: a title whose /Next led back to an earlier item looped forever.
		const root = buildFolder({ outline: view(headings) });
		expect((await render(root)).failures).toEqual([]);
		const first = readFileSync(join(root, 'de', 'leaflets', 'outline-consent.pdf'), 'latin1');
		const item = /(\d+) 0 obj\n<<\/Title \(The consultation\)/.exec(first)?.[1];
		expect(item).toBeDefined();
		const hostile = headings.map((h) => h.replace(/ \d+ 0 R$/, ` ${item} 0 R`));
		writeFileSync(join(root, 'de', 'leaflets', 'outline', 'index.html'), view(hostile));
		const started = performance.now();
		expect((await render(root)).failures).toEqual([]);
		expect(performance.now() - started).toBeLessThan(60_000);
		const second = readFileSync(join(root, 'de', 'leaflets', 'outline-consent.pdf'), 'latin1');
		expect(second).toContain(`${item} 0 obj\n<</Title (The consultation)`);
		const { readPdf } = await import('../support/pdf-text.ts');
		expect((await readPdf(join(root, 'de', 'leaflets', 'outline-consent.pdf'))).outline).toEqual(hostile);
	}, 150_000);
});
