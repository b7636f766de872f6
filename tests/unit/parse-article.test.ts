import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLoader } from '../../src/content/article-loader.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { ContentError } from '../../src/content/content-error.ts';
import { parseArticle } from '../../src/content/parse-article.ts';
import { fixtureContent } from '../support/build-site.ts';

/** What the Astro loader stores, or the problems it throws. */
async function load(
	dir: string,
): Promise<{ stored: { id: string; data: Record<string, unknown>; body?: string }[]; problems?: ContentError['files'] }> {
	const stored: { id: string; data: Record<string, unknown>; body?: string }[] = [];
	const context = {
		store: { clear: () => {}, set: (entry: (typeof stored)[number]) => stored.push(entry) },
		generateDigest: () => 'digest',
		logger: { error: () => {} },
	};
	try {
		await articleLoader(dir).load(context as never);
		return { stored };
	} catch (error) {
		if (error instanceof ContentError) return { stored, problems: error.files };
		throw error;
	}
}

const file = 'articles/en/beta-treatment.md';
// Articles without readable frontmatter: the loader said so in words of its own before parseArticle().
const broken: [string, (text: string) => string][] = [
	['no opening --- line', (text) => text.replace(/^---\n/, '')],
	['no closing --- line', (text) => text.replace(/\n---\n/, '\n')],
	['nothing in it', () => ''],
	['the body only', (text) => text.slice(text.indexOf('\n---\n', 4) + 5)],
];

describe('parseArticle(), shared by the Astro loader and the check', () => {
	it('gives the loader the frontmatter and body the check sees', async () => {
		const dir = fixtureContent('site');
		const { stored, problems } = await load(dir);
		expect(problems).toBeUndefined();
		const text = readFileSync(join(dir, file), 'utf8');
		const parsed = parseArticle(text, join(dir, file));
		const entry = stored.find((e) => e.id === 'en/beta-treatment')!;
		expect(entry.data).toEqual(parsed.data);
		expect(entry.body).toBe(parsed.body);
	});

	it.each(broken)('refuses an article with %s in the loader exactly as the check reports it', async (_name, breakIt) => {
		const dir = fixtureContent('site');
		const path = join(dir, file);
		writeFileSync(path, breakIt(readFileSync(path, 'utf8')));
		const fromLoader = (await load(dir)).problems?.find((f) => relative(dir, resolve(f.file)) === file)?.problems;
		const fromCheck = checkContent(dir, '2026-11-20').files.find((f) => relative(dir, resolve(f.file)) === file)?.problems;
		expect(fromLoader?.length).toBeGreaterThan(0);
		expect(fromLoader).toEqual(fromCheck);
	});
});
