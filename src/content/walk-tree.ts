import type { Nodes } from 'mdast';

/**
 * Calls `enter` for every node of a markdown tree, parents before children, in document order: what
 * `unist-util-visit` does without a test, at a fraction of its cost (it keeps a list of ancestors for
 * every node). Articles are walked several times each per build, so this shows.
 */
export function walkTree(node: Nodes, enter: (node: Nodes) => void): void {
	enter(node);
	if ('children' in node) for (const child of node.children) walkTree(child, enter);
}
