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
		const missing = extractSections(complete.replace('## Nutzen {#benefit}\nText.\n', ''), 10).problems;
		expect(missing.map((p) => [p.ruleId, p.line, p.message])).toEqual([
			['section-missing', 11, 'The required section {#benefit} is missing.'],
		]);
	});

	// Each mistake is reported once, at the heading, with what was meant: no follow-on "missing section"
	// or "text before the first section" for the same mistake.
	it.each([
		['a misspelt key', '## Risiken {#risks}', '## Risiken {#risk}', 'Unknown section key "{#risk}"'],
		['a space before the closing brace', '## Risiken {#risks}', '## Risiken {#risks }', '"{#risks }" is not written as {#key}'],
		['a space after the hash', '## Risiken {#risks}', '## Risiken {# risks}', '"{# risks}" is not written as {#key}'],
		['no hash', '## Risiken {#risks}', '## Risiken {risks}', '"{risks}" is not written as {#key}'],
		['parentheses', '## Risiken {#risks}', '## Risiken (#risks)', '"(#risks)" is not written as {#key}'],
		['a capital letter', '## Risiken {#risks}', '## Risiken {#Risks}', 'Unknown section key "{#Risks}"'],
		['a ### heading', '## Risiken {#risks}', '### Risiken {#risks}', 'stands on a level-3 heading'],
		['a #### heading with a typo', '## Risiken {#risks}', '#### Risiken {#risk}', 'stands on a level-4 heading'],
		['no space after ##', '## Risiken {#risks}', '##Risiken {#risks}', 'needs a space after it'],
		['the marker on the next line', '## Risiken {#risks}', '## Risiken\n{#risks}', 'stands on the line below its heading'],
		['the first section misspelt', '## Was ist das? {#overview}', '## Was ist das? {#overveiw}', 'Unknown section key "{#overveiw}"'],
		[
			'the first section with a space',
			'## Was ist das? {#overview}',
			'## Was ist das? {# overview}',
			'"{# overview}" is not written as {#key}',
		],
	])('reports %s once, with what was meant', (_name, from, to, message) => {
		const body = complete.replace(from, to);
		const line = body.split('\n').findIndex((l) => l.startsWith(to.split('\n')[0]!)) + 1;
		const { problems } = extractSections(body, 10);
		expect(problems.map((p) => [p.ruleId, p.line])).toEqual([['section-marker', 10 + line]]);
		expect(problems[0]!.message).toContain(message);
		const key = /\{#?\s*(\w+)/.exec(from)![1]!;
		expect(problems[0]!.hint).toContain(`Did you mean {#${key}}?`);
	});

	it('names the required sections not found when a marker cannot be told, instead of reporting them apart', () => {
		for (const to of ['## Was ist das? {#was}', '## Was ist das?', '### Was ist das? {#was}']) {
			const { problems } = extractSections(complete.replace('## Was ist das? {#overview}', to));
			expect(problems.map((p) => [p.ruleId, p.line])).toEqual([['section-marker', 1]]);
			expect(problems[0]!.hint).toContain('Required sections not found: overview.');
		}
		// An unmarked ## heading inside a section keeps its text there and misses no section.
		const { problems, sections } = extractSections(complete.replace('### Vorbereitung', '## Vorbereitung'));
		expect(problems.map((p) => p.ruleId)).toEqual(['section-marker']);
		expect(problems[0]!.hint).not.toContain('not found');
		expect(sections.find((s) => s.key === 'conduct')!.nodes.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
	});

	it('takes a correct marker after a mistaken one of the same key as the section, without a duplicate', () => {
		const body = complete.replace('## Nutzen {#benefit}', '## Nutzen {#risk}\nText.\n\n## Nutzen {#benefit}');
		const { problems, sections } = extractSections(body);
		expect(problems.map((p) => p.ruleId)).toEqual(['section-marker']);
		expect(sections.filter((s) => s.key === 'risks').map((s) => s.heading)).toEqual(['Risiken']);
	});

	it('leaves a heading ending in parentheses alone and reads a loose marker only at the end', () => {
		for (const heading of ['### Kosten (Euro)', '### Studie (#2)', '### Quelle [#1]']) {
			expect(extractSections(complete.replace('## Kosten {#costs}', `${heading}\nText.\n\n## Kosten {#costs}`)).problems, heading).toEqual(
				[],
			);
		}
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
