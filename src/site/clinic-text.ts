/**
 * A per-language text of the clinic profile (a physician's title, the Impressum's professional title) in
 * one language. There is no fallback to another language: a German title on an English Impressum would
 * pass for a translation. check-languages.ts reports a missing text at its line before any page is
 * built, so this throws only when a page is rendered from a profile nobody checked.
 */
export function clinicText(values: Readonly<Record<string, string>>, lang: string, field: string): string {
	const value = Object.hasOwn(values, lang) ? values[lang] : undefined;
	if (value === undefined) {
		throw new Error(
			`content/clinic.yaml: \`${field}\` has no text in "${lang}". Add \`${lang}: …\` under it; npm run check shows the line.`,
		);
	}
	return value;
}
