import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAdvertising, checkAdvertisingLanguages, checkAdvertisingPage } from '../../src/content/advertising/check-advertising.ts';
import { parseArticle } from '../../src/content/parse-article.ts';
import { checkContent, type CheckResult } from '../../src/content/check-content.ts';

/**
 * The advertising fixture (tests/fixtures/advertising/: one article per shipped language) added to a copy of
 * the real content tree: every finding at its file, line and column, with its rule and severity, and nothing
 * else; the shipped articles beside them have no advertising error.
 * Each row: file under articles/, line, the words found (the column is where they stand on that line; `last`:
 * their last occurrence there), rule, severity. Acknowledgement problems stand at their comment (`<!--`, `#`).
 */
const expected: [string, number, string, string, 'error' | 'warning', 'last'?][] = [
	['ar/ikhtibar-alilan.md', 14, 'استشارة مجانية', 'advertising-price-lure', 'warning'],
	['ar/ikhtibar-alilan.md', 30, 'آمن تماماً', 'advertising-promise', 'error'],
	['ar/ikhtibar-alilan.md', 30, 'وخالٍ من الآثار', 'advertising-promise', 'error'],
	['ar/ikhtibar-alilan.md', 36, 'مضمونٌ', 'advertising-promise', 'error'],
	['ar/ikhtibar-alilan.md', 36, 'وبدون ألم', 'advertising-promise', 'error'],
	['ar/ikhtibar-alilan.md', 36, 'ونتائجه دائمة', 'advertising-promise', 'error'],
	['ar/ikhtibar-alilan.md', 42, 'الأفضل', 'advertising-superlative', 'error'],
	['ar/ikhtibar-alilan.md', 44, 'تقول إحدى المريضات', 'advertising-testimonial', 'warning'],
	['ar/ikhtibar-alilan.md', 44, '«أنا سعيدة جدًا بالنتيجة»', 'advertising-testimonial', 'warning'],
	['ar/ikhtibar-alilan.md', 48, 'خصم', 'advertising-price-lure', 'warning'],
	['ar/ikhtibar-alilan.md', 48, '99 يورو فقط', 'advertising-price-lure', 'warning'],
	['ar/ikhtibar-alilan.md', 50, 'قبل', 'advertising-before-after', 'error'],
	['ar/ikhtibar-alilan.md', 55, 'نتائج دائمة', 'advertising-promise', 'warning'],
	['ar/ikhtibar-alilan.md', 59, '<!--', 'advertising-ack-unused', 'error'],
	['de/werbeprobe.md', 15, 'Nur 99 €', 'advertising-price-lure', 'warning'],
	['de/werbeprobe.md', 25, 'keine Risiken', 'advertising-promise', 'warning'],
	['de/werbeprobe.md', 33, 'Garantiert', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 33, 'schmerzfreie', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 39, 'garantiert', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 39, 'schmerzfrei', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 39, 'risikolos', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 39, 'Ergebnis hält dauerhaft', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 45, 'beste', 'advertising-superlative', 'error'],
	['de/werbeprobe.md', 45, 'führend', 'advertising-superlative', 'error'],
	['de/werbeprobe.md', 47, '„Ich bin total begeistert von meinem Ergebnis“', 'advertising-testimonial', 'warning'],
	['de/werbeprobe.md', 47, 'Eine Patientin berichtet', 'advertising-testimonial', 'warning'],
	['de/werbeprobe.md', 47, '★★★★★', 'advertising-testimonial', 'warning'],
	['de/werbeprobe.md', 51, 'Kostenlose Erstberatung', 'advertising-price-lure', 'warning'],
	['de/werbeprobe.md', 51, '20 % Rabatt', 'advertising-price-lure', 'warning'],
	['de/werbeprobe.md', 53, 'Vorher', 'advertising-before-after', 'error'],
	['de/werbeprobe.md', 55, 'vorher', 'advertising-before-after', 'error'],
	// Code is shown on the page: read like any text.
	['de/werbeprobe.md', 57, 'garantiert', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 59, 'garantiert', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 59, 'schmerzfrei', 'advertising-promise', 'error'],
	['de/werbeprobe.md', 64, 'Ergebnis „dauerhaft', 'advertising-promise', 'warning'],
	['de/werbeprobe.md', 66, 'verspricht risikofreie Ergebnisse', 'advertising-promise', 'warning'],
	['de/werbeprobe.md', 70, '<!--', 'advertising-ack-unused', 'error'],
	['de/werbeprobe.md', 73, '<!--', 'advertising-ack-invalid', 'error'],
	['de/werbeprobe.md', 74, 'schmerzlos', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 14, 'Only €99', 'advertising-price-lure', 'warning'],
	['en/advertising-probe.md', 26, 'painless', 'advertising-promise', 'warning'],
	['en/advertising-probe.md', 32, 'guaranteed', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 32, 'pain-free', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 32, 'permanent results', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 38, 'painless', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 38, '100 % safe', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 38, 'risk-free', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 38, 'without side effects', 'advertising-promise', 'error'],
	['en/advertising-probe.md', 44, 'the best', 'advertising-superlative', 'error'],
	['en/advertising-probe.md', 44, 'better than other', 'advertising-superlative', 'error'],
	['en/advertising-probe.md', 44, 'unique', 'advertising-superlative', 'error'],
	['en/advertising-probe.md', 46, '"I love my new look, it changed my life!"', 'advertising-testimonial', 'warning'],
	['en/advertising-probe.md', 46, 'says one patient', 'advertising-testimonial', 'warning'],
	['en/advertising-probe.md', 46, '5 stars', 'advertising-testimonial', 'warning'],
	['en/advertising-probe.md', 50, 'free consultation', 'advertising-price-lure', 'warning'],
	['en/advertising-probe.md', 50, '20 % off', 'advertising-price-lure', 'warning'],
	['en/advertising-probe.md', 50, 'special offer', 'advertising-price-lure', 'warning'],
	['en/advertising-probe.md', 50, 'only €149', 'advertising-price-lure', 'warning'],
	['en/advertising-probe.md', 52, 'Before', 'advertising-before-after', 'error'],
	['en/advertising-probe.md', 54, 'After', 'advertising-before-after', 'error'],
	['en/advertising-probe.md', 59, 'patients say', 'advertising-testimonial', 'warning'],
	['en/advertising-probe.md', 63, '<!--', 'advertising-ack-unused', 'error'],
	['en/advertising-probe.md', 66, '<!--', 'advertising-ack-invalid', 'error'],
	['en/advertising-probe.md', 67, 'the best', 'advertising-superlative', 'error'],
	['tr/reklam-denemesi.md', 14, 'sadece 99 €', 'advertising-price-lure', 'warning'],
	['tr/reklam-denemesi.md', 30, 'RİSKSİZ', 'advertising-promise', 'error'],
	['tr/reklam-denemesi.md', 30, 'kalıcı sonuç', 'advertising-promise', 'error'],
	['tr/reklam-denemesi.md', 36, 'GARANTİLİ', 'advertising-promise', 'error'],
	['tr/reklam-denemesi.md', 36, 'acısız', 'advertising-promise', 'error'],
	['tr/reklam-denemesi.md', 36, 'yan etkisizdir', 'advertising-promise', 'error'],
	['tr/reklam-denemesi.md', 42, 'en iyi', 'advertising-superlative', 'error'],
	['tr/reklam-denemesi.md', 42, 'lideriz', 'advertising-superlative', 'error'],
	['tr/reklam-denemesi.md', 44, 'Hastamız', 'advertising-testimonial', 'warning'],
	['tr/reklam-denemesi.md', 44, '“Ben çok memnun kaldım, hiç acı hissetmedim.”', 'advertising-testimonial', 'warning'],
	['tr/reklam-denemesi.md', 44, '★★★★★', 'advertising-testimonial', 'warning'],
	['tr/reklam-denemesi.md', 48, 'Sadece 99 €', 'advertising-price-lure', 'warning'],
	['tr/reklam-denemesi.md', 48, 'ücretsiz muayene', 'advertising-price-lure', 'warning'],
	['tr/reklam-denemesi.md', 48, 'indirim', 'advertising-price-lure', 'warning'],
	['tr/reklam-denemesi.md', 50, 'öncesi', 'advertising-before-after', 'error'],
	['tr/reklam-denemesi.md', 55, 'risksiz', 'advertising-promise', 'warning', 'last'],
	['tr/reklam-denemesi.md', 59, '<!--', 'advertising-ack-unused', 'error'],
];

