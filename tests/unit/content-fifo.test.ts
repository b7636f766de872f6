import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContent } from '../support/build-site.ts';

// A FIFO in the content tree blocked the check for good (opening it waits for a writer). Run in a child
// process with a time limit, so a regression fails here instead of hanging the test run.
describe('a FIFO in the content tree', () => {
	it.each(['clinic.yaml', 'ui/en.yaml', 'articles/en/alpha-treatment.md', 'pages/en/privacy.mdx'])(
		'%s: reported, and the check ends',
		(file) => {
			const dir = fixtureContent('site');
			rmSync(join(dir, file));
			execFileSync('mkfifo', [join(dir, file)]);
			const script = `import { checkContent } from './src/content/check-content.ts';
const result = checkContent(${JSON.stringify(dir)}, '2026-11-20');
console.log(JSON.stringify(result.files.map((f) => [f.file, f.problems.map((p) => p.ruleId + ' ' + p.message)])));`;
			const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
			expect(child.signal, 'the check hung on the FIFO').toBeNull();
			expect(child.status, child.stderr).toBe(0);
			const files = JSON.parse(child.stdout) as [string, string[]][];
			const entry = files.find(([name]) => name.endsWith(file));
			expect(
				entry?.[1].some((p) => p.startsWith('file-name') && p.includes('not a regular file')),
				JSON.stringify(files),
			).toBe(true);
		},
		30_000,
	);
});
