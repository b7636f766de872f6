import type { Definition, Image, Link, Nodes, Root } from 'mdast';

/**
 * Turns reference-style links and images (`[text][id]`, `[id][]`, `[id]`, `![alt][id]`) into plain
 * links and images with their definition's URL, in place, each at the reference's own position.
 * Afterwards one walk over `link` and `image` nodes sees every URL the page will contain, with the
 * line the author wrote it on, and a section renders its references even when the definition stands in
 * another section (the renderer sees one section at a time).
 */
export function resolveReferences(tree: Root): void {
	const definitions = new Map<string, Definition>();
	collectDefinitions(tree, definitions);
	if (definitions.size === 0) return;
	replaceReferences(tree, definitions);
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
	// CommonMark: the first definition of a label wins.
	if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, node);
	if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

function replaceReferences(node: Nodes, definitions: Map<string, Definition>): void {
	if (!('children' in node)) return;
	const children = node.children as Nodes[];
	for (let i = 0; i < children.length; i++) {
		const child = children[i]!;
		if (child.type === 'linkReference') {
			const definition = definitions.get(child.identifier);
			if (definition) {
				const link: Link = { type: 'link', url: definition.url, title: definition.title, children: child.children, position: child.position };
				children[i] = link;
			}
		} else if (child.type === 'imageReference') {
			const definition = definitions.get(child.identifier);
			if (definition) {
				const image: Image = { type: 'image', url: definition.url, title: definition.title, alt: child.alt, position: child.position };
				children[i] = image;
			}
		}
		replaceReferences(children[i]!, definitions);
	}
}
