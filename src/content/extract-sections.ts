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
import { readLooseMarker, readSectionMarker } from './section-marker.ts';
import type { RuleParams } from '../problems/problem-catalogue.ts';
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
	// After a heading whose marker was reported, its text belongs to a section that could not be told:
	// it is dropped instead of being reported again as text outside any section.
	let unknownSection = false;
	// Marker problems whose section could not be told: they are created at the end, naming the required
	// sections not found, instead of one `section-missing` each for what is probably the same mistake.
	const untold: { at: { line: number; column: number }; params: MarkerParams }[] = [];
	// Sections started at a mistaken marker: a correct marker of the same key later takes their place.
	const recovered = new Set<Section>();
	const start = (key: SectionKey, heading: string, at: { line: number; column: number }) => {
		current = { key, heading, nodes: [], line: at.line };
		sections.push(current);
		unknownSection = false;
	};
	/**
	 * A reported marker mistake: the section it meant starts here when that can be told, once; `text` is
	 * a node of that section the mistake was found in.
	 */
	const mistake = (at: { line: number; column: number }, params: MarkerParams, heading: string, text?: RootContent) => {
		const guess = 'guess' in params ? params.guess : undefined;
		if (guess && isSectionKey(guess) && !sections.some((s) => s.key === guess)) {
			problems.push(createProblem('section-marker', at, params));
			start(guess, heading, at);
			recovered.add(current!);
			if (text) current!.nodes.push(text);
			return;
		}
		untold.push({ at, params });
		// An unmarked `##` heading inside a section keeps its text there (a sub-heading written with `##`).
		if ('heading' in params && current) return;
		current = undefined;
		unknownSection = true;
	};
	const children = tree.children;

	for (let index = 0; index < children.length; index++) {
		const node = children[index]!;
		const at = lineOf(node);
		if (node.type === 'heading' && node.depth === 1) {
			problems.push(createProblem('no-h1', at, {}));
			continue;
		}
		if (node.type === 'heading' && node.depth > 2) {
			// A marker on a sub-heading: the author meant a section (`### Risiken {#risks}`).
			const marker = readMarker(node) ?? readLoose(node);
			if (marker) {
				mistake(at, { shape: 'level', written: marker.written, depth: node.depth, guess: guessKey(marker.key), known: sectionKeys }, marker.heading);
				continue;
			}
		}
		if (node.type === 'heading' && node.depth === 2) {
			const marker = readMarker(node);
			if (!marker) {
				const loose = readLoose(node);
				if (loose) {
					mistake(at, { shape: 'malformed', written: loose.written, guess: guessKey(loose.key), known: sectionKeys }, loose.heading);
					continue;
				}
				// The marker on the line below the heading: the first line of the paragraph after it.
				const next = children[index + 1];
				const below = next?.type === 'paragraph' ? markerOnly(firstLineOf(next)) : undefined;
				if (below) {
					index++;
					const rest = toString(next!).includes('\n') ? next : undefined;
					mistake(at, { shape: 'next-line', written: below.written, guess: guessKey(below.key), known: sectionKeys }, toString(node).trim(), rest);
					continue;
				}
				mistake(at, { heading: toString(node), known: sectionKeys }, '');
				continue;
			}
			if (!isSectionKey(marker.key)) {
				mistake(at, { key: marker.key, guess: closest(marker.key, sectionKeys), known: sectionKeys }, marker.heading);
				continue;
			}
			const guessed = sections.find((s) => s.key === marker.key && recovered.has(s));
			if (guessed) sections.splice(sections.indexOf(guessed), 1);
			else if (sections.some((s) => s.key === marker.key)) {
				problems.push(createProblem('section-duplicate', at, { key: marker.key }));
				current = undefined;
				unknownSection = true;
				continue;
			}
			if (!marker.heading) {
				problems.push(createProblem('empty-heading', at, { key: marker.key }));
			}
			start(marker.key, marker.heading, at);
			continue;
		}
		if (node.type === 'paragraph') {
			// `##Risiken {#risks}`: without a space after the hashes it is no heading but a paragraph (whose
			// first line it is, when the text follows on the next line).
			const firstLine = firstLineOf(node);
			const unspaced = /^(#{2,6})(?=[^\s#])/.exec(firstLine);
			const rest = unspaced ? firstLine.slice(unspaced[0].length) : '';
			const marker = unspaced ? (readSectionMarker(rest) ?? looseMarker(rest)) : undefined;
			if (unspaced && marker) {
				mistake(at, { shape: 'no-space', written: firstLine, hashes: unspaced[1]!, guess: guessKey(marker.key), known: sectionKeys }, marker.before.trim(), node);
				continue;
			}
		}
		if (!current) {
			if (!unknownSection && (node.type !== 'html' || !isPureComment(node.value))) {
				problems.push(createProblem('content-outside-section', at, {}));
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
	const notFound = requiredSectionKeys.filter((key) => !sections.some((s) => s.key === key));
	if (untold.length > 0) {
		for (const { at, params } of untold) problems.push(createProblem('section-marker', at, { ...params, notFound }));
	} else {
		for (const key of notFound) {
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

type MarkerParams = RuleParams<'section-marker'>;

function readMarker(heading: Heading): { key: string; heading: string; written: string } | undefined {
	const last = heading.children.at(-1);
	if (!last || last.type !== 'text') return undefined;
	if (!readSectionMarker(last.value)) return undefined;
	// The last text node ends the heading's text, so the marker found there ends the whole text too.
	const marker = readSectionMarker(toString(heading))!;
	return { key: marker.key, heading: marker.before.trim(), written: `{#${marker.key}}` };
}

/** A marker not written as `{#key}` at the end of a heading (`{# risks}`, `{risks}`), see readLooseMarker. */
function readLoose(heading: Heading): { key: string; heading: string; written: string } | undefined {
	const last = heading.children.at(-1);
	if (!last || last.type !== 'text') return undefined;
	const marker = looseMarker(toString(heading));
	return marker && { key: marker.key, heading: marker.before, written: marker.written };
}

/** readLooseMarker, but "(#2)" or "[#1]", which end many a heading, count only with a section key. */
function looseMarker(text: string): ReturnType<typeof readLooseMarker> {
	const marker = readLooseMarker(text);
	// The further shapes of an attempt (`{#risks}}`, ` #risks`) count only with a section key: a heading may end in "#2".
	if (marker?.attempt === 'bare') return isSectionKey(marker.key.toLowerCase()) ? marker : undefined;
	return marker && ((marker.written.startsWith('{') && !marker.attempt) || guessKey(marker.key)) ? marker : undefined;
}

/** A paragraph that is nothing but a marker, strict or loose (`{#risks}` on the line below its heading). */
function markerOnly(text: string): { key: string; written: string } | undefined {
	const strict = readSectionMarker(text);
	if (strict && strict.before.trim() === '') return { key: strict.key, written: text.trim() };
	const loose = looseMarker(text);
	return loose && loose.before === '' ? { key: loose.key, written: loose.written } : undefined;
}

const firstLineOf = (node: RootContent) => toString(node).split('\n')[0]!;

/** The section key an author meant: exact (in any case) or the closest by spelling. */
function guessKey(written: string): SectionKey | undefined {
	const lower = written.toLowerCase();
	return isSectionKey(lower) ? lower : (closest(lower, sectionKeys) as SectionKey | undefined);
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
