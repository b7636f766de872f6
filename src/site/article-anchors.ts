/**
 * Anchors every article page has besides its sections and their sub-headings; `npm run check` accepts
 * links to them, and a build test makes sure the page has no id missing from this list.
 */
export const fixedArticleAnchors = [
	'main',
	'article-title',
	'notice',
	'facts-title',
	'leaflets-title',
	'toc-title',
	'contraindications',
	'preparation',
	'after-effects',
	'aftercare-windows',
	'alternatives',
	'warning-signs',
	'faq',
	'disclaimer',
	'sources',
	'footer-address',
	'footer-hours',
	'footer-contact',
	'contact',
] as const;
