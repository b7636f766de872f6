import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../src/bench/generate-content.ts';
import { buildSite } from '../support/build-site.ts';

/** A small tree as the benchmark makes them: 2 articles × 3 languages, each with a privacy page (MDX). */
function generatedTree(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'clinic-switch-')), 'content');
	generateContent({ from: resolve('content'), to: dir, articles: 2, languages: 3 });
	return dir;
}

// The benchmark and the tests build temporary content trees and delete them afterwards, and Astro keeps a
// content data store between builds. With one store for all trees, the next build failed on imports of
// the deleted tree's MDX pages.
describe('builds of different content trees', () => {
	it('builds a tree after another tree was built and deleted', async () => {
		const first = generatedTree();
		await buildSite({ contentDir: first });
		rmSync(first, { recursive: true, force: true });
		const dist = await buildSite({ contentDir: generatedTree() });
		expect(existsSync(join(dist, 'ar', 'index.html'))).toBe(true);
	}, 120_000);
});
