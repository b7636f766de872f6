import { z } from 'zod';

/** Non-empty text after trimming. */
export const text = z.string().trim().min(1, 'must not be empty');

/** A language code as used in folder names and URLs, e.g. `de`. */
export const langCode = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as de or en');

/** A slug or id: lower-case letters, digits and single hyphens. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. micronutrient-infusion');

/** A date written as `2026-11-01` in YAML (YAML may hand it over as a Date or as a string). */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string('write the date as YYYY-MM-DD, e.g. 2026-11-01')
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2026-11-01')
		// Month 00 or day 32 make an Invalid Date, whose toISOString() throws: check the time first.
		.refine((value) => {
			const date = new Date(`${value}T00:00:00Z`);
			return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
		}, 'this is not a real calendar date'),
);
