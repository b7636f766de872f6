import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A bare Astro site over the same markdown: the glob loader, Astro's own markdown rendering, one page per
 * article with its body and nothing else. The yardstick for the site stage's overhead. Returns the
 * temporary project; build it with `astro build` run from there, the same command as the site stage.
 */
export function prepareBareAstro(contentDir: string): string {
	const project = mkdtempSync(join(tmpdir(), 'bare-astro-'));
	symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
	mkdirSync(join(project, 'src', 'pages'), { recursive: true });
	writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
	// Its own cache folder: through the shared node_modules it would otherwise reuse the content data
	// store of the last real build (same collection name, same ids and digests) and skip the work.
	writeFileSync(join(project, 'astro.config.mjs'), "export default { cacheDir: './.astro-cache' };\n");
	writeFileSync(
		join(project, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*/*.md', base: ${JSON.stringify(join(contentDir, 'articles'))}, generateId: ({ entry }) => entry.replace(/\\.md$/, '') }) }) };\n`,
	);
	writeFileSync(
		join(project, 'src', 'pages', '[...id].astro'),
		`---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
	);
	return project;
}
