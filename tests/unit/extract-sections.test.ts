import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractSections, parseMarkdown } from '../../src/content/extract-sections.ts';
import { renderMarkdownNodes } from '../../src/content/render-markdown.ts';
import { walkTree } from '../../src/content/walk-tree.ts';

const complete = `## Was ist das? {#overview}
Text.

## Für wen {#indications}
Text.

## Ablauf {#conduct}
Schritt.

### Vorbereitung
Mehr.

## Nutzen {#benefit}
Text.

## Risiken {#risks}
Text.

## Kosten {#costs}
Text.
`;

describe('extractSections', () => {
	it('splits the body at marked headings, keeping heading text and sub-headings', () => {
		const { sections, problems } = extractSections(complete);
		expect(problems).toEqual([]);
		expect(sections.map((s) => s.key)).toEqual(['overview', 'indications', 'conduct', 'benefit', 'risks', 'costs']);
		expect(sections[2]!.heading).toBe('Ablauf');
		expect(sections[2]!.nodes.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph']);
	});

	it('orders sections by their key, whatever order the author wrote them in', () => {
		const swapped = complete.replace('## Was ist das? {#overview}\nText.\n', '') + '\n## Überblick {#overview}\nText.\n';
		expect(extractSections(swapped).sections[0]!.key).toBe('overview');
	});

	it('reports missing required sections and unknown keys with a suggestion, at the right line', () => {
		const body = complete.replace('{#benefit}', '{#benefits}');
		const { problems } = extractSections(body, 10);
		const unknown = problems.find((p) => p.message.includes('{#benefits}'))!;
		expect(unknown.line).toBe(10 + 13);
		expect(unknown.hint).toContain('Did you mean {#benefit}?');
		expect(problems.some((p) => p.ruleId === 'section-missing' && p.message.includes('{#benefit}'))).toBe(true);
	});

	it('reports unmarked headings, empty sections, raw HTML, empty links and text before the first section', () => {
		const body = `Intro text.\n\n${complete}\n## Notiz\n\n## Nachsorge {#aftercare}\n\n<div>x</div>\n\n[](https://example.org)\n`;
		const rules = extractSections(body).problems.map((p) => p.ruleId);
		expect(rules).toEqual(expect.arrayContaining(['content-outside-section', 'section-marker', 'raw-html', 'empty-link']));
		const onlyEmpty = extractSections(`${complete}\n## Nachsorge {#aftercare}\n`).problems;
		expect(onlyEmpty.map((p) => p.ruleId)).toEqual(['section-empty']);
	});
});

describe('renderMarkdownNodes', () => {
	it('renders markdown, gives sub-headings prefixed ids and drops raw HTML', () => {
		const { sections } = extractSections(
			`${complete}\n## Nachsorge {#aftercare}\n\n### Erste Tage\n\n**Kühlen** <script>alert(1)</script>\n`,
		);
		const html = renderMarkdownNodes(sections.find((s) => s.key === 'aftercare')!.nodes, { idPrefix: 'aftercare', base: '/' });
		expect(html).toContain('<h3 id="aftercare-erste-tage">Erste Tage</h3>');
		expect(html).toContain('<strong>Kühlen</strong>');
		expect(html).not.toContain('<script');
	});

	it("leaves the article's own nodes unchanged, so each rendering starts from the source", () => {
		const { sections } = extractSections(`${complete}\n## Nachsorge {#aftercare}\n\n### Erste Tage\n\nSiehe [Ablauf](/de/ablauf/).\n`);
		const nodes = sections.find((s) => s.key === 'aftercare')!.nodes;
		const before = structuredClone(nodes);
		const first = renderMarkdownNodes(nodes, { idPrefix: 'aftercare', base: '/praxis/' });
		expect(first).toContain('<h3 id="aftercare-erste-tage">');
		expect(first).toContain('href="/praxis/de/ablauf/"');
		expect(nodes).toEqual(before);
		const second = renderMarkdownNodes(nodes, { idPrefix: 'leaflet', base: '/' });
		expect(second).toContain('<h3 id="leaflet-erste-tage">');
		expect(second).toContain('href="/de/ablauf/"');
	});
});

describe('parseMarkdown', () => {
	const gfm = unified().use(remarkParse).use(remarkGfm);
	it('gives the same tree as the full GitHub-flavoured parser, with and without GFM constructs', () => {
		const samples = [
			'# Title\n\nPlain *text* with a [link](/de/x/) and `code`.\n\n- one\n- two\n',
			'| a | b |\n| - | - |\n| 1 | 2 |\n',
			'Was ~~wrong~~ right.',
			'See www.example.org or https://example.org/path, or write to praxis@example.org.',
			'A note.[^1]\n\n[^1]: The footnote.',
			'- [ ] open\n- [x] done\n',
			'WWW.EXAMPLE.ORG in capitals.',
		];
		for (const sample of samples) expect(parseMarkdown(sample), sample).toEqual(gfm.parse(sample));
	});

	it('still parses GFM tables and literal links', () => {
		expect(parseMarkdown('| a |\n| - |\n| 1 |\n').children[0]!.type).toBe('table');
		const paragraph = parseMarkdown('Go to www.example.org now.').children[0] as Paragraph;
		expect(paragraph.children.some((c) => c.type === 'link')).toBe(true);
	});
});

describe('walkTree', () => {
	it('enters every node once, parents before children, in document order', () => {
		const tree = parseMarkdown('# A\n\nText with [a link](/x) and *emphasis*.\n\n- one\n- two ![alt](/i.png)\n');
		const entered: string[] = [];
		const offsets: number[] = [];
		walkTree(tree, (node) => {
			entered.push(node.type);
			offsets.push(node.position!.start.offset!);
		});
		expect(entered).toEqual([
			'root',
			'heading',
			'text',
			'paragraph',
			'text',
			'link',
			'text',
			'text',
			'emphasis',
			'text',
			'text',
			'list',
			'listItem',
			'paragraph',
			'text',
			'listItem',
			'paragraph',
			'text',
			'image',
		]);
		expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
	});
});
