import { z } from 'zod';

/** Non-empty text after trimming. */
/**
 * Characters that print as nothing although they are no white space: the Hangul fillers, the braille
 * blank, the soft hyphen, the combining grapheme joiner, the Khmer inherent vowels and the Mongolian
 * vowel separator. A text of only these would pass as written and print as an empty line on a leaflet.
 */
// An alternation, not a class: two of them are combining marks, which a class would join to their neighbour.
const printsNothing = /^(?:\s|\u00ad|\u034f|\u115f|\u1160|\u17b4|\u17b5|\u180e|\u2800|\u3164|\uffa0)*$/u;

export const text = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((value) => !printsNothing.test(value), 'prints as nothing: it holds only invisible filler characters; write the text');

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
