import { z } from 'zod';
import { isoDate, text } from './common.ts';

/** Frontmatter of a free page such as the privacy policy (`content/pages/<lang>/<name>.mdx`). */
export const pageSchema = z.strictObject({
	/** Which fixed page this is; its URL slug comes from the UI strings (`slugs`). */
	page: z.enum(['privacy']),
	title: text,
	description: z.string().trim().min(20).max(170),
	/** Date of the last change, shown on the page. */
	updated: isoDate,
});

export type PageData = z.infer<typeof pageSchema>;
