import type { ArticleData } from '../schemas/article.ts';
import { contentHash } from './content-hash.ts';

/**
 * What a translation records of its source: one short hash per translatable frontmatter field and per
 * section, and one hash over all of them. The parts let a stale translation's message name what changed
 * in the source without git history; the overall hash is what decides whether it is stale.
 */
export interface SourceParts {
	fields: Record<string, string>;
	sections: Record<string, string>;
}

export interface TranslatableHash {
	/** Over every part: what `translation.sourceHash` records. */
	hash: string;
	parts: SourceParts;
}

/**
 * Fields a translator has nothing to translate from: the document's own bookkeeping (`version`, `issued`,
 * the review), the language-specific `slug`, the `key` that joins the languages (a changed key is another
 * treatment, reported as such), `translation` itself, and the `aesthetic` flag (a fact, compared by
 * compare-translation.ts like `purelyAesthetic`). Changing only these never makes a translation stale.
 */
export const untranslatedFields = ['key', 'slug', 'version', 'issued', 'reviewed', 'reviewedBy', 'translation', 'aesthetic'] as const;

/** Length of a part's hash: enough to tell a change of one part, short enough to read in the frontmatter. */
const PART_HASH_LENGTH = 8;
/**
 * A list field (risks, questions, …) records a shorter hash per item, joined by dots, so that a stale
 * message can name the item that changed. Only the explanation relies on them: whether a translation is
 * stale is decided by the 12-character hash over all parts.
 */
const ITEM_HASH_LENGTH = 4;

/** A section as hashed: its heading and its markdown nodes (mdast), positions ignored. */
export interface HashedSection {
	key: string;
	heading: string;
	nodes: readonly unknown[];
}

/**
 * The hashes of a source article's parts. Fields are hashed as parsed (zod defaults filled in, object keys
 * sorted) and sections as their markdown tree without positions and with runs of white space in text
 * collapsed, so formatting alone (flow or block YAML, quoting, `serious: false` written or left out,
 * re-wrapped lines, `*` or `_` for emphasis, blank lines) changes no hash. Pure.
 */
export function translatableHash(data: ArticleData, sections: readonly HashedSection[]): TranslatableHash {
	const fields: Record<string, string> = {};
	for (const [field, value] of Object.entries(data)) {
		if ((untranslatedFields as readonly string[]).includes(field) || value === undefined) continue;
		fields[field] = Array.isArray(value)
			? value.map((item) => contentHash(canonical(item)).slice(0, ITEM_HASH_LENGTH)).join('.')
			: partHash(canonical(value));
	}
	const sectionHashes: Record<string, string> = {};
	for (const section of sections) sectionHashes[section.key] = partHash(canonical({ heading: collapse(section.heading), nodes: section.nodes }));
	const parts = { fields: sorted(fields), sections: sectionHashes };
	return { hash: contentHash(canonical(parts)), parts };
}

/**
 * Which parts differ between what a translation recorded and the source now, as a reader finds them:
 * `` `title` ``, `` `risks` item 3 ``, `` `faq` item 2 (new) ``, `section {#costs}`, `section {#notice} (removed)`.
 */
export function changedParts(recorded: SourceParts, current: SourceParts): string[] {
	const changed: string[] = [];
	for (const [group, label] of [
		['fields', (name: string) => `\`${name}\``],
		['sections', (name: string) => `section {#${name}}`],
	] as const) {
		const before = recorded[group];
		const now = current[group];
		for (const name of new Set([...Object.keys(now), ...Object.keys(before)])) {
			const [was, is] = [Object.hasOwn(before, name) ? before[name] : undefined, Object.hasOwn(now, name) ? now[name] : undefined];
			if (was === is) continue;
			if (was === undefined || is === undefined) changed.push(`${label(name)} (${was === undefined ? 'new' : 'removed'})`);
			else if (isItemList(was) && isItemList(is)) changed.push(...changedItems(label(name), items(was), items(is)));
			else changed.push(label(name));
		}
	}
	return changed;
}

const items = (hashes: string) => (hashes === '' ? [] : hashes.split('.'));
const isItemList = (hash: string) => hash.length !== PART_HASH_LENGTH;

/** Items of a list that changed: by position when the list kept its length, else those new or gone. */
function changedItems(label: string, before: string[], now: string[]): string[] {
	const numbers = (list: number[]) => `${list.length > 1 ? 'items' : 'item'} ${list.join(', ')}`;
	const indices = (list: string[], keep: (hash: string, i: number) => boolean) => list.flatMap((hash, i) => (keep(hash, i) ? [i + 1] : []));
	if (before.length === now.length) return [`${label} ${numbers(indices(now, (hash, i) => hash !== before[i]))}`];
	const added = indices(now, (hash) => !before.includes(hash));
	const removed = before.filter((hash) => !now.includes(hash)).length;
	const parts = [...(added.length ? [`${numbers(added)} new`] : []), ...(removed ? [`${removed} removed`] : [])];
	return [`${label} (${parts.join(', ') || 'reordered'}; ${now.length} items, was ${before.length})`];
}

function partHash(text: string): string {
	return contentHash(text).slice(0, PART_HASH_LENGTH);
}

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** JSON with object keys sorted, markdown positions left out and white space in text collapsed. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (key, inner: unknown) => {
		if (key === 'position') return undefined;
		if (key === 'value' && typeof inner === 'string') return inner.replace(/\s+/g, ' ');
		if (inner && typeof inner === 'object' && !Array.isArray(inner)) return sorted(inner as Record<string, unknown>);
		return inner;
	});
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The `translation` block a translation of this source pastes into its frontmatter, in block style.
 * Every hash is quoted: unquoted, YAML reads a hash such as 73104733e689 (a float) or 12345678 as a number.
 */
export function translationYaml(from: string, source: TranslatableHash, acknowledgeStale?: string): string {
	const map = (record: Record<string, string>) => Object.entries(record).map(([name, hash]) => `      ${name}: "${hash}"`);
	return [
		'translation:',
		`  from: ${from}`,
		`  sourceHash: "${source.hash}"`,
		'  sourceParts:',
		'    fields:',
		...map(source.parts.fields),
		'    sections:',
		...map(source.parts.sections),
		...(acknowledgeStale === undefined ? [] : [`  acknowledgeStale: ${JSON.stringify(acknowledgeStale)}`]),
	].join('\n');
}
