/** The numbered parts of a consent form, in order. The bilingual form shows each part in both languages. */
export const consentParts = [
	'nature',
	'benefit',
	'risks',
	'alternatives',
	'questions',
	'preparation',
	'costs',
	'notes',
	'declaration',
] as const;
export type ConsentPartName = (typeof consentParts)[number];