const fixture = resolve('tests/fixtures/advertising');
let dir: string;
let result: CheckResult;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'clinic-advertising-'));
	cpSync(resolve('content'), dir, { recursive: true });
	cpSync(join(fixture, 'articles'), join(dir, 'articles'), { recursive: true });
	// The pictures the fixture shows exist, so that only advertising law has something to say about them.
	const publicDir = join(dir, '.public');
	mkdirSync(join(publicDir, 'images'), { recursive: true });
	for (const name of ['stirn.jpg', 'vorher-nachher-stirn.jpg', 'forehead.jpg', 'treatment-room.jpg', 'alin.jpg', 'jabin.jpg'])
		writeFileSync(join(publicDir, 'images', name), '');
	result = checkContent(dir, '2026-12-02', publicDir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtureFile = (name: string) =>
	name.includes('werbeprobe') || name.includes('advertising-probe') || name.includes('reklam-denemesi') || name.includes('ikhtibar-alilan');

describe('the advertising check over the fixture in every shipped language', () => {
	it('reports every finding at the line and column of its words, with its rule and severity, and no other', () => {
		const got = result.files
			.filter((f) => fixtureFile(f.file))
			.flatMap((f) =>
				f.problems
					.filter((p) => p.ruleId.startsWith('advertising-'))
					.map((p) => [relative(join(dir, 'articles'), resolve(f.file)), p.line, p.column, p.ruleId, p.severity]),
			);
		const want = expected.map(([file, line, term, ruleId, severity, last]) => {
			const text = readFileSync(join(fixture, 'articles', file), 'utf8').split('\n')[line - 1]!;
			const at = last ? text.lastIndexOf(term) : text.indexOf(term);
			expect(at, `${file}:${line} has "${term}"`).toBeGreaterThanOrEqual(0);
			return [file, line, at + 1, ruleId, severity];
		});
		const order = (a: (string | number)[], b: (string | number)[]) =>
			String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]);
		expect(got.sort(order)).toEqual(want.sort(order));
	});

	it('covers every rule in every language, negations and acknowledgements included', () => {
		for (const lang of ['de', 'en', 'tr', 'ar']) {
			const rules = new Set(
				expected.filter(([file]) => file.startsWith(`${lang}/`)).map(([, , , ruleId, severity]) => `${ruleId}:${severity}`),
			);
			for (const rule of [
				'advertising-promise:error',
				'advertising-promise:warning',
				'advertising-superlative:error',
				'advertising-price-lure:warning',
				'advertising-testimonial:warning',
				'advertising-before-after:error',
				'advertising-ack-unused:error',
			]) {
				expect(rules, `${lang}: ${rule}`).toContain(rule);
			}
		}
	});

	it('names the reason of an acknowledged finding and the sentence of every finding', () => {
		const problems = result.files.filter((f) => f.file.endsWith('werbeprobe.md')).flatMap((f) => f.problems);
		const acknowledged = problems.find((p) => p.line === 64 && p.ruleId === 'advertising-promise')!;
		expect(acknowledged.message).toContain('zitiert die Fachgesellschaft wörtlich');
		const finding = problems.find((p) => p.line === 45 && p.ruleId === 'advertising-superlative')!;
		expect(finding.hint).toContain('In "Wir sind die beste Praxis in Münster und führend bei Fillern."');
		expect(finding.message).toContain('MBO-Ä');
	});

	it('the fixture articles are valid otherwise, and the shipped content has no advertising error', () => {
		const others = result.files.flatMap((f) =>
			f.problems
				.filter((p) => p.severity === 'error' && !p.ruleId.startsWith('advertising-'))
				.map((p) => `${f.file}:${p.line} ${p.ruleId}`),
		);
		expect(others).toEqual([]);
		const shipped = result.files
			.filter((f) => !fixtureFile(f.file))
			.flatMap((f) => f.problems.filter((p) => p.ruleId.startsWith('advertising-') && p.severity === 'error'));
		expect(shipped).toEqual([]);
	});
});

