import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { problemCatalogue, retryMayHelp, type RuleId } from '../../src/problems/problem-catalogue.ts';
import { createProblem } from '../../src/problems/problem.ts';

const readme = readFileSync('README.md', 'utf8');
const ids = Object.keys(problemCatalogue) as RuleId[];

/** The anchors GitHub gives README's headings (outside code blocks). */
function headingAnchors(markdown: string): Set<string> {
	const slugger = new GithubSlugger();
	const anchors = new Set<string>();
	let fenced = false;
	for (const line of markdown.split('\n')) {
		if (line.startsWith('```')) fenced = !fenced;
		const heading = !fenced && /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
		if (heading) anchors.add(slugger.slug(heading[1]!));
	}
	return anchors;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
	});
}

// Rule ids as the code writes them: a problem made for a rule, a field `ruleId: '…'`, a check-tree or
// page-check report, a leaflet failure, a fallback rule.
const usePatterns = [
	/create(?:Unplaced)?Problem\(\s*'([^']+)'/g,
	/ruleId: '([^']+)'/g,
	/report\(article, [^,]+, '([^']+)'/g,
	/\berror\('([^']+)'/g,
	/failure\([\w.]+, '([^']+)'/g,
	/ruleId \?\? '([^']+)'/g,
];
const code = sourceFiles('src')
	.filter((f) => !f.endsWith('problem-catalogue.ts'))
	.map((f) => [f, readFileSync(f, 'utf8')] as const);

describe('the catalogue of problems', () => {
	it('has every rule id the code reports', () => {
		const used = new Map<string, string>();
		for (const [file, text] of code)
			for (const pattern of usePatterns) for (const match of text.matchAll(pattern)) used.set(match[1]!, file);
		// The patterns find the rules of the check, the URL policy and the renderer, not only a few.
		expect(used.size).toBeGreaterThanOrEqual(40);
		const unknown = [...used].filter(([id]) => !(id in problemCatalogue)).map(([id, file]) => `${id} (${file})`);
		expect(unknown).toEqual([]);
	});

	it('has no rule the code never reports', () => {
		const all = code.map(([, text]) => text).join('\n');
		expect(ids.filter((id) => !all.includes(`'${id}'`))).toEqual([]);
	});

	it('links every rule to a heading of README.md that exists', () => {
		const anchors = headingAnchors(readme);
		expect(anchors.has('add-an-article')).toBe(true);
		expect(ids.filter((id) => !anchors.has(problemCatalogue[id].docs)).map((id) => `${id} → #${problemCatalogue[id].docs}`)).toEqual([]);
		expect(createProblem('bom', { line: 1, column: 1 }, {}).url).toBe('README.md#authoring-guide');
	});

	it('is listed in README, rule by rule, and README lists no other rule', () => {
		const section = readme.slice(
			readme.indexOf('### Problems the check reports'),
			readme.indexOf('\n## ', readme.indexOf('### Problems the check reports')),
		);
		const listed = [...section.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
		expect(listed).toEqual(ids.map((id) => [id, problemCatalogue[id].severity]));
	});

	it('lets a retry cure only a failure of the browser itself', () => {
		expect(ids.filter((id) => retryMayHelp(id))).toEqual(['leaflet-render-failed']);
	});

	it('makes problems shaped like vfile messages', () => {
		const problem = createProblem('section-empty', { start: { line: 4, column: 1 }, end: { line: 4, column: 20 } }, { key: 'risks' });
		expect(problem).toMatchObject({
			place: { start: { line: 4, column: 1 }, end: { line: 4, column: 20 } },
			line: 4,
			column: 1,
			ruleId: 'section-empty',
			severity: 'error',
			source: 'clinic-publisher:check',
			url: 'README.md#add-an-article',
		});
		expect(problem.reason).toBe('The section {#risks} is empty.');
		expect(problem.message).toBe(problem.reason);
		expect(
			createProblem(
				'translation-stale',
				{ line: 1, column: 1 },
				{ sourceFile: 'a.md', changed: undefined, block: 'translation: …', acknowledged: 'typo only' },
				{ severity: 'warning' },
			).severity,
		).toBe('warning');
	});
});
