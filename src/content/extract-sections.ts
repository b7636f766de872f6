import type { FootnoteDefinition, Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isPureComment } from './html-comment.ts';
import { createProblem, type ContentProblem } from './content-problem.ts';
import { closest } from './did-you-mean.ts';
import { walkTree } from './walk-tree.ts';
import { nestingProblem, treeDepthProblem } from './markdown-limits.ts';
import { resolveReferences } from './resolve-references.ts';
import { readSectionMarker } from './section-marker.ts';
import { urlProblem } from '../schemas/url-policy.ts';
import { isSectionKey, requiredSectionKeys, sectionKeys, type SectionKey } from './section-keys.ts';

export interface Section {
	key: SectionKey;
	/** Heading text as the author wrote it, without the marker. */
	heading: string;
	/** Body nodes of the section, without its heading. */
	nodes: RootContent[];
	/** 1-based line of the heading in the file. */
	line: number;
}

/** A link or image in the body, to be checked against the pages and files of the site. */
export interface Reference {
	kind: 'link' | 'image';
	url: string;
	line: number;
	column: number;
}

export interface ExtractedSections {
	sections: Section[];
	problems: ContentProblem[];
	references: Reference[];
}

const gfmParser = unified().use(remarkParse).use(remarkGfm);
const plainParser = unified().use(remarkParse);

/**
 * Every GitHub-flavoured construct starts with one of these: a table's `|`, strikethrough's `~`, a
 * footnote's `[^`, a task's `[ ]`/`[x]`, a literal link's `www.`, `://` or (e-mail) `@`. Text without
 * any of them parses to the same tree without the GFM extensions, at about a third of the cost.
 */
const gfmTrigger = /[|~@]|\[\^|\[[ xX]\]|www\.|:\/\//i;

/** Parses markdown into its mdast tree (GitHub-flavoured, as authors expect). */
export function parseMarkdown(markdown: string): Root {
	return (gfmTrigger.test(markdown) ? gfmParser : plainParser).parse(markdown);
}

/**
 * Splits an article body into sections at `## Heading {#key}` markers.
 * @param lineOffset lines before the body in the file (the frontmatter), so problems point at the real line.
 */
export function extractSections(markdown: string, lineOffset = 0): ExtractedSections {
	// Too deep a body is reported alone: parsing or walking it is what would hang or overflow.
	const early = nestingProblem(markdown, lineOffset);
	if (early) return { sections: [], problems: [early], references: [] };
	const tree = parseMarkdown(markdown);
	const deep = treeDepthProblem(tree, lineOffset);
	if (deep) return { sections: [], problems: [deep], references: [] };
	resolveReferences(tree);
	const sections: Section[] = [];
	const problems: ContentProblem[] = [];
	const lineOf = (node: { position?: { start: { line: number; column: number } } }) => ({
		line: (node.position?.start.line ?? 1) + lineOffset,
		column: node.position?.start.column ?? 1,
	});
	let current: Section | undefined;

	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth <= 2) {
			const marker = readMarker(node);
			const at = lineOf(node);
			if (node.depth === 1) {
				problems.push(createProblem('no-h1', at, {}));
				continue;
			}
			if (!marker) {
				problems.push(createProblem('section-marker', at, { heading: toString(node), known: sectionKeys }));
				continue;
			}
			if (!isSectionKey(marker.key)) {
				const guess = closest(marker.key, sectionKeys);
				problems.push(createProblem('section-marker', at, { key: marker.key, guess, known: sectionKeys }));
				current = undefined;
				continue;
			}
			if (sections.some((s) => s.key === marker.key)) {
				problems.push(createProblem('section-duplicate', at, { key: marker.key }));
				current = undefined;
				continue;
			}
			if (!marker.heading) {
				problems.push(createProblem('empty-heading', at, { key: marker.key }));
			}
			current = { key: marker.key, heading: marker.heading, nodes: [], line: at.line };
			sections.push(current);
			continue;
		}
		if (!current) {
			if (node.type !== 'html' || !isPureComment(node.value)) {
				problems.push(createProblem('content-outside-section', lineOf(node), {}));
			}
			continue;
		}
		current.nodes.push(node);
	}

	for (const section of sections) {
		if (!section.nodes.some((node) => toString(node).trim() !== '')) {
			problems.push(createProblem('section-empty', { line: section.line, column: 1 }, { key: section.key }));
		}
	}
	for (const key of requiredSectionKeys) {
		if (!sections.some((s) => s.key === key)) {
			problems.push(createProblem('section-missing', { line: lineOffset + 1, column: 1 }, { key, required: requiredSectionKeys }));
		}
	}
	problems.push(...findContentProblems(tree, lineOffset));
	attachFootnotes(sections);
	sections.sort((a, b) => sectionKeys.indexOf(a.key) - sectionKeys.indexOf(b.key));
	const references: Reference[] = [];
	walkTree(tree, (node) => {
		if ((node.type === 'link' || node.type === 'image') && node.url.trim() !== '') {
			references.push({ kind: node.type, url: node.url, line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 });
		}
	});
	return { sections, problems, references };
}