describe('a clinic language without an advertising rule table', () => {
	it('is warned of at its place in clinic.yaml, and every shipped language has a table', () => {
		const at = (path: (string | number)[]) => ({ line: 10 + Number(path[1]), column: 3 });
		const problems = checkAdvertisingLanguages(['de', 'en', 'uk', 'tr', 'ar'], at);
		expect(problems.map((p) => [p.ruleId, p.severity, p.line, p.column])).toEqual([['advertising-rules-missing', 'warning', 12, 3]]);
		expect(problems[0]!.message).toContain('"uk"');
		expect(problems[0]!.hint).toContain('src/content/advertising/rules/uk.ts');
		expect(result.files.flatMap((f) => f.problems).filter((p) => p.ruleId === 'advertising-rules-missing')).toEqual([]);
	});
});

describe('acknowledgements at one place', () => {
	const delta = readFileSync('tests/fixtures/site/articles/en/delta-treatment.md', 'utf8');
	const check = (body: string) => {
		const text = delta.replace('Delta is a fixture.', body);
		return checkAdvertising({ lang: 'en', data: parseArticle(text, 'en/delta-treatment.md').data!, text }).map(
			(p) => `${p.line} ${p.ruleId} ${p.severity}`,
		);
	};

	it('count once each: two before one paragraph both cover its finding, one of another rule covers nothing', () => {
		const ack = (rule: string) => `<!-- advertising-ok: ${rule} "quoted from the guideline" -->`;
		expect(check(`${ack('advertising-promise')}\n${ack('advertising-promise')}\nThe guideline calls it painless.`)).toEqual([
			'40 advertising-promise warning',
		]);
		expect(check(`${ack('advertising-superlative')}\nThe guideline calls it painless.`)).toEqual([
			'39 advertising-promise error',
			'38 advertising-ack-unused error',
		]);
	});

	it('before a list or a quotation cover its first item only, so that items written later are not hidden', () => {
		expect(check(`<!-- advertising-ok: advertising-promise "quoted" -->\n- It is painless.\n- It is risk-free.`)).toEqual([
			'39 advertising-promise warning',
			'40 advertising-promise error',
		]);
		expect(check(`<!-- advertising-ok: advertising-promise "quoted" -->\n> It is painless.\n>\n> It is risk-free.`)).toEqual([
			'39 advertising-promise warning',
			'41 advertising-promise error',
		]);
		// Inside an item it covers that item.
		expect(check(`- It is painless.\n- It is risk-free. <!-- advertising-ok: advertising-promise "quoted" -->`)).toEqual([
			'38 advertising-promise error',
			'39 advertising-promise warning',
		]);
	});

	it('above a frontmatter list cover none of its items: each item is acknowledged above it', () => {
		const faq = 'faq: [{ question: Does it hurt?, answer: A little. }]';
		const items = '  - question: Does it hurt?\n    answer: It is painless.\n  - question: Is it safe?\n    answer: It is risk-free.';
		const run = (yaml: string) => {
			const text = delta.replace(faq, yaml);
			return checkAdvertising({ lang: 'en', data: parseArticle(text, 'en/delta-treatment.md').data!, text }).map(
				(p) => `${p.line} ${p.ruleId} ${p.severity}`,
			);
		};
		expect(run(`# advertising-ok: advertising-promise "quoted"\nfaq:\n${items}`)).toEqual([
			'36 advertising-promise error',
			'38 advertising-promise error',
			'33 advertising-ack-unused error',
		]);
		expect(run(`faq:\n  # advertising-ok: advertising-promise "quoted"\n${items}`)).toEqual([
			'36 advertising-promise warning',
			'38 advertising-promise error',
		]);
	});

	it("at the end of a block scalar's header line (`answer: | # advertising-ok …`) cover that text", () => {
		const faq = 'faq: [{ question: Does it hurt?, answer: A little. }]';
		const text = delta.replace(
			faq,
			'faq:\n  - question: Does it hurt?\n    answer: | # advertising-ok: advertising-promise "quoted"\n      First line.\n      It is painless.\n',
		);
		const problems = checkAdvertising({ lang: 'en', data: parseArticle(text, 'en/delta-treatment.md').data!, text });
		expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity}`)).toEqual(['37:13 advertising-promise warning']);
	});

	it('a term its table marks as ambiguous is a warning that says why, at its column even behind a soft hyphen', () => {
		const text = delta.replace('Delta is a fixture.', 'Pain&shy;less. The treatment is safe.');
		const problems = checkAdvertising({ lang: 'en', data: parseArticle(text, 'en/delta-treatment.md').data!, text });
		expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity}`)).toEqual([
			'38:1 advertising-promise error',
			'38:20 advertising-promise warning',
		]);
		expect(problems[1]!.message).toContain('a warning only: a safety claim when it stands alone');
	});

	it('cover the block after them only, not the next one', () => {
		expect(check(`<!-- advertising-ok: advertising-promise "quoted" -->\nA fixture.\n\nIt is painless.`)).toEqual([
			'41 advertising-promise error',
			'38 advertising-ack-unused error',
		]);
	});
});

