import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article.ts';
import { pageSchema } from './schemas/page.ts';
import { articleLoader } from './content/article-loader.ts';
import { pageLoader } from './content/page-loader.ts';
import { contentDir } from './content/content-dir.ts';

/** Treatment articles: `content/articles/<lang>/<slug>.md`, one file per treatment and language. */
const articles = defineCollection({
	loader: articleLoader(contentDir()),
	schema: articleSchema,
});

/** Free pages such as the privacy policy: `content/pages/<lang>/<name>.mdx`, rendered by Astro's MDX. */
const pages = defineCollection({
	loader: pageLoader(contentDir()),
	schema: pageSchema,
});

export const collections = { articles, pages };
