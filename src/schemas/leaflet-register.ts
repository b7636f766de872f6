import { z } from 'zod';
import { isoDate, slug } from './common.ts';

/** A release time as `2026-12-01T18:30:00Z` (YAML may hand an unquoted one over as a Date). */
const isoTimestamp = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
	z.iso.datetime({ offset: true, error: 'write the time as an ISO timestamp in quotes, e.g. "2026-12-01T18:30:00Z"' }),
);

/**
 * One issued version of one leaflet in `content/leaflet-register.yaml`: which text (its hash,
 * leaflet-printed-text.ts) was handed out as this version, and who released it when. Written by
 * `npm run release`, never edited: the register only grows.
 */
export const registerEntrySchema = z.strictObject({
	/** The leaflet's document id, as its footer prints it. @example mesotherapy-consent-de */
	id: slug,
	version: z.string('write the version in quotes, e.g. "1.0"').regex(/^\d+\.\d+(\.\d+)?$/, 'a version such as "1.0" or "1.2.1"'),
	issued: isoDate,
	textHash: z.string().regex(/^[0-9a-f]{12}$/, 'the 12 hex characters of the text hash the footer prints'),
	/** Id of the physician in `content/clinic.yaml` who released it. */
	releasedBy: slug,
	releasedAt: isoTimestamp,
	/** Chains this entry to the one before it (src/content/register-seal.ts): written by `npm run release`. */
	seal: z.string('the seal `npm run release` wrote').regex(/^[0-9a-f]{12}$/, 'the 12 hex characters `npm run release` wrote'),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

/** The register: a YAML list of entries, oldest first. */
export const leafletRegisterSchema = z.array(registerEntrySchema);
