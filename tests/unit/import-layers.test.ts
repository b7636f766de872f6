import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, layerOf, projectImports, type ProjectImport } from '../support/import-graph.ts';

const project = resolve('.');
const imports = projectImports(project, ['src', 'templates', 'scripts']);
/** The one module of URL paths and fixed anchors, at the bottom of the import graph (docs/ARCHITECTURE.md). */
const ROUTES = 'src/routes';

/**
 * The rows of the diagram under "## Import layers" in docs/ARCHITECTURE.md, top row first: the
 * folders of each row (`src/content.config.ts` stands for the files directly in `src/`).
 */
function documentedRows(): string[][] {
	const doc = readFileSync(resolve('docs/ARCHITECTURE.md'), 'utf8');
	const diagram = /## Import layers[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
	return diagram
		.split('\n')
		.map((line) =>
			line
				.split(/\s+/)
				.filter((word) => /^(src|templates|scripts)(\/|$)/.test(word))
				.map((word) => layerOf(word.endsWith('/') ? `${word}x.ts` : word)),
		)
		.filter((row) => row.length > 0);
}

/** `a → b` with the imports that make the edge, so a failure says which lines to change. */
function describeEdges(cycle: string[]): string {
	return imports
		.filter((i) => cycle.includes(layerOf(i.from)) && cycle.includes(layerOf(i.to)) && layerOf(i.from) !== layerOf(i.to))
		.map((i) => `${layerOf(i.from)} → ${layerOf(i.to)}: ${i.from}:${i.line} imports ${i.to}`)
		.sort()
		.join('\n');
}

describe('import layers', () => {
	it('reads the imports of .ts files and of the frontmatter of .astro files', () => {
		// Without these the layer checks below could pass on a graph that was never read.
		const has = (from: string, to: string) => imports.some((i) => i.from === from && i.to === to);
		expect(has('scripts/build.ts', 'src/build/publish-dir.ts')).toBe(true);
		expect(has('src/pages/[lang]/leaflets/[doc]/index.astro', 'templates/ConsentForm.astro')).toBe(true);
		expect(has('templates/LeafletLayout.astro', 'templates/leaflet.css')).toBe(true);
		expect([...new Set(imports.flatMap((i) => [layerOf(i.from), layerOf(i.to)]))]).toEqual(
			expect.arrayContaining([
				'scripts',
				'src',
				'src/bench',
				'src/browser',
				'src/build',
				'src/cli',
				'src/components',
				'src/content',
				'src/i18n',
				'src/layouts',
				'src/leaflets',
				'src/pages',
				'src/schemas',
				'src/site',
				'templates',
			]),
		);
	});

	it('finds a cycle through three folders and none in a layered graph', () => {
		const edge = (from: string, to: string): ProjectImport => ({ from, to, line: 1 });
		expect(
			folderCycles([
				edge('src/a/x.ts', 'src/b/y.ts'),
				edge('src/b/y.ts', 'src/c/z.ts'),
				edge('src/c/z.ts', 'src/a/w.ts'),
				edge('src/c/z.ts', 'src/d/v.ts'),
			]),
		).toEqual([['src/a', 'src/b', 'src/c']]);
		expect(folderCycles([edge('src/a/x.ts', 'src/b/y.ts'), edge('src/a/x.ts', 'src/a/w.ts'), edge('src/b/y.ts', 'src/c/z.ts')])).toEqual(
			[],
		);
	});

	it('has no cycle between folders of src/, templates/ and scripts/', () => {
		const cycles = folderCycles(imports);
		expect(cycles.map((cycle) => `${cycle.join(' ⇄ ')}\n${describeEdges(cycle)}`).join('\n\n')).toBe('');
	});

	it('imports only from rows below in the diagram of docs/ARCHITECTURE.md, which names every folder', () => {
		const rows = documentedRows();
		expect(rows.length).toBeGreaterThan(5);
		const row = new Map(rows.flatMap((folders, i) => folders.map((folder) => [folder, i] as const)));
		const folders = new Set(imports.flatMap((i) => [layerOf(i.from), layerOf(i.to)]));
		expect(
			[...folders].filter((folder) => !row.has(folder)),
			'folders missing from the diagram',
		).toEqual([]);
		const upwards = imports.filter((i) => layerOf(i.from) !== layerOf(i.to) && row.get(layerOf(i.from))! >= row.get(layerOf(i.to))!);
		expect(upwards.map((i) => `${i.from}:${i.line} imports ${i.to} (${layerOf(i.from)} is not above ${layerOf(i.to)})`)).toEqual([]);
	});

	it('has the routes module at the bottom: it imports nothing of the project', () => {
		expect(existsSync(resolve(ROUTES))).toBe(true);
		const fromRoutes = imports.filter((i) => layerOf(i.from) === ROUTES && layerOf(i.to) !== ROUTES);
		expect(fromRoutes.map((i) => `${i.from}:${i.line} imports ${i.to}`)).toEqual([]);
	});
});
