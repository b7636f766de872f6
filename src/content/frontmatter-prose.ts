import type { z } from 'zod';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { splitSentences } from './split-sentences.ts';

type PathItem = string | number;

/**
 * The frontmatter's text fields that are prose: the sentences a patient reads on the consent form, the
 * aftercare sheet or the page (`[]` is any item of a list). Every other text field of the article schema
 * is a label, a figure or bookkeeping and is not scored: titles, the facts but for the cost note, the
 * names of alternatives, after-effect durations, aftercare windows, FAQ questions (the answers' headings),
 * sources, ids, versions and the translation record. Their fragments would make sentences look shorter
 * than the text is, as headings and tables of the body would (prose-sentences.ts).
 */
export const proseFields = [
	'description',
	'facts.costs.note',
	'consent.offLabel',
	'consent.undertakings[]',
	'risks[].name',
	'risks[].detail',
	'contraindications[]',
	'preparation[]',
	'alternatives[].description',
	'afterEffects[].effect',
	'aftercare[].do[]',
	'aftercare[].avoid[]',
	'warningSigns[].sign',
	'faq[].answer',
] as const;

/**
 * Fields read together as one sentence, joined by ": ": a risk's detail goes on from its name in lower
 * case ("Blaue Flecken: unter den Augen häufiger …"), and so the patient reads it on the form.
 */
const joined: Readonly<Record<string, readonly [string, string]>> = { 'risks[]': ['name', 'detail'] };

/** One sentence of the frontmatter: the field it starts in and where in that field's value. */
export interface FieldSentence {
	text: string;
	field: PathItem[];
	/** Offset (UTF-16 units) of its first character in the field's parsed value. */
	offset: number;
}

/** Every string field of a zod object schema, as `a.b[].c` patterns, found by walking its definition. */
export function schemaTextFields(schema: z.core.$ZodType = articleSchema, prefix = ''): string[] {
	const def = schema._zod.def as {
		type: string;
		innerType?: z.core.$ZodType;
		in?: z.core.$ZodType;
		out?: z.core.$ZodType;
		shape?: Record<string, z.core.$ZodType>;
		element?: z.core.$ZodType;
	};
	switch (def.type) {
		case 'string':
			return [prefix];
		case 'optional':
		case 'default':
		case 'nullable':
		case 'prefault':
			return schemaTextFields(def.innerType!, prefix);
		// A preprocessed field (a date) is what the schema after the step takes; a transformed one, before it.
		case 'pipe': {
			const out = schemaTextFields(def.out!, prefix);
			return out.length > 0 ? out : schemaTextFields(def.in!, prefix);
		}
		case 'object':
			return Object.entries(def.shape ?? {}).flatMap(([key, field]) => schemaTextFields(field, prefix ? `${prefix}.${key}` : key));
		case 'array':
			return schemaTextFields(def.element!, `${prefix}[]`);
		default:
			return [];
	}
}

/** The text fields of the article schema that are labels (all but `proseFields`), for the README and its test. */
export function labelFields(): string[] {
	const prose = new Set<string>(proseFields);
	return schemaTextFields().filter((field) => !prose.has(field));
}

// A prose field the schema does not have would silently score nothing: a mistake in the list above.
const known = new Set(schemaTextFields());
for (const field of proseFields) if (!known.has(field)) throw new Error(`frontmatter-prose.ts: ${field} is no text field of the article schema`);

/** The values at a field pattern, with their paths. */
function valuesAt(data: unknown, pattern: string): { path: PathItem[]; value: unknown }[] {
	let found: { path: PathItem[]; value: unknown }[] = [{ path: [], value: data }];
	for (const step of pattern.split('.')) {
		const [, key, lists] = /^([^[]*)((?:\[\])*)$/u.exec(step)!;
		found = found.flatMap(({ path, value }) => {
			if (key && (value === null || typeof value !== 'object')) return [];
			let items = key ? [{ path: [...path, key], value: (value as Record<string, unknown>)[key] }] : [{ path, value }];
			for (let i = 0; i < lists!.length / 2; i++) {
				items = items.flatMap((item) => (Array.isArray(item.value) ? item.value.map((v, index) => ({ path: [...item.path, index], value: v })) : []));
			}
			return items.filter((item) => item.value !== undefined);
		});
	}
	return found;
}

/**
 * The sentences of an article's frontmatter prose, in the order of `proseFields` and of each list; each
 * value is split into sentences like a paragraph of the body (a list item without a full stop is one
 * sentence). Pure.
 */
export function frontmatterProse(data: ArticleData, lang: string): FieldSentence[] {
	const sentences: FieldSentence[] = [];
	const done = new Set<string>();
	for (const pattern of proseFields) {
		const group = Object.entries(joined).find(([base, fields]) => fields.some((f) => pattern === `${base}.${f}`));
		if (group) {
			const [base, fields] = group;
			if (done.has(base)) continue;
			done.add(base);
			for (const { path, value } of valuesAt(data, base)) {
				const parts = fields.flatMap((f) => {
					const part = (value as Record<string, unknown>)[f];
					return typeof part === 'string' ? [{ path: [...path, f], text: part }] : [];
				});
				sentences.push(...split(parts, lang));
			}
			continue;
		}
		for (const { path, value } of valuesAt(data, pattern)) if (typeof value === 'string') sentences.push(...split([{ path, text: value }], lang));
	}
	return sentences;
}

const JOIN = ': ';

/** Splits the parts read as one text into sentences, each placed in the part (field) it starts in. */
function split(parts: { path: PathItem[]; text: string }[], lang: string): FieldSentence[] {
	const text = parts.map((p) => p.text).join(JOIN);
	return splitSentences(text, lang).map((span) => {
		let start = 0;
		let index = 0;
		while (index < parts.length - 1 && span.start >= start + parts[index]!.text.length + JOIN.length) {
			start += parts[index]!.text.length + JOIN.length;
			index++;
		}
		const part = parts[index]!;
		return { text: text.slice(span.start, span.end).replace(/\s+/gu, ' '), field: part.path, offset: Math.min(span.start - start, part.text.length) };
	});
}
