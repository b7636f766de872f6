import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildLeaflets } from '../../src/leaflets/build-leaflets.ts';
import { buildSite, fixtureContent } from '../support/build-site.ts';
import { fold, readPdf } from '../support/pdf-text.ts';

// The fixture tree with hostile input: a risk name and a heading of "beta" (English only: no
// translation turns stale) that are one 120-letter word, and a clinic name full of what ends a CSS string,
// rule or comment (a carriage return there once broke out of the page stylesheet's string and hid every
// table and list; the check now refuses control characters, and cssString's unit tests cover them).
// Built with its leaflets: the build's own text check passes only if nothing was lost.
const longWord = `Pneumono${'ultramicroscopicsilicovolcano'.repeat(4)}`.slice(0, 120);
const codeLine = `the line ${'and on '.repeat(30)}END-OF-CODE-LINE`;
let contentDir: string;
let dist: string;
/** The article's page stylesheet as built, before the tests below append to it. */
let pristineCss: string;
let consentPdfs: Record<'beta' | 'delta', Awaited<ReturnType<typeof readPdf>>>;

beforeAll(async () => {
	contentDir = fixtureContent('site');
	// The edits below change released texts; without the register the leaflets are drafts (marked so), not errors.
	rmSync(join(contentDir, 'leaflet-register.yaml'));
	const article = join(contentDir, 'articles/en/beta-treatment.md');
	writeFileSync(
		article,
		readFileSync(article, 'utf8')
			.replace('{ name: Redness, frequency: very-common }', `{ name: ${longWord}, frequency: very-common }`)
			.replace('### Step one', `### ${longWord}`)
			// A code line far wider than the page, in a section the consent form prints.
			.replace('One session.\n', `One session.\n\n\`\`\`\n${codeLine}\n\`\`\`\n`),
	);
	const clinic = join(contentDir, 'clinic.yaml');
	writeFileSync(
		clinic,
		readFileSync(clinic, 'utf8').replace('name: Fixture Clinic & <Test>', String.raw`name: "Fixture Clinic \"} */ </style> \\ & <Test>"`),
	);
	dist = await buildSite({ contentDir, leaflets: true });
	pristineCss = readFileSync(join(dist, 'en/leaflets/beta-treatment.css'), 'utf8');
	// Read before the tests below render them again with broken stylesheets (a failed leaflet leaves no PDF).
	consentPdfs = {
		beta: await readPdf(join(dist, 'en/leaflets/beta-treatment-consent.pdf')),
		delta: await readPdf(join(dist, 'en/leaflets/delta-treatment-consent.pdf')),
	};
}, 300_000);

describe('leaflets with hostile input', () => {
	it('wraps a 120-letter word in a risk name and a heading inside the printable width of every page', () => {
		const mm = (pt: number) => (pt * 25.4) / 72;
		for (const pdf of ['en/leaflets/beta-treatment-consent.pdf', 'en/leaflets/beta-treatment-aftercare.pdf']) {
			const html = execFileSync('pdftotext', ['-bbox', join(dist, pdf), '-'], { encoding: 'utf8' });
			const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
				(m) => ({ xMin: mm(Number(m[1])), yMin: mm(Number(m[2])), xMax: mm(Number(m[3])), yMax: mm(Number(m[4])), text: m[5]! }),
			);
			expect(words.length, pdf).toBeGreaterThan(50);
			// A4 is 210 mm wide; the page margins are 25 mm (binding side) and 14 mm.
			for (const w of words) {
				expect(w.xMin, `${pdf}: "${w.text}" starts left of the margin`).toBeGreaterThan(25 - 0.5);
				expect(w.xMax, `${pdf}: "${w.text}" runs past the right margin`).toBeLessThan(210 - 14 + 0.5);
			}
			// Content wider than the page makes Chromium shrink the whole page to fit (and still cut the
			// word at the paper's edge): body text (10 pt) would come out smaller than the footer (9 pt,
			// in the page margin, never shrunk). Poppler's word boxes are as tall as the font size.
			const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
			const body = median(words.filter((w) => w.yMin > 30 && w.yMax < 297 - 22).map((w) => w.yMax - w.yMin));
			const footer = median(words.filter((w) => w.yMin > 297 - 20).map((w) => w.yMax - w.yMin));
			expect(body / footer, `${pdf}: body text shrunk to fit something too wide`).toBeGreaterThan(0.95);
		}
	});

	it('prints the long word, every risk with its frequency and the questions despite a clinic name that would end a CSS string', async () => {
		const pdf = await readPdf(join(dist, 'en/leaflets/beta-treatment-consent.pdf'));
		// Hyphens may be added where the word wraps.
		expect(pdf.flat.replace(/[\s-]/g, '')).toContain(longWord);
		for (const text of [
			'Bruising </script><script>alert(1)</script>',
			'Infection',
			'very common: more than 1 in 10',
			'Are you pregnant?',
			'Do you take blood thinners?',
		])
			expect(pdf.flat).toContain(fold(text));
		expect(fold(pdf.pages[0]!)).toContain(fold('Fixture Clinic "} */ </style> \\ & <Test>'));
		// The code line wraps instead of running off the page (white-space: pre-wrap).
		expect(pdf.flat).toContain(fold(codeLine));
		expect(pdf.outline).toContain(longWord);
	});
});

