import type { AstroIntegration } from 'astro';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

/**
 * Removes from `.md` and `.mdx` pages everything that is not markdown: raw HTML (also between comments),
 * JSX elements, `{expressions}` and `import`/`export`. The page check reports all of these, but Astro's
 * renderers would publish raw HTML and run MDX's code whenever the check is skipped or misses a case:
 * this is the second line of defence, in the renderer itself.
 */
export const dropRawHtml = defineMdastPlugin({
	name: 'clinic-drop-raw-html',
	html: (node, context) => context.removeNode(node),
	mdxJsxFlowElement: (node, context) => context.removeNode(node),
	mdxJsxTextElement: (node, context) => context.removeNode(node),
	mdxFlowExpression: (node, context) => context.removeNode(node),
	mdxTextExpression: (node, context) => context.removeNode(node),
	mdxjsEsm: (node, context) => context.removeNode(node),
});

/**
 * Adds `dropRawHtml` to the markdown processor both Astro's markdown and @astrojs/mdx render with (the
 * default Sätteri processor, whose options the renderers read when they render). Throws when the
 * processor is not that one, rather than building pages without the plugin.
 */
export function dropRawHtmlIntegration(): AstroIntegration {
	return {
		name: 'clinic-drop-raw-html',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: MdastPluginEntry[] } };
				if (!Array.isArray(processor.options.mdastPlugins)) {
					throw new Error(`The markdown processor "${processor.name}" takes no mdast plugins: raw HTML in pages could not be dropped.`);
				}
				processor.options.mdastPlugins.push(dropRawHtml);
			},
		},
	};
}
