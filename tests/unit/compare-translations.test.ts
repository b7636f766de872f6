import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTranslation } from '../../src/content/compare-translation.ts';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

const sourceArticle = loadArticleFile('content/articles/de/ketamin-infusion.md').article!;
const translationArticle = loadArticleFile('content/articles/tr/ketamin-infuzyonu.md').article!;
const source = sourceArticle.data;
const translation = translationArticle.data;
const paths = (a: ArticleData, b: ArticleData, sections = translationArticle.sections) =>
	compareTranslation({ data: a, sections: sourceArticle.sections }, { data: b, sections }).map((d) => d.path);

const runScript = (content?: string) =>
	spawnSync(process.execPath, ['scripts/compare-translations.ts'], {
		env: { ...process.env, ...(content ? { CONTENT_DIR: content } : {}) },
		encoding: 'utf8',
		timeout: 60_000,
	});

/** A copy of the real content with `edit` applied to one file's text. */
function tamperedCopy(file: string, edit: (text: string) => string): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'compare-')), 'content');
	cpSync('content', dir, { recursive: true });
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	expect(after, 'the tampering changed nothing').not.toBe(before);
	writeFileSync(path, after);
	return dir;
}

describe('compareTranslation', () => {
	it('finds no difference between a current translation and its source', () => {
		expect(compareTranslation(sourceArticle, translationArticle)).toEqual([]);
	});

	it('finds every kind of fact that differs', () => {
		// Two risks of different classes swapped: the order differs, so both positions differ.
		const risks = [...translation.risks];
		const other = risks.findIndex((r) => r.frequency !== risks[0]!.frequency);
		[risks[0], risks[other]] = [risks[other]!, risks[0]!];
		expect(paths(source, { ...translation, risks })).toEqual(expect.arrayContaining(['risks[0].frequency', `risks[${other}].frequency`]));
		expect(paths(source, { ...translation, risks: translation.risks.map((r, i) => (i === 2 ? { ...r, frequency: 'rare' } : r)) })).toEqual([
			'risks[2].frequency',
		]);
		expect(paths(source, { ...translation, risks: translation.risks.map((r, i) => (i === 0 ? { ...r, serious: true } : r)) })).toEqual([
			'risks[0].serious',
		]);
		expect(
			paths(source, { ...translation, risks: translation.risks.map((r, i) => (i === 1 ? { ...r, estimate: !r.estimate } : r)) }),
		).toEqual(['risks[1].estimate']);
		expect(paths(source, { ...translation, risks: translation.risks.slice(1) })).toContain('risks.length');
		expect(paths(source, { ...translation, contraindications: translation.contraindications.slice(1) })).toEqual([
			'contraindications.length',
		]);
		const alternatives = translation.alternatives.map((a, i) => ({ ...a, noTreatment: i === 1 }));
		expect(paths(source, { ...translation, alternatives })).toEqual(['alternatives[0].noTreatment', 'alternatives[1].noTreatment']);
		expect(paths(source, { ...translation, alternatives: translation.alternatives.slice(0, -1) })).toEqual(['alternatives.length']);
		const warningSigns = translation.warningSigns.map((w, i) => (i === 0 ? { ...w, action: 'clinic' as const } : w));
		expect(paths(source, { ...translation, warningSigns })).toEqual(['warningSigns[0].action']);
		expect(paths(source, { ...translation, warningSigns: [...translation.warningSigns, translation.warningSigns[0]!] })).toEqual([
			'warningSigns.length',
		]);
		// Sections: one the source has is missing, and one it does not have is there instead.
		expect(
			paths(
				source,
				translation,
				translationArticle.sections.filter((s) => s.key !== 'benefit'),
			),
		).toEqual(['sections.benefit']);
		const fewer = { data: source, sections: sourceArticle.sections.filter((s) => s.key !== 'aftercare') };
		expect(compareTranslation(fewer, translationArticle).map((d) => [d.kind, d.path])).toEqual([['section-extra', 'sections.aftercare']]);
		for (const patch of [{ from: 1 }, { to: 1 }, { per: 'course' as const }, { selfPay: false }]) {
			const costs = { ...translation.facts.costs, ...patch };
			expect(paths(source, { ...translation, facts: { ...translation.facts, costs } })).toEqual([`facts.costs.${Object.keys(patch)[0]}`]);
		}
	});

	it('counts what the patient acts on: preparation, after-effects, aftercare windows and their do/avoid lists, FAQ', () => {
		const t = translation;
		expect(paths(source, { ...t, preparation: t.preparation.slice(1) })).toEqual(['preparation.length']);
		expect(paths(source, { ...t, afterEffects: [...t.afterEffects, t.afterEffects[0]!] })).toEqual(['afterEffects.length']);
		expect(paths(source, { ...t, aftercare: t.aftercare.slice(1) })).toEqual(['aftercare.length']);
		const last = t.aftercare.length - 1;
		const aftercare = t.aftercare.map((w, i) => (i === last ? { ...w, avoid: w.avoid.slice(1), do: [...w.do, 'x'] } : w));
		expect(paths(source, { ...t, aftercare })).toEqual([`aftercare[${last}].do.length`, `aftercare[${last}].avoid.length`]);
		const differences = compareTranslation(
			{ data: source, sections: sourceArticle.sections },
			{ data: { ...t, aftercare }, sections: translationArticle.sections },
		);
		expect(differences[0]!.at).toEqual({ field: ['aftercare', last, 'do'] });
		expect(differences[1]!.list).toEqual(source.aftercare[last]!.avoid.map((a) => (a.length > 50 ? `"${a.slice(0, 49)}…"` : `"${a}"`)));
		expect(paths(source, { ...t, faq: t.faq.slice(1) })).toEqual(['faq.length']);
	});
});

describe('npm run compare-translations (scripts/compare-translations.ts)', () => {
	it('passes on the real content', () => {
		const run = runScript();
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('all facts identical');
		expect(run.status).toBe(0);
	});

	it('fails on a copy with a changed risk class, naming the file and the field', () => {
		const dir = tamperedCopy('articles/en/mesotherapy.md', (text) => text.replace(/(frequency: )rare\b/, '$1uncommon'));
		const run = runScript(dir);
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/DIFF +.*articles\/en\/mesotherapy\.md/);
		expect(run.stdout).toMatch(/risks\[\d+\]\.frequency: source "rare", translation "uncommon"/);
	});

	it('fails on a copy with a warning sign routed to another action', () => {
		const dir = tamperedCopy('articles/ar/mesotherapy.md', (text) => text.replace(/action: emergency/, 'action: clinic'));
		const run = runScript(dir);
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/warningSigns\[0\]\.action: source "emergency", translation "clinic"/);
	});
});
