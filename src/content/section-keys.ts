/**
 * The sections an article body is split into. Authors mark a `##` heading with `{#key}`;
 * the heading text is free and in the article's language, the key is fixed, so tools find a section
 * without guessing from heading text. Order here is the order on the page and in the leaflets.
 */
export const sectionKeys = ['notice', 'overview', 'indications', 'conduct', 'benefit', 'risks', 'aftercare', 'costs'] as const;
export type SectionKey = (typeof sectionKeys)[number];

export const requiredSectionKeys: readonly SectionKey[] = ['overview', 'indications', 'conduct', 'benefit', 'risks', 'costs'];

export function isSectionKey(value: string): value is SectionKey {
	return (sectionKeys as readonly string[]).includes(value);
}
