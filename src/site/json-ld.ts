import type { Article } from '../content/article-model.ts';
import type { Clinic } from '../schemas/clinic.ts';

/**
 * Structured data for search engines (schema.org): the article page as a MedicalWebPage about a
 * MedicalProcedure, and its FAQ as a FAQPage. Pure; the page serialises it with `serializeJsonLd`.
 */
export function articleJsonLd(article: Article, clinic: Clinic, url: string, reviewerName: string): object[] {
	const { data } = article;
	const graph: object[] = [
		{
			'@context': 'https://schema.org',
			'@type': 'MedicalWebPage',
			'@id': `${url}#page`,
			url,
			name: data.title,
			description: data.description,
			inLanguage: article.lang,
			lastReviewed: data.reviewed,
			reviewedBy: { '@type': 'Person', name: reviewerName },
			datePublished: data.issued,
			version: data.version,
			publisher: clinicJsonLd(clinic),
			about: {
				'@type': 'MedicalProcedure',
				name: data.title,
				description: data.description,
				howPerformed: data.facts.sessionLength,
			},
			citation: data.sources.map((s) => ({
				'@type': 'CreativeWork',
				name: s.title,
				publisher: { '@type': 'Organization', name: s.publisher },
				...(s.url ? { url: s.url } : {}),
			})),
		},
	];
	if (data.faq.length > 0) {
		graph.push({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			'@id': `${url}#faq`,
			inLanguage: article.lang,
			mainEntity: data.faq.map((item) => ({
				'@type': 'Question',
				name: item.question,
				acceptedAnswer: { '@type': 'Answer', text: item.answer },
			})),
		});
	}
	return graph;
}

export function clinicJsonLd(clinic: Clinic): object {
	return {
		'@type': 'MedicalClinic',
		name: clinic.name,
		url: clinic.siteUrl,
		telephone: clinic.phone,
		email: clinic.email,
		address: {
			'@type': 'PostalAddress',
			streetAddress: clinic.address.street,
			postalCode: clinic.address.postalCode,
			addressLocality: clinic.address.city,
			addressCountry: clinic.address.country,
		},
		openingHoursSpecification: clinic.openingHours.map((h) => ({
			'@type': 'OpeningHoursSpecification',
			dayOfWeek: h.days.map((d) => ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][d - 1]),
			opens: h.opens,
			closes: h.closes,
		})),
	};
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>`, `&` and line separators are escaped,
 * so no text from content can close the script element or break out of it.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
