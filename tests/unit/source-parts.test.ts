import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/content/check-content.ts';
import { createArticle } from '../../src/content/article-model.ts';
import { parseArticle } from '../../src/content/parse-article.ts';
import { changedParts, translatableHash, translationYaml } from '../../src/content/source-parts.ts';
import { translation as translationSchema } from '../../src/schemas/article.ts';

const file = 'content/articles/de/mesotherapie.md';
const original = readFileSync(file, 'utf8');

/** The translatable hash of the source article with `edit` applied to its text. */
function hashOf(edit: (text: string) => string = (t) => t) {
	const text = edit(original);
	const parsed = parseArticle(text, file);
	expect(parsed.problems).toEqual([]);
	return createArticle({ id: parsed.id, data: parsed.data!, body: parsed.body, source: text, file, bodyLineOffset: parsed.bodyLineOffset })
		.article.translatable;
}

const replace = (from: RegExp | string, to: string) => (text: string) => {
	const next = text.replace(from, to);
	if (next === text) throw new Error(`no ${String(from)} in ${file}`);
	return next;
};

describe('the part hashes a translation records of its source', () => {
	const before = hashOf();

	it('has a hash for every translatable field and every section, and none for the bookkeeping fields', () => {
		expect(Object.keys(before.parts.fields)).toEqual(
			expect.arrayContaining(['title', 'description', 'facts', 'risks', 'warningSigns', 'sources']),
		);
		for (const field of ['key', 'slug', 'version', 'issued', 'reviewed', 'reviewedBy', 'translation'])
			expect(before.parts.fields).not.toHaveProperty(field);
		expect(Object.keys(before.parts.sections)).toEqual([
			'notice',
			'overview',
			'indications',
			'conduct',
			'benefit',
			'risks',
			'aftercare',
			'costs',
		]);
		for (const hash of [...Object.values(before.parts.fields), ...Object.values(before.parts.sections)])
			expect(hash).toMatch(/^[0-9a-f]{8}$|^[0-9a-f]{4}(\.[0-9a-f]{4})*$/);
		expect(before.hash).toMatch(/^[0-9a-f]{12}$/);
		// A list field has a hash per item; others one hash.
		expect(before.parts.fields.risks!.split('.')).toHaveLength(parseArticle(original, file).data!.risks.length);
		expect(before.parts.fields.title).toMatch(/^[0-9a-f]{8}$/);
	});

	it('does not change with the version, the issue date or the review', () => {
		const after = hashOf((t) =>
			replace(
				/^version: .*$/m,
				'version: "9.9"',
			)(replace(/^issued: .*$/m, 'issued: 2026-11-30')(replace(/^reviewed: .*$/m, 'reviewed: 2026-11-30')(t))),
		);
		expect(after).toEqual(before);
	});

	it('does not change with formatting alone: re-wrapped lines, blank lines, a default written out, flow instead of block YAML', () => {
		// The first paragraph of a section, re-wrapped at its first space, with an extra blank line before it.
		const rewrapped = hashOf((text) => {
			const at = text.indexOf('{#overview}\n\n') + '{#overview}\n\n'.length;
			const space = text.indexOf(' ', at);
			return `${text.slice(0, at)}\n${text.slice(at, space)}\n${text.slice(space + 1)}`;
		});
		expect(rewrapped).toEqual(before);
		const defaults = hashOf(replace(/^( {2}- name: .*\n {4}frequency: .*)$/m, '$1\n    serious: false'));
		expect(defaults).toEqual(before);
		const data = parseArticle(original, file).data!;
		const flow = hashOf(replace(/^facts:\n(?: {2}.*\n)+/m, `facts: ${JSON.stringify(data.facts)}\n`));
		expect(flow).toEqual(before);
	});

	it('changes only the part that changed, and says which', () => {
		const risk = hashOf(replace(/^( {2}- name: )(.*)$/m, '$1$2 (changed)'));
		expect(risk.hash).not.toBe(before.hash);
		expect(changedParts(before.parts, risk.parts)).toEqual(['`risks` item 1']);
		const third = hashOf(replace(/^((?: {2}- name: .*\n(?: {4}.*\n)*){2} {2}- name: )(.*)$/m, '$1$2 (changed)'));
		expect(changedParts(before.parts, third.parts)).toEqual(['`risks` item 3']);
		const added = hashOf(replace(/^risks:\n/m, 'risks:\n  - name: A new risk\n    frequency: rare\n'));
		expect(changedParts(before.parts, added.parts)).toEqual([
			`\`risks\` (item 1 new; ${risk.parts.fields.risks!.split('.').length + 1} items, was ${risk.parts.fields.risks!.split('.').length})`,
		]);
		expect(changedParts(added.parts, before.parts)).toEqual([
			`\`risks\` (1 removed; ${before.parts.fields.risks!.split('.').length} items, was ${added.parts.fields.risks!.split('.').length})`,
		]);
		const title = hashOf(replace(/^(title: .*?)("?)$/m, '$1 neu$2'));
		expect(changedParts(before.parts, title.parts)).toEqual(['`title`']);
		const section = hashOf(replace('{#costs}\n\n', '{#costs}\n\nA new first sentence.\n\n'));
		expect(changedParts(before.parts, section.parts)).toEqual(['section {#costs}']);
		const removed = hashOf(replace(/## [^\n]*\{#aftercare\}\n[\s\S]*?(?=\n## )/, ''));
		expect(changedParts(before.parts, removed.parts)).toEqual(['section {#aftercare} (removed)']);
		expect(changedParts(removed.parts, before.parts)).toEqual(['section {#aftercare} (new)']);
	});

	it('prints a block that YAML and the schema read back as the same hashes', () => {
		const pasted = parse(translationYaml('de', before, 'wording only')) as { translation: unknown };
		expect(translationSchema.parse(pasted.translation)).toEqual({
			from: 'de',
			sourceHash: before.hash,
			sourceParts: before.parts,
			acknowledgeStale: 'wording only',
		});
		// Hashes YAML would read as numbers stay text.
		const numeric = { hash: '123456789012', parts: { fields: { risks: '1e345678' }, sections: { costs: '00000012' } } };
		expect(translationSchema.parse((parse(translationYaml('de', numeric)) as { translation: unknown }).translation)).toMatchObject({
			sourceHash: '123456789012',
			sourceParts: numeric.parts,
		});
	});

	it('is computed from parsed data: the same for data whatever order its keys were written in', () => {
		const data = parseArticle(original, file).data!;
		const reordered = Object.fromEntries(Object.entries(data).reverse()) as typeof data;
		expect(translatableHash(reordered, []).hash).toBe(translatableHash(data, []).hash);
	});
});

describe('a new version of a source', () => {
	it('leaves its translations current when nothing translated changed (npm run check)', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'version-only-')), 'content');
		cpSync('content', dir, { recursive: true });
		const source = join(dir, 'articles/de/mesotherapie.md');
		const text = readFileSync(source, 'utf8');
		const bumped = text.replace(/^version: .*$/m, 'version: "9.0"').replace(/^issued: .*$/m, 'issued: 2026-11-30');
		expect(bumped).not.toBe(text);
		writeFileSync(source, bumped);
		const result = checkContent(dir, '2026-12-01');
		expect(result.files.flatMap((f) => f.problems.filter((p) => p.ruleId === 'translation-stale'))).toEqual([]);
		expect(result.errorCount).toBe(0);
	});
});
