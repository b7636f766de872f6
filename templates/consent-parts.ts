import type { ArticleData } from '../src/schemas/article.ts';

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
	'agreements',
	'declaration',
] as const;
export type ConsentPartName = (typeof consentParts)[number];

/**
 * The parts an article's form prints: the further declarations (off-label use, undertakings, self-pay,
 * photographs) only when it has one of them. They are a part of their own, each kept whole, so that the
 * declaration with all its signatures stays on one page however many of them an article declares.
 */
export function consentPartsOf(data: ArticleData): ConsentPartName[] {
	const { consent, facts } = data;
	const agreements =
		consent.offLabel !== undefined || consent.undertakings.length > 0 || facts.costs.selfPay || consent.photos !== undefined;
	return consentParts.filter((part) => part !== 'agreements' || agreements);
}
