import { z } from 'zod';
import { isLeafletPdfPath, LEAFLETS_SEGMENT, leafletKinds } from '../routes/routes.ts';

/**
 * A path of the built site as the manifest records it: `/`-separated from the site's root, e.g.
 * `/de/leaflets/x-consent/index.html`. A segment that is empty, `.` or `..`, or holds a backslash or
 * a control character could name a file outside the folder the manifest belongs to: refused.
 */
export const sitePathSchema = z.string().refine(
	(path) => {
		if (!path.startsWith('/')) return false;
		const segments = path.slice(1).split('/');
		if (segments.at(-1) === '') segments.pop(); // a folder: `/de/leaflets/x-consent/`
		return segments.length > 0 && segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\\u0000-\u001f\u007f]/.test(s));
	},
	{ error: 'must be a path inside the site, starting with "/", without "..", "." or empty segments' },
);

/** A leaflet PDF sits at `/<lang>/leaflets/<name>.pdf` (see leafletPdfPath); no other file may be named. */
const pdfPathSchema = sitePathSchema.refine(isLeafletPdfPath, {
	error: `must be a leaflet PDF of the site, /<lang>/${LEAFLETS_SEGMENT}/<name>.pdf`,
});

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));

/**
 * A piece of a leaflet that must be in its PDF's text: its parts appear in this order, close together
 * (a risk's name, its detail, its frequency in words, as one table row prints them). With `page`, the
 * pages count: `every` — the item on each page (the patient line of a consent form, since pages get
 * separated); `together` — every part, each found on its own, all on one page (a declaration and its
 * signature lines, which must not split).
 */
export const expectedTextSchema = z.object({
	/** What it is, for the error message: `risk "Infection"`. */
	label: z.string(),
	parts: z.array(z.string()),
	page: z.enum(['every', 'together']).optional(),
});
export type ExpectedText = z.infer<typeof expectedTextSchema>;

/** What the renderer records of a leaflet it printed: one entry of `leaflets.json`, as it is written. */
export const renderedLeafletSchema = z.object({
	id: z.string().min(1),
	/** Hash of everything the PDF was made from (see render-hash.ts); equal hash, equal PDF. */
	renderHash: hex(64),
	/** Build files the print view loaded, for the next build's hash. */
	inputs: z.array(sitePathSchema),
	/** Renderer and browser version the PDF was made with (part of the render hash). */
	renderer: z.string(),
	key: z.string(),
	/** The article's slug: with `lang` and `kind` it names the leaflet's paths (src/routes/routes.ts). */
	slug: z.string().min(1),
	kind: z.enum(leafletKinds),
	lang: z.string(),
	title: z.string(),
	version: z.string(),
	issued: z.string(),
	/** Hash of the text the leaflet prints (src/content/leaflet-text-hash.ts), as its footer prints it. */
	textHash: hex(12),
	/** Whether the PDF is a draft: a version the register of issued versions does not list (marked on every page). */
	draft: z.boolean(),
	pages: z.number().int().nonnegative(),
	bytes: z.number().int().nonnegative(),
	sha256: hex(64),
	pdf: pdfPathSchema,
	view: sitePathSchema,
});
export type RenderedLeaflet = z.infer<typeof renderedLeafletSchema>;

/**
 * An entry as it is read. Manifests written before entries recorded their slug are still the
 * project's (the output guard recognises them) and their PDFs are still reused; such an entry gets its
 * slug when it is reused (build-leaflets.ts).
 */
export const manifestEntrySchema = renderedLeafletSchema.extend({
	slug: renderedLeafletSchema.shape.slug.optional(),
	// Entries written before the text hash: their footer printed another checksum, so their render hash
	// never matches again and they are rendered anew; they are still no damaged manifest.
	textHash: renderedLeafletSchema.shape.textHash.optional(),
	draft: renderedLeafletSchema.shape.draft.optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/**
 * What the renderer needs to know of one leaflet: the fields its manifest entry repeats, where its
 * print view and PDF are, the PDF metadata the manifest does not keep, and the text the PDF must show
 * (see leaflet-expected-text.ts), checked before the PDF is written.
 */
export const leafletJobSchema = renderedLeafletSchema
	.pick({ id: true, key: true, slug: true, kind: true, lang: true, title: true, version: true, issued: true, textHash: true, draft: true })
	.extend({
		subject: z.string(),
		author: z.string(),
		viewPath: sitePathSchema,
		pdfPath: pdfPathSchema,
		expected: z.array(expectedTextSchema).optional(),
	});
export type LeafletJob = z.infer<typeof leafletJobSchema>;

export const manifestSchema = z.object({
	leaflets: z.array(manifestEntrySchema),
	/** Present in the output of a sharded run: which part it is, and every leaflet id of the whole site. */
	shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1), ids: z.array(z.string()) }).optional(),
});
export type LeafletManifest = z.infer<typeof manifestSchema>;