describe('code on a page', () => {
	it('is read like any text, since the page shows it: inline code and code blocks, at their column', () => {
		const delta = readFileSync('tests/fixtures/site/articles/en/delta-treatment.md', 'utf8');
		const text = delta.replace('Delta is a fixture.', 'It is `painless`.\n\n```\nFirst line\nIt is risk-free.\n```');
		const problems = checkAdvertising({ lang: 'en', data: parseArticle(text, 'en/delta-treatment.md').data!, text });
		expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual(['38:8 advertising-promise', '42:7 advertising-promise']);
	});
});

describe('before/after pictures named or shown', () => {
	it('a link to a before/after gallery in an aesthetic article is a warning at its words', () => {
		const delta = readFileSync('tests/fixtures/site/articles/en/delta-treatment.md', 'utf8');
		const text = delta.replace('Delta is a fixture.', 'See our [before/after gallery](/en/gallery/).');
		const problems = checkAdvertising({ lang: 'en', data: parseArticle(text, 'en/delta-treatment.md').data!, text });
		expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity}`)).toEqual(['38:10 advertising-before-after warning']);
	});

	it('a before/after picture on a free page is a warning: a page is about no one treatment', () => {
		const problems = checkAdvertisingPage('de', '---\ntitle: Galerie\n---\n\n![Vorher und nachher: Stirn](/images/stirn.jpg)\n');
		expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.severity}`)).toEqual(['5:3 advertising-before-after warning']);
		expect(problems[0]!.message).toContain('a page is about no one treatment');
	});
});

describe("README's acknowledgement examples", () => {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.slice(readme.indexOf('**Acknowledging a finding.**'));
	const block = (lang: string) => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\``).exec(section)![1]!;
	const alpha = readFileSync('tests/fixtures/site/articles/de/alpha-behandlung.md', 'utf8');

	it('acknowledge a real finding, in markdown and in YAML', () => {
		const inBody = alpha.replace(/(## [^\n]*\{#overview\}\n)[^\n]*\n/, `$1${block('markdown')}\n`);
		const yamlLine = block('yaml').trim();
		const inYaml = alpha.replace(
			/^ *- \{ name: ([^,]*), description: [^,]*, noTreatment: true \}$/m,
			`  - name: $1\n    noTreatment: true\n    ${yamlLine}`,
		);
		expect(inBody).not.toBe(alpha);
		expect(inYaml).not.toBe(alpha);
		for (const text of [inBody, inYaml]) {
			const data = parseArticle(text, 'de/alpha-behandlung.md').data;
			expect(data, text.slice(0, 400)).toBeDefined();
			const problems = checkAdvertising({ lang: 'de', data: data!, text });
			expect(problems.map((p) => `${p.ruleId} ${p.severity}`)).toEqual(['advertising-promise warning']);
		}
	});
});
