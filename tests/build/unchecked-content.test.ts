import { readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../support/build-site.ts';

// `npm run build:site` and `npm run dev` skip the content check: what the check refuses must not reach
// the output from there either. The site model refuses articles with body problems (now including
// refused URLs in every link form); the page loader refuses unsafe pages. The renderer's own dropping of
// refused URLs is tested in tests/unit/render-markdown.test.ts.
const outcome = (content: string) =>
	buildSite({ contentDir: content }).then(
		(dist) => `built: ${readdirSync(dist).join(', ')}`,
		(e: unknown) => String(e instanceof Error ? e.message : e),
	);

describe('content that skipped the check', () => {
	it('refuses an article with a refused URL in any link form, at its line', async () => {
		const content = fixtureContent('site');
		const article = join(content, 'articles/en/alpha-treatment.md');
		const evil = [
			'[inline](javascript:alert(1))',
			'[full][x] [collapsed][] [shortcut]',
			'<vbscript:msgbox(1)>',
			'![pixel](https://tracker.example/p.gif) ![ref][img]',
			'[proto](//evil.example/)',
			'Note.[^1]',
			'',
			'[x]: javascript:alert(2)',
			'[collapsed]: data:text/html,hi',
			'[shortcut]: JaVaScRiPt:alert(3)',
			'[img]: https://tracker.example/ref.gif',
			'[^1]: See [this](javascript:alert(4)).',
		].join('\n');
		writeFileSync(article, readFileSync(article, 'utf8').replace('Alpha is a fixture.', evil));
		const error = await outcome(content);
		for (const [line, url] of [
			// The fixture's `consent` line (the article schema's consent terms) moved the body down by one.
			[33, 'javascript:alert(1)'],
			[34, 'javascript:alert(2)'],
			[34, 'data:text/html,hi'],
			[34, 'JaVaScRiPt:alert(3)'],
			[35, 'vbscript:msgbox(1)'],
			[36, 'https://tracker.example/ref.gif'],
			[37, '//evil.example/'],
			[44, 'javascript:alert(4)'],
		] as const) {
			expect(error).toMatch(
				new RegExp(`alpha-treatment\\.md:${line}:\\d+: error: The (address|image) "${url.replace(/[.()/]/g, '\\$&')}"`),
			);
		}
	});

	it('refuses a page with a script or an expression, at its line', async () => {
		const content = fixtureContent('site');
		const page = join(content, 'pages/en/privacy.mdx');
		writeFileSync(
			page,
			readFileSync(page, 'utf8').replace(
				'This practice is fictitious;',
				'<script>alert(1)</script>\n\n{process.env.HOME}\n\nThis practice is fictitious;',
			),
		);
		const error = await outcome(content);
		expect(error).toMatch(/privacy\.mdx:28:1: error: The element <script> is not allowed/);
		expect(error).toMatch(/privacy\.mdx:30:1: error: The expression \{process\.env\.HOME\}/);
	});

	const mdPage = (body: string) =>
		`---\npage: privacy\ntitle: Privacy policy\ndescription: How Praxis Lindenhof handles your data when you visit this website.\nupdated: 2026-11-15\n---\n\n## Who\n\n${body}\n`;

	it('refuses a .md page that wraps a script in comments, and a page that is a symbolic link', async () => {
		const content = fixtureContent('site');
		rmSync(join(content, 'pages/en/privacy.mdx'));
		writeFileSync(
			join(content, 'pages/en/privacy.md'),
			mdPage('<!-- a --><script>alert(1)</script><img src=x onerror=alert(2)><!-- b -->'),
		);
		writeFileSync(join(content, 'evil.mdx'), mdPage('<script>alert(3)</script>'));
		rmSync(join(content, 'pages/de/privacy.mdx'));
		symlinkSync('../../evil.mdx', join(content, 'pages/de/privacy.mdx'));
		const error = await outcome(content);
		expect(error).toMatch(/privacy\.md:10:1: error: Raw HTML is not allowed in pages/);
		expect(error).toMatch(/de\/privacy\.mdx:1:1: error: "privacy\.mdx" is a symbolic link/);
	});

	it('renders .md pages without raw HTML: even a comment the check allows is not published', async () => {
		const content = fixtureContent('site');
		rmSync(join(content, 'pages/en/privacy.mdx'));
		writeFileSync(join(content, 'pages/en/privacy.md'), mdPage('<!-- internal note: kept-out-of-the-page -->\n\nWe publish this text.'));
		const dist = await buildSite({ contentDir: content });
		const html = readFileSync(join(dist, 'en/privacy/index.html'), 'utf8');
		expect(html).toContain('We publish this text.');
		expect(html).not.toContain('kept-out-of-the-page');
	});
});
