import { describe, expect, it } from 'vitest';
import { extractSections, parseMarkdown } from '../../src/content/extract-sections.ts';
import { renderMarkdownNodes } from '../../src/content/render-markdown.ts';
import { createArticle } from '../../src/content/article-model.ts';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { resolve } from 'node:path';

const render = (markdown: string) => renderMarkdownNodes(parseMarkdown(markdown).children, { idPrefix: 'overview', base: '/' });

describe('the markdown renderer without the check (npm run build:site skips it)', () => {
	it.each([
		['inline', '[x](javascript:alert(1))'],
		['mixed case', '[x](JaVaScRiPt:alert(1))'],
		['entity-encoded', '[x](&#106;avascript:alert(1))'],
		['reference', '[x][a]\n\n[a]: vbscript:msgbox(1)'],
		['autolink', '<javascript:alert(1)>'],
		['data', '[x](data:text/html,hi)'],
		['protocol-relative', '[x](//evil.example/)'],
	])('drops a refused link but keeps its text: %s', (_name, markdown) => {
		const html = render(markdown);
		expect(html).not.toMatch(/href=/);
	});

	it.each([
		['other host', '![a](https://other.example/x.png)'],
		['reference to another host', '![a][i]\n\n[i]: https://other.example/x.png'],
		['javascript', '![a](javascript:alert(1))'],
		['traversal', '![a](/images/../../x.png)'],
	])('drops a refused image: %s', (_name, markdown) => {
		expect(render(markdown)).not.toMatch(/<img/);
	});

	it('keeps allowed links and images', () => {
		const html = render('[a](https://www.awmf.org/) [b](mailto:praxis@example.org) [c](tel:+492515550100) [d](/de/x/) ![e](/images/x.png)');
		expect(html).toContain('href="https://www.awmf.org/"');
		expect(html).toContain('href="mailto:praxis@example.org"');
		expect(html).toContain('href="tel:+492515550100"');
		expect(html).toContain('href="/de/x/"');
		expect(html).toContain('src="/images/x.png"');
	});
});

describe('footnotes', () => {
	const body = `## Overview {#overview}
Alpha.[^1] And a second one.[^2]

## Indications {#indications}
Beta.[^1]

## Conduct {#conduct}
Gamma.

## Benefit {#benefit}
Delta.[^3]

## Risks {#risks}
Eps.

## Costs {#costs}
Zeta.

[^1]: First note.
[^2]: Second note.
[^3]: Third note.
`;

	it('gives every section its own footnote ids, and every footnote link a target on the page', () => {
		const { sections, problems } = extractSections(body);
		expect(problems).toEqual([]);
		const html = sections.map((s) => renderMarkdownNodes(s.nodes, { idPrefix: s.key, base: '/' })).join('\n');
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
		expect(ids.length).toBeGreaterThan(6);
		expect(new Set(ids).size).toBe(ids.length);
		const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]!);
		expect(targets.length).toBeGreaterThan(6);
		for (const target of targets) expect(ids, `#${target}`).toContain(target);
		// Each note is shown under the section that cites it, though all are defined at the end.
		expect(sections.find((s) => s.key === 'indications')!.nodes.some((n) => n.type === 'footnoteDefinition')).toBe(true);
		for (const target of targets.filter((t) => t.includes('-fn-'))) expect(html).toContain(`<li id="${target}">`);
	});

	it('renders an article with footnotes in two sections with unique ids', () => {
		const { article } = createArticle({
			id: 'en/x',
			data: loadArticleFile(resolve('tests/fixtures/site/articles/en/alpha-treatment.md')).article!.data,
			body,
			source: body,
			file: 'x.md',
			bodyLineOffset: 0,
		});
		const html = article.sections.map((s) => s.html).join('\n');
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
		expect(new Set(ids).size).toBe(ids.length);
		expect(html).toContain('Third note.');
		for (const target of [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]!)) expect(ids).toContain(target);
	});
});

describe('no refused URL reaches the HTML, in any form it can be written', () => {
	const urls = [
		'javascript:alert(1)',
		' JaVaScRiPt:x',
		'java&#x09;script:x',
		'&#x6A;avascript:x',
		'%6Aavascript:x',
		'data:text/html,x',
		'vbscript:x',
		'file:///etc',
		'//evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'http://evil.example',
		'https:evil.example',
		'https://u:p@evil.example',
		'jav\u0000ascript:x',
		'java\nscript:x',
		'/%2F%2Fevil.example',
		'/images/%2e%2e/%2e%2e/x',
		'%E0%A4%A',
	];
	const forms: [string, (u: string) => string][] = [
		['inline', (u) => `[t](${u})`],
		['inline in <>', (u) => `[t](<${u}>)`],
		['full reference', (u) => `[t][r]\n\n[r]: ${u}`],
		['collapsed reference', (u) => `[r][]\n\n[r]: <${u}>`],
		['shortcut reference', (u) => `[r]\n\n[r]: ${u}`],
		['image', (u) => `![a](${u})`],
		['image reference', (u) => `![a][i]\n\n[i]: ${u}`],
		['autolink', (u) => `<${u}>`],
		['bare', (u) => `x ${u} y`],
		['footnote', (u) => `a[^1]\n\n[^1]: [t](${u})`],
		['list in quote, with title', (u) => `> - [t](${u} "title")`],
		['table', (u) => `| a |\n|---|\n| [t](${u}) |`],
	];
	const refused = /^\s*(javascript|vbscript|data|file|http):|^\s*\/\/|\\|evil\.example|%2f%2f|%2e%2e/i;
	it.each(forms)('%s', (_name, form) => {
		for (const url of urls) {
			const { sections, problems } = extractSections(`## O {#overview}\n${form(url)}\n`);
			// Every link or image the parser saw with a refused URL is also reported by the check (a URL
			// with a line break or a leading space, bare text and `<//host>` make no link at all).
			if (
				/^\s*(javascript|vbscript|data|file|http):|^\/\/|^\/\\/i.test(url) &&
				!/\n|^\s/.test(url) &&
				!form('').startsWith('x ') &&
				!(form('') === '<>' && url.startsWith('/'))
			) {
				expect(
					problems.some((p) => /^(url-|path-|image-external)/.test(p.ruleId)),
					`${form(url)}: ${JSON.stringify(problems.map((p) => p.ruleId))}`,
				).toBe(true);
			}
			const html = sections.map((s) => renderMarkdownNodes(s.nodes, { idPrefix: s.key, base: '/' })).join('');
			const values = [...html.matchAll(/ (?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x26;|&amp;/g, '&'));
			for (const value of values) expect(value, `${form(url)} → ${html}`).not.toMatch(refused);
		}
	});
});
