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
	const tree: Root = structuredClone({ type: 'root', children: nodes });
	const slugger = new GithubSlugger();
	walkTree(tree, (node) => {
		if (node.type === 'heading') node.data = { ...node.data, hProperties: { id: `${options.idPrefix}-${slugger.slug(toString(node))}` } };
		if ((node.type === 'link' || node.type === 'image') && node.url.startsWith('/') && !node.url.startsWith('//')) node.url = withBase(node.url, options.base);
	});
	return processor.stringify(processor.runSync(tree));
}
