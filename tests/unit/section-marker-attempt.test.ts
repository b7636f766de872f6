import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { extractSections } from '../../src/content/extract-sections.ts';
import { readLooseMarker } from '../../src/content/section-marker.ts';
import { fixtureContent } from '../support/build-site.ts';

const shapes = ['{#risks}}', '#risks', '{#risks', '{{#risks}}', '｛#risks｝', '{#risks} extra', '{＃risks}', '{#risk}}'];

describe('a mistyped section marker of the further shapes (hostile test of issue 15, finding 7)', () => {
	it.each(shapes)('"%s" in the source: one section-marker error there, nothing in its translation', (written) => {
		const dir = fixtureContent('site');
		const path = join(dir, 'articles/en/alpha-treatment.md');
		writeFileSync(path, readFileSync(path, 'utf8').replace('## Risks {#risks}', `## Risks ${written}`));
		const files = Object.fromEntries(
			checkContent(dir, '2026-11-20').files.map((f) => [
				relative(dir, resolve(f.file)),
				f.problems.map((p) => `${p.line}: ${p.ruleId}${p.hint?.includes('Did you mean {#risks}?') ? ' (risks?)' : ''}`),
			]),
		);
		expect(files).toEqual({ 'articles/en/alpha-treatment.md': ['47: section-marker (risks?)'] });
	});

	it('keeps the section: its heading text and body are those of the marked section', () => {
		for (const written of shapes) {
			const { sections } = extractSections(`## Risks ${written}\nFew.\n`);
			expect(
				sections.map((s) => [s.key, s.heading]),
				written,
			).toEqual([['risks', 'Risks']]);
		}
	});

	it('takes no heading that merely ends in a number or a word after # for a marker', () => {
		for (const text of ['Step #2', 'Option #a', 'C#', 'Preise {2026', 'Kosten #Euro', 'Tipps {#more}} bitte']) {
			const marker = readLooseMarker(text);
			const { problems } = extractSections(`## Overview {#overview}\nText.\n\n## ${text}\nMore.\n`);
			const hints = problems.filter((p) => p.ruleId === 'section-marker').map((p) => p.hint ?? '');
			expect(
				hints.some((h) => /Did you mean/.test(h)),
				`${text}: ${JSON.stringify(marker)} ${JSON.stringify(hints)}`,
			).toBe(false);
		}
	});
});