/**
 * Footnote definitions usually stand at the end of the body, in the last section, while the renderer
 * sees one section at a time: each section gets (copies of) the definitions it references, in the order
 * of first reference, and renders its own notes under ids prefixed with its key.
 */
function attachFootnotes(sections: Section[]): void {
	const definitions = new Map<string, FootnoteDefinition>();
	for (const section of sections) {
		section.nodes = section.nodes.filter((node) => {
			if (node.type !== 'footnoteDefinition') return true;
			if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
			return false;
		});
	}
	if (definitions.size === 0) return;
	for (const section of sections) {
		const wanted: string[] = [];
		const collect = (node: Nodes) =>
			walkTree(node, (n) => {
				if (n.type === 'footnoteReference' && definitions.has(n.identifier) && !wanted.includes(n.identifier)) {
					wanted.push(n.identifier);
					collect(definitions.get(n.identifier)!);
				}
			});
		for (const node of section.nodes) collect(node);
		section.nodes.push(...wanted.map((id) => definitions.get(id)!));
	}
}

function readMarker(heading: Heading): { key: string; heading: string } | undefined {
	const last = heading.children.at(-1);
	if (!last || last.type !== 'text') return undefined;
	if (!readSectionMarker(last.value)) return undefined;
	// The last text node ends the heading's text, so the marker found there ends the whole text too.
	const marker = readSectionMarker(toString(heading))!;
	return { key: marker.key, heading: marker.before.trim() };
}

/** Problems inside sections: raw HTML (never published), empty headings and links, images without alt text. */
function findContentProblems(tree: Root, lineOffset: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	walkTree(tree, (node) => {
		const at = { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
		if (node.type === 'html' && !isPureComment(node.value)) {
			problems.push(createProblem('raw-html', at, { where: 'articles', hint: 'Use markdown instead (lists, **bold**, headings); raw HTML would be dropped from the page and the leaflets.' }));
		}
		if (node.type === 'heading' && node.depth > 2 && toString(node).trim() === '') {
			problems.push(createProblem('empty-heading', at, {}));
		}
		if (node.type === 'link' && (node.url.trim() === '' || toString(node).trim() === '')) {
			problems.push(createProblem('empty-link', at, { noTarget: node.url.trim() === '' }));
		}
		if (node.type === 'image' && !node.alt?.trim()) {
			problems.push(createProblem('image-alt', at, { example: 'file.jpg' }));
		}
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url.trim() !== '') {
			const problem = urlProblem(node.url, node.type === 'image' ? 'image' : 'link');
			if (problem) problems.push(createProblem(problem.ruleId, at, problem.params));
		}
	});
	return problems;
}
