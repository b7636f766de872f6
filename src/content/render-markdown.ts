import type { Nodes as HastNodes } from 'hast';
import type { Root, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { withBase } from '../routes/routes.ts';
import { isAllowedUrl } from '../schemas/url-policy.ts';
import { walkTree } from './walk-tree.ts';

// remark-rehype drops raw HTML unless told otherwise: markdown in articles can never inject markup.
// One processor per id prefix: footnote ids (`fn-1`, `fnref-1`) are prefixed with the section's, so the
// notes of two sections on one page never share an id. There are only a handful of section keys.
const processors = new Map<string, ReturnType<typeof createProcessor>>();
const createProcessor = (idPrefix: string) => unified().use(remarkRehype, { clobberPrefix: `${idPrefix}-note-` }).use(rehypeStringify);
const processorFor = (idPrefix: string) => processors.get(idPrefix) ?? processors.set(idPrefix, createProcessor(idPrefix)).get(idPrefix)!;

export interface RenderOptions {
	/** Prefix for the ids of sub-headings, so two sections never produce the same anchor. */
	idPrefix: string;
	/** The site's `base`: root-relative links and images (`/de/mesotherapie/`) are published under it. */
	base: string;
}

/** Renders the nodes of one section to HTML; `###` sub-headings get stable ids. */
export function renderMarkdownNodes(nodes: RootContent[], options: RenderOptions): string {
	const tree: Root = { type: 'root', children: nodes.flatMap(safeCopy) };
	const slugger = new GithubSlugger();
	walkTree(tree, (node) => {
		if (node.type === 'heading') node.data = { ...node.data, hProperties: { id: `${options.idPrefix}-${slugger.slug(toString(node))}` } };
		if ((node.type === 'link' || node.type === 'image') && node.url.startsWith('/') && !node.url.startsWith('//')) node.url = withBase(node.url, options.base);
	});
	const processor = processorFor(options.idPrefix);
	const hast = processor.runSync(tree);
	if (nodes.some((node) => node.type === 'footnoteDefinition')) prefixFootnoteLabel(hast, `${options.idPrefix}-note-label`);
	return processor.stringify(hast);
}

/** remark-rehype gives every footnote list's heading the fixed id `footnote-label`, whatever the prefix. */
function prefixFootnoteLabel(node: HastNodes, id: string): void {
	if (node.type === 'element') {
		if (node.properties.id === 'footnote-label') node.properties.id = id;
		const described = node.properties.ariaDescribedBy;
		if (Array.isArray(described) && described.includes('footnote-label')) node.properties.ariaDescribedBy = described.map((d) => (d === 'footnote-label' ? id : d));
	}
	if ('children' in node) for (const child of node.children) prefixFootnoteLabel(child, id);
}

/**
 * The copy below, without what the URL policy refuses: the check reports such URLs, but `npm run
 * build:site` and `npm run dev` skip the check, so the renderer drops them too. A refused link keeps
 * its text; a refused image or definition is left out.
 */
function safeCopy<T extends RootContent>(node: T): RootContent[] {
	if (node.type === 'link' && !isAllowedUrl(node.url, 'link')) return node.children.flatMap(safeCopy);
	if (node.type === 'image' && !isAllowedUrl(node.url, 'image')) return [];
	if (node.type === 'definition' && !isAllowedUrl(node.url, 'link')) return [];
	// Left over only when its definition is missing or was refused: never an image from elsewhere.
	if (node.type === 'html' || node.type === 'imageReference') return [];
	return [copyNode(node)];
}

/**
 * A copy of a node and its descendants, each node a fresh object: the ids and links above are set on the
 * copy, never on the article's own tree. Fields below a node (`position`, `data`) are shared, never
 * changed in place; about ten times faster than `structuredClone` on an article.
 */
function copyNode<T extends RootContent>(node: T): T {
	return 'children' in node ? { ...node, children: (node.children as RootContent[]).flatMap(safeCopy) } : { ...node };
}
