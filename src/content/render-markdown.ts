import type { Root, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { withBase } from '../i18n/routes.ts';
import { walkTree } from './walk-tree.ts';

// remark-rehype drops raw HTML unless told otherwise: markdown in articles can never inject markup.
const processor = unified().use(remarkRehype).use(rehypeStringify);

export interface RenderOptions {
	/** Prefix for the ids of sub-headings, so two sections never produce the same anchor. */
	idPrefix: string;
	/** The site's `base`: root-relative links and images (`/de/mesotherapie/`) are published under it. */
	base: string;
}

/** Renders the nodes of one section to HTML; `###` sub-headings get stable ids. */
export function renderMarkdownNodes(nodes: RootContent[], options: RenderOptions): string {
	const tree: Root = { type: 'root', children: nodes.map(copyNode) };
	const slugger = new GithubSlugger();
	walkTree(tree, (node) => {
		if (node.type === 'heading') node.data = { ...node.data, hProperties: { id: `${options.idPrefix}-${slugger.slug(toString(node))}` } };
		if ((node.type === 'link' || node.type === 'image') && node.url.startsWith('/') && !node.url.startsWith('//')) node.url = withBase(node.url, options.base);
	});
	return processor.stringify(processor.runSync(tree));
}

/**
 * A copy of a node and its descendants, each node a fresh object: the ids and links above are set on the
 * copy, never on the article's own tree. Fields below a node (`position`, `data`) are shared, never
 * changed in place; about ten times faster than `structuredClone` on an article.
 */
function copyNode<T extends RootContent>(node: T): T {
	return 'children' in node ? { ...node, children: node.children.map(copyNode) } : { ...node };
}