describe('the build checking its own leaflets', () => {
	it('fails a leaflet whose print view hides a risk row, names it and what is missing, and leaves no PDF', async () => {
		// The consent form and aftercare sheet of the article share this stylesheet; only the consent
		// form has a risk table.
		appendFileSync(join(dist, 'en/leaflets/beta-treatment.css'), '\n.risks tbody tr:nth-child(2) { display: none; }\n');
		const result = await buildLeaflets({
			root: dist,
			base: '/',
			contentDir,
			force: true,
			progress: false,
			filter: { article: ['beta'], lang: ['en'] },
		});
		expect(result.failures.map((f) => f.id)).toEqual(['beta-consent-en']);
		const message = result.failures[0]!.message;
		expect(message).toContain('risk "Bruising </script><script>alert(1)</script>" with its frequency');
		expect(message).not.toContain('Infection');
		expect(existsSync(join(dist, 'en/leaflets/beta-treatment-consent.pdf'))).toBe(false);
		expect(result.rendered.map((r) => r.id)).toEqual(['beta-aftercare-en']);
	}, 120_000);

	it('fails an aftercare sheet that lost a warning sign, and a consent form that lost its signature labels', async () => {
		appendFileSync(join(dist, 'en/leaflets/beta-treatment.css'), '\n.warning li:first-child, .signatures { visibility: hidden; }\n');
		const result = await buildLeaflets({
			root: dist,
			base: '/',
			contentDir,
			force: true,
			progress: false,
			filter: { article: ['beta'], lang: ['en'] },
		});
		const messages = Object.fromEntries(result.failures.map((f) => [f.id, f.message]));
		expect(messages['beta-aftercare-en']).toContain('warning sign "Fever"');
		expect(messages['beta-consent-en']).toContain('signature label "Signature of the patient"');
	}, 120_000);

	it('fails a consent form whose second page lost the patient line of its footer, naming the page', async () => {
		// Even pages are left pages; the footer's first box loses the patient line there only.
		writeFileSync(
			join(dist, 'en/leaflets/beta-treatment.css'),
			`${pristineCss}\n@page consent:left { @bottom-left { content: "beta-consent-en"; } }\n`,
		);
		const result = await buildLeaflets({
			root: dist,
			base: '/',
			contentDir,
			force: true,
			progress: false,
			filter: { article: ['beta'], lang: ['en'], kind: ['consent'] },
		});
		expect(result.failures.map((f) => f.id)).toEqual(['beta-consent-en']);
		expect(result.failures[0]!.message).toMatch(/patient line "Surname, first name … Date of birth" on page 2(, 4)*(?!\d)/);
		expect(existsSync(join(dist, 'en/leaflets/beta-treatment-consent.pdf'))).toBe(false);
	}, 120_000);

	it('fails a consent form whose signature lines moved to another page than the declaration', async () => {
		writeFileSync(
			join(dist, 'en/leaflets/beta-treatment.css'),
			`${pristineCss}\n.declaration { break-inside: auto !important; } .signatures { break-before: page !important; }\n`,
		);
		const result = await buildLeaflets({
			root: dist,
			base: '/',
			contentDir,
			force: true,
			progress: false,
			filter: { article: ['beta'], lang: ['en'], kind: ['consent'] },
		});
		expect(result.failures.map((f) => f.id)).toEqual(['beta-consent-en']);
		expect(result.failures[0]!.message).toContain('declaration with its signature lines on one page');
		expect(result.failures[0]!.message).not.toContain('patient line');
		expect(result.failures[0]!.message).not.toContain('signature label');
	}, 120_000);

	it('keeps the risk table’s caption and header row with its first two rows wherever the page ends (issue 13)', async () => {
		// The risks part at the top of a page, its table pushed down in steps across the foot of that page
		// (250 mm of text height): at some step only the caption, or caption and header, would fit above
		// the page's end. (Pushing the table itself to a page's top would leave it no break before it.)
		const pdf = join(dist, 'en/leaflets/beta-treatment-consent.pdf');
		const captionPages = new Set<number>();
		for (let push = 190; push <= 244; push += 3) {
			writeFileSync(
				join(dist, 'en/leaflets/beta-treatment.css'),
				`${pristineCss}\nsection.risks { break-before: page; } table.risks { margin-block-start: ${push}mm; }\n`,
			);
			const result = await buildLeaflets({
				root: dist,
				base: '/',
				contentDir,
				force: true,
				progress: false,
				filter: { article: ['beta'], lang: ['en'], kind: ['consent'] },
			});
			expect(
				result.failures.map((f) => f.message),
				`pushed ${push} mm`,
			).toEqual([]);
			// The same read independently of the build's check: the caption's page has the second row too.
			const pages = (await readPdf(pdf)).pages.map(fold);
			const at = pages.findIndex((p) => p.includes('Possible side effects'));
			expect(at, `pushed ${push} mm: caption`).toBeGreaterThan(-1);
			expect(pages[at], `pushed ${push} mm: second row on the caption's page`).toContain('Bruising');
			captionPages.add(at);
		}
		// The steps did reach the page's foot: from some step on, the caption moved to the next page.
		expect(captionPages.size).toBe(2);
	}, 240_000);

	it('fails a consent form whose code block is cut off at the margin, naming the lost end of the line', async () => {
		appendFileSync(join(dist, 'en/leaflets/beta-treatment.css'), '\npre { white-space: pre !important; overflow: hidden !important; }\n');
		const result = await buildLeaflets({
			root: dist,
			base: '/',
			contentDir,
			force: true,
			progress: false,
			filter: { article: ['beta'], lang: ['en'], kind: ['consent'] },
		});
		expect(result.failures.map((f) => f.id)).toEqual(['beta-consent-en']);
		expect(result.failures[0]!.message).toContain('end of "…and on END-OF-CODE-LINE" in section "How it works"');
		expect(existsSync(join(dist, 'en/leaflets/beta-treatment-consent.pdf'))).toBe(false);
	}, 120_000);

	// Delta (tests/fixtures/site/articles/en/delta-treatment.md) treats minors from 16 and declares every
	// consent term: off-label use, two undertakings, dose by weight, photographs kept 10 years, VAT (issue 13).
	it('prints the parents’ signature lines, the minimum age and every declared consent term, the signatures on one page', () => {
		const ui = parse(readFileSync('content/ui/en.yaml', 'utf8')) as { leaflet: Record<string, string> };
		const t = ui.leaflet;
		const pdf = consentPdfs.delta;
		for (const text of [
			t.signatureGuardian1!,
			t.signatureGuardian2!,
			t.minorsFrom!.replace('{age}', '16'),
			t.offLabelDecl!,
			'Delta serum is licensed for the skin of the arms, not of the face.',
			t.offLabelBatch!,
			'Delta-u1 I come back after two weeks.',
			'Delta-u2 I keep the area out of the sun for a week.',
			t.bodyWeight!,
			t.vatIncluded!,
			t.photoConsent!.replace('{years}', '10'),
			t.photoYes!,
			t.photoNo!,
			t.declWithdraw!,
			t.consultationStart!,
		])
			expect(pdf.flat, text).toContain(fold(text));
		expect(pdf.flat).not.toContain(fold(t.adultsOnly!));
		// English is this clinic's own language: no interpreter's block.
		expect(pdf.flat).not.toContain(fold(t.signatureInterpreter!));
		const last = fold(pdf.pages.at(-1)!);
		for (const text of [t.declWithdraw!, t.signaturePatient!, t.signatureGuardian1!, t.signatureGuardian2!, t.signaturePhysician!])
			expect(last, text).toContain(fold(text));
		// The beta form, adults only, says so and has no parents' lines.
		const beta = consentPdfs.beta;
		expect(beta.flat).toContain(fold(t.adultsOnly!));
		expect(beta.flat).not.toContain(fold(t.signatureGuardian1!));
	});

	it('fails a consent form that lost its off-label declaration or the parents’ signature lines', async () => {
		appendFileSync(
			join(dist, 'en/leaflets/delta-treatment.css'),
			'\n.off-label, .signature-row + .minimum-age + .signature-row { display: none; }\n',
		);
		const result = await buildLeaflets({
			root: dist,
			base: '/',
			contentDir,
			force: true,
			progress: false,
			filter: { article: ['delta'], lang: ['en'], kind: ['consent'] },
		});
		expect(result.failures.map((f) => f.id)).toEqual(['delta-consent-en']);
		expect(result.failures[0]!.message).toContain('off-label declaration');
		expect(result.failures[0]!.message).toContain('signature label "Signature of parent 1');
		expect(existsSync(join(dist, 'en/leaflets/delta-treatment-consent.pdf'))).toBe(false);
	}, 120_000);
});
