import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { dropRawHtml } from '../../src/content/drop-raw-html.ts';

// The renderer's own line of defence (the page check reports all of this first): what reaches Astro's
// markdown and MDX renderers when the check is skipped is rendered without raw HTML or code.
describe('dropRawHtml', () => {
	const md =
		'## Who\n\n<!-- a --><script>alert(1)</script><img src=x onerror=alert(2)><!-- b -->\n\nText <b onclick="alert(3)">bold</b> stays.\n';
	const mdx =
		"import { writeFileSync } from 'node:fs';\nexport const x = writeFileSync('/tmp/x', 'ran');\n\n## Who\n\n<script>alert(1)</script>\n\n<img src=\"x\" onerror=\"alert(2)\" />\n\nText {process.env.HOME} <b>bold</b> stays.\n";

	it('drops raw HTML from markdown, keeping the text around it', () => {
		const { html } = markdownToHtml(md, { mdastPlugins: [dropRawHtml] });
		expect(html).not.toMatch(/<script|onerror|onclick|<!--/);
		expect(html).toContain('Text');
		expect(html).toContain('stays.');
		// Without the plugin the renderer publishes it: the test would see it.
		expect(markdownToHtml(md).html).toContain('<script>alert(1)</script>');
	});

	it('drops JSX, expressions and import/export from MDX', () => {
		const { code } = mdxToJs(mdx, { mdastPlugins: [dropRawHtml] });
		expect(code).not.toMatch(/writeFileSync|alert|process\.env|onerror/);
		expect(code).toContain('stays.');
		expect(mdxToJs(mdx).code).toMatch(/writeFileSync/);
	});
});
