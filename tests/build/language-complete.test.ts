import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { translationYaml } from '../../src/content/source-parts.ts';
import { isLeafletPdfPath } from '../../src/routes/routes.ts';
import { buildSite, fixtureContent } from '../support/build-site.ts';

// The fixture with a new language, uk, added as an author would: the language in clinic.yaml with a text
// in every per-language record, its UI strings and its articles (the English ones, recorded as
// translations), but no privacy page yet. Built once, without the check (as `npm run build:site`).
const base = '/praxis/';

/** The fixture tree plus the new language; `clinicEdit` breaks it further. */
function withUkrainian(clinicEdit: (yaml: string) => string = (yaml) => yaml): string {
	const dir = fixtureContent('site');
	const clinic = join(dir, 'clinic.yaml');
	const yaml = readFileSync(clinic, 'utf8')
		.replace('languages: [en, de]', 'languages: [en, de, uk]')
		// Every per-language record has an `en:` line: the same text marked as the Ukrainian one.
		.replace(/^( +)en: (.*)$/gm, '$1en: $2\n$1uk: $2 (uk)');
	writeFileSync(clinic, clinicEdit(yaml));
	const en = readFileSync(join(dir, 'ui/en.yaml'), 'utf8');
	writeFileSync(
		join(dir, 'ui/uk.yaml'),
		en.replace(/^languageName: .*$/m, 'languageName: Українська').replace(/^locale: .*$/m, 'locale: uk-UA'),
	);
	mkdirSync(join(dir, 'articles/uk'));
	for (const name of readdirSync(join(dir, 'articles/en'))) {
		const source = readFileSync(join(dir, 'articles/en', name), 'utf8');
		const { article } = loadArticleFile(join(dir, 'articles/en', name));
		const translation = source.replace(/^key: (.*)$/m, (line) => `${line}\n${translationYaml('en', article!.translatable)}`);
		writeFileSync(join(dir, 'articles/uk', name), translation);
	}
	return dir;
}

const check = (content: string) =>
	spawnSync(process.execPath, [resolve('scripts/check.ts'), '--format', 'json'], {
		env: { ...process.env, CONTENT_DIR: content },
		encoding: 'utf8',
		timeout: 60_000,
	});

interface Report {
	ok: boolean;
	files: { file: string; problems: { line: number; ruleId: string; severity: string; message: string; hint?: string }[] }[];
}

let content: string;
let dist: string;

beforeAll(async () => {
	content = withUkrainian();
	dist = await buildSite({ contentDir: content, base });
});

const htmlFiles = () =>
	readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.replace(/\\/g, '/'));

/** The 1-based line of a file that starts with `start`. */
const lineOf = (file: string, start: string) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.findIndex((l) => l.startsWith(start)) + 1;

/**
 * A site path of the build exists as a file, or as a folder with index.html. A leaflet PDF is written
 * later, by the leaflet stage, from its print view (`<name>.pdf` from `<name>/`): it exists when that
 * view does. Rendering the PDFs would add a browser and a minute to a test about links.
 */
function exists(path: string): boolean {
	if (isLeafletPdfPath(`/${path}`)) return exists(path.replace(/\.pdf$/, '/'));
	const file = join(dist, decodeURIComponent(path));
	if (!existsSync(file)) return false;
	return statSync(file).isFile() || existsSync(join(file, 'index.html'));
}

