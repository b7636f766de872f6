import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { pageSchema } from './schemas/page.ts';
import { contentDir } from './content/content-dir.ts';

// Ids are `<lang>/<file name>`, e.g. `de/mesotherapie`: the language comes from the folder.
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

const articles = defineCollection({
	// Bodies are split into sections and rendered by src/content/ (the same code the leaflets use),
	// so Astro's own markdown rendering is deferred and never triggered.
	loader: glob({ pattern: '*/*.md', base: `${contentDir()}/articles`, generateId: idFromPath, deferRender: true }),
	schema: articleSchema,
});

const pages = defineCollection({
	loader: glob({ pattern: '*/*.{md,mdx}', base: `${contentDir()}/pages`, generateId: idFromPath }),
	schema: pageSchema,
});

export const collections = { articles, pages };