describe('a new language', () => {
	it('has no link to a missing page: every site-internal href and src of every page exists in the build', () => {
		// The crawl covers the new language in every page kind, with its own texts (not another language's).
		for (const page of [
			'uk/index.html',
			'uk/alpha-treatment/index.html',
			'uk/beta-treatment/index.html',
			'uk/legal-notice/index.html',
			'uk/leaflets/index.html',
		]) {
			expect(existsSync(join(dist, page)), page).toBe(true);
		}
		expect(readFileSync(join(dist, 'uk/legal-notice/index.html'), 'utf8')).toContain('Federal Republic of Germany (uk)');
		expect(readFileSync(join(dist, 'uk/index.html'), 'utf8')).toContain('Pain medicine, infusion therapy (uk)');
		const broken: string[] = [];
		let checked = 0;
		for (const file of htmlFiles()) {
			const html = readFileSync(join(dist, file), 'utf8');
			for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
				// Other hosts, mail and phone links are no pages of this site; an anchor on the same page neither.
				if (/^([a-z][a-z0-9+.-]*:|#)/i.test(url!)) continue;
				const path = url!.replace(/[?#].*$/, '').replace(/&amp;/g, '&');
				expect(path, `${file}: ${url}`).toMatch(new RegExp(`^${base}`));
				checked++;
				if (!exists(path.slice(base.length))) broken.push(`${file}: ${url}`);
			}
		}
		expect(checked).toBeGreaterThan(100);
		expect(broken).toEqual([]);
	});

	it('links a privacy page only in the languages that have one', () => {
		const footer = (file: string) => {
			const html = readFileSync(join(dist, file), 'utf8');
			return html.slice(html.indexOf('class="footer-legal"'));
		};
		expect(footer('en/index.html')).toContain(`href="${base}en/privacy/"`);
		expect(footer('de/index.html')).toContain(`href="${base}de/datenschutz/"`);
		expect(footer('uk/index.html')).not.toContain('privacy');
		expect(existsSync(join(dist, 'uk/privacy'))).toBe(false);
		expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toContain('/uk/privacy/');
	});

	it('fails npm run check until it has its privacy page, naming the file to create', () => {
		const result = check(content);
		expect(result.status, result.stderr).toBe(1);
		const report = JSON.parse(result.stdout) as Report;
		// The new language's leaflets are drafts until released: a warning each, not what is tested here.
		// Its UI strings are en.yaml with only the name and locale changed: warned as untranslated (a warning).
		const all = report.files.flatMap((f) => f.problems.map((p) => ({ file: f.file, ...p })));
		expect(all.filter((p) => p.ruleId === 'language-untranslated').map((p) => p.file.replace(/^.*\/(ui\/)/, '$1'))).toEqual(['ui/uk.yaml']);
		// There is no advertising rule table for uk: a warning at the language, its articles go unchecked.
		expect(all.filter((p) => p.ruleId === 'advertising-rules-missing').map((p) => [p.line, p.severity])).toEqual([
			[lineOf(join(content, 'clinic.yaml'), 'languages: [en, de, uk]'), 'warning'],
		]);
		const problems = all.filter(
			(p) => p.ruleId !== 'leaflet-draft' && p.ruleId !== 'language-untranslated' && p.ruleId !== 'advertising-rules-missing',
		);
		expect(problems.map((p) => [p.file.endsWith('clinic.yaml'), p.line, p.ruleId, p.message])).toEqual([
			[
				true,
				lineOf(join(content, 'clinic.yaml'), 'languages: [en, de, uk]'),
				'privacy-page-missing',
				'The language "uk" has no privacy page.',
			],
		]);
		expect(problems[0]!.hint).toContain('pages/uk/privacy.mdx');
		// With the page, nothing else is missing.
		mkdirSync(join(content, 'pages/uk'));
		cpSync(join(content, 'pages/en/privacy.mdx'), join(content, 'pages/uk/privacy.mdx'));
		const fixed = check(content);
		expect(fixed.status, fixed.stdout).toBe(0);
	});

	it('stops build:site with the line of a text the new language lacks, instead of printing another language', async () => {
		const lacking = withUkrainian((yaml) => yaml.replace('    uk: Federal Republic of Germany (uk)\n', ''));
		const error = await buildSite({ contentDir: lacking, base }).then(
			() => 'built',
			(e: unknown) => String(e instanceof Error ? e.message : e),
		);
		const line = lineOf(join(lacking, 'clinic.yaml'), '  grantedIn:');
		expect(error).toMatch(new RegExp(`clinic\\.yaml:${line}:\\d+: error: \`legal\\.grantedIn\` has no text in "uk"\\.`));
	});
});
