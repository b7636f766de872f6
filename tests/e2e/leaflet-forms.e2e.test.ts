import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { PDFCheckBox, PDFDocument, PDFRadioGroup, PDFSignature, PDFTextField } from '@cantoo/pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import {
	declarationField,
	fixedFormFields,
	footerFields,
	formFieldKind,
	questionField,
	radioValues,
	signatureFields,
	undertakingField,
	type FormFieldKind,
} from '../../src/leaflets/form-fields.ts';
import { renderLeaflets } from '../../src/leaflets/render-leaflets.ts';
import { formFont } from '../../src/leaflets/form-font.ts';
import { describeVerdict, verifyLeafletPdf } from '../../src/leaflets/verify-leaflet-pdf.ts';
import { arabicWords } from '../support/arabic-text.ts';
import { leafletJobSchema, type LeafletManifest, type ManifestEntry } from '../../src/schemas/leaflet-manifest.ts';
import { buildSite } from '../support/build-site.ts';
import { parse } from 'yaml';
import { uiStringsSchema, type UiStrings } from '../../src/schemas/ui-strings.ts';
import { darkShare, renderGrey, type GreyPage } from '../support/pgm-image.ts';

// The real content's leaflets as PDF forms: every field listed by pdf.js (as a reader sees it), checked
// against what the article's form prints and against the page as poppler draws it.
let dist: string;
let manifest: LeafletManifest;
const articles = checkContent('content').articles;
const ui = (lang: string): UiStrings => uiStringsSchema.parse(parse(readFileSync(`content/ui/${lang}.yaml`, 'utf8')));

beforeAll(async () => {
	dist = await buildSite({ leaflets: true });
	manifest = JSON.parse(readFileSync(join(dist, 'leaflets.json'), 'utf8')) as LeafletManifest;
});

interface Widget {
	name: string;
	kind: FormFieldKind;
	page: number;
	rect: [number, number, number, number];
	value?: string;
	tooltip: string;
}

/** The widgets of a PDF as pdf.js reports them, with the kind their PDF types and flags say. */
async function widgets(file: string): Promise<{ pages: number; widgets: Widget[]; destinations: string[] }> {
	const doc = await getDocumentProxy(new Uint8Array(readFileSync(file)));
	const destinations = Object.keys(await doc.getDestinations());
	const out: Widget[] = [];
	for (let p = 1; p <= doc.numPages; p++) {
		for (const a of await (await doc.getPage(p)).getAnnotations()) {
			expect(a.subtype, `${file} page ${p}: only widgets remain of the markers`).toBe('Widget');
			const kind: FormFieldKind =
				a.fieldType === 'Sig'
					? 'signature'
					: a.fieldType === 'Tx'
						? a.multiLine
							? 'multiline'
							: 'text'
						: a.radioButton
							? 'radio'
							: a.checkBox
								? 'checkbox'
								: (`unknown ${a.fieldType}` as FormFieldKind);
			out.push({
				name: a.fieldName,
				kind,
				page: p,
				rect: a.rect,
				tooltip: a.alternativeText ?? '',
				...(a.radioButton ? { value: a.buttonValue } : {}),
			});
		}
	}
	return { pages: doc.numPages, widgets: out, destinations };
}

/** The fields an article's consent form prints, from its data alone (not from the templates). */
function expectedConsentFields(entry: ManifestEntry): string[] {
	const article = articles.find((a) => a.key === entry.key && a.lang === entry.lang)!;
	const { consent, contraindications, facts } = article.data;
	const interpreter = entry.kind === 'consent-bilingual' || entry.lang !== 'de';
	return [
		'patient.name',
		'patient.birthDate',
		'patient.number',
		...contraindications.map((_, i) => questionField(i)),
		'notes.patient',
		'consultation.date',
		'consultation.startTime',
		'consultation.duration',
		'consultation.physician',
		'treatment.product',
		'treatment.dose',
		'treatment.area',
		'treatment.sessions',
		...(consent.doseByWeight ? ['treatment.bodyWeight'] : []),
		'notes.individualRisks',
		'notes.questionsAnswers',
		'physician.ableToConsent',
		'notes.physician',
		...(consent.offLabel ? ['declaration.offLabel', 'offLabel.product', 'offLabel.batch'] : []),
		...consent.undertakings.map((_, i) => undertakingField(i)),
		...(facts.costs.selfPay ? ['declaration.selfPay', 'cost.estimate'] : []),
		...(consent.photos ? ['photos'] : []),
		...Array.from({ length: 7 }, (_, i) => declarationField(i)),
		'decision',
		...signatureFields.patient,
		...(consent.minimumAge < 18 ? [...signatureFields.guardian1, ...signatureFields.guardian2] : []),
		...(interpreter ? ['interpreter.name', 'interpreter.language', 'signature.interpreter'] : []),
		...signatureFields.physician,
	];
}

const expectedAftercareFields = ['patient.name', 'treatment.date', 'aftercare.nextAppointment'];

/** Points to pixels of a rendered page: x from the left, y from the top. */
const px = (page: GreyPage, rect: Widget['rect']) => {
	const h = page.height / page.scale;
	return { x0: rect[0] * page.scale, x1: rect[2] * page.scale, top: (h - rect[3]) * page.scale, bottom: (h - rect[1]) * page.scale };
};
/** The best share of dark pixels along a line at `at` ± 3 px. */
const bestLine = (page: GreyPage, at: number, from: number, to: number, axis: 'row' | 'column') =>
	Math.max(...[-3, -2, -1, 0, 1, 2, 3].map((d) => darkShare(page, at + d, from, to, axis)));

/**
 * Whether the widget lies on the blank the page prints: a line to write on has its rule (a border, or
 * the footer's underscores) across the widget's whole width in its lower part; a box to tick has its
 * four borders at the widget's four edges; the physician's box its sides at the widget's sides.
 */
function liesOnBlank(page: GreyPage, w: Widget): string | undefined {
	const { x0, x1, top, bottom } = px(page, w.rect);
	const inset = 2;
	if (w.kind === 'checkbox' || w.kind === 'radio') {
		const edges = {
			top: bestLine(page, top, x0 + inset, x1 - inset, 'row'),
			bottom: bestLine(page, bottom, x0 + inset, x1 - inset, 'row'),
			left: bestLine(page, x0, top + inset, bottom - inset, 'column'),
			right: bestLine(page, x1, top + inset, bottom - inset, 'column'),
		};
		const off = Object.entries(edges).filter(([, share]) => share < 0.9);
		return off.length ? `box edges not on the printed box: ${JSON.stringify(edges)}` : undefined;
	}
	if (w.name === 'notes.physician') {
		const sides = [bestLine(page, x0, top + inset, bottom - inset, 'column'), bestLine(page, x1, top + inset, bottom - inset, 'column')];
		return sides.every((s) => s >= 0.9) ? undefined : `the box's sides are not at the widget's sides: ${sides}`;
	}
	// A rule across the whole width, in the lower half of the widget, and none just outside it.
	let best = 0;
	for (let y = Math.round((top + bottom) / 2); y <= Math.round(bottom) + 2; y++)
		best = Math.max(best, darkShare(page, y, x0 + inset, x1 - inset));
	// The footer's underscores leave small gaps between glyphs in some fonts.
	return best < 0.75 ? `no printed line across the widget's width in its lower half (best row ${best.toFixed(2)} dark)` : undefined;
}

describe('the consent forms and aftercare sheets are PDF forms', () => {
	it('have exactly the fields their article prints, with the right types, names the same in every language, and the patient line on every page', async () => {
		for (const entry of manifest.leaflets) {
			const { pages, widgets: list, destinations } = await widgets(join(dist, entry.pdf));
			// The markers leave nothing behind: no link, no named destination.
			expect(
				destinations.filter((d) => d.startsWith('form~')),
				entry.id,
			).toEqual([]);
			const names = [...new Set(list.map((w) => w.name))];
			const expected = entry.kind === 'aftercare' ? expectedAftercareFields : expectedConsentFields(entry);
			expect(names.sort(), entry.id).toEqual([...expected].sort());
			for (const w of list) {
				expect(w.kind, `${entry.id}: ${w.name}`).toBe(formFieldKind(w.name));
				expect(w.tooltip, `${entry.id}: ${w.name} has a tooltip`).not.toBe('');
			}
			// Tooltips are the printed labels, in the form's language (German first on a bilingual form).
			const label = (pick: (s: UiStrings) => string) =>
				entry.kind === 'consent-bilingual' ? `${pick(ui('de'))} / ${pick(ui(entry.lang))}` : pick(ui(entry.lang));
			const tooltip = (name: string) => list.find((w) => w.name === name)?.tooltip;
			if (entry.kind === 'aftercare') expect(tooltip('aftercare.nextAppointment'), entry.id).toBe(label((s) => s.leaflet.nextAppointment));
			else {
				expect(tooltip('patient.number'), entry.id).toBe(label((s) => s.leaflet.patientNumber));
				expect(tooltip('consultation.date'), entry.id).toBe(label((s) => s.leaflet.consultationDate));
				expect(tooltip('signature.physician'), entry.id).toBe(label((s) => s.leaflet.signaturePhysician));
			}
			for (const name of names.filter((n) => formFieldKind(n) === 'radio'))
				expect(
					list.filter((w) => w.name === name).map((w) => w.value),
					`${entry.id}: ${name}`,
				).toEqual(radioValues(name));
			if (entry.kind === 'aftercare') continue;
			// The patient's name and date of birth: at the top of page 1 and in every page's footer, one field.
			for (const name of footerFields)
				expect(
					list.filter((w) => w.name === name).map((w) => w.page),
					`${entry.id}: ${name}`,
				).toEqual([1, ...Array.from({ length: pages }, (_, i) => i + 1)]);
			expect(list.filter((w) => w.name === 'patient.number').map((w) => w.page)).toEqual([1]);
			// The signed page: the decision and every signature on one page.
			const signed = list.filter((w) => w.name === 'decision' || fixedFormFields[w.name as keyof typeof fixedFormFields] === 'signature');
			expect(new Set(signed.map((w) => w.page)).size, `${entry.id}: decision and signatures on one page`).toBe(1);
		}
	});

	it('put every widget at the exact rectangle of the blank the page prints', async () => {
		for (const entry of manifest.leaflets) {
			const file = join(dist, entry.pdf);
			const images = renderGrey(file, 150);
			const { widgets: list } = await widgets(file);
			const wrong = list.flatMap((w) => {
				const problem = liesOnBlank(images[w.page - 1]!, w);
				return problem ? [`${w.name} on page ${w.page} at [${w.rect.map(Math.round).join(' ')}]: ${problem}`] : [];
			});
			expect(wrong, entry.id).toEqual([]);
		}
	});

	// A blank a page break cuts (the second line of a write-in at the top of the next page, the physician's
	// box split over two) gets a widget on its first page only, shorter than the blank. Only a blank of
	// several lines can be cut (a one-line blank is one line box), and it prints the same on every form:
	// so each multi-line field's widgets are as tall on every form as its tallest.
	it('have no blank cut by a page break: each multi-line field’s widgets are equally tall on every form', async () => {
		const heights = new Map<string, { height: number; where: string }[]>();
		for (const entry of manifest.leaflets) {
			const { widgets: list } = await widgets(join(dist, entry.pdf));
			for (const w of list.filter((x) => x.kind === 'multiline')) {
				const all = heights.get(w.name) ?? [];
				all.push({ height: w.rect[3] - w.rect[1], where: `${entry.id} page ${w.page}` });
				heights.set(w.name, all);
			}
		}
		expect([...heights.keys()]).toContain('notes.physician');
		const cut = [...heights].flatMap(([name, all]) => {
			const full = Math.max(...all.map((a) => a.height));
			return all.filter((a) => a.height < full - 2).map((a) => `${name} on ${a.where}: ${a.height.toFixed(1)} of ${full.toFixed(1)} pt`);
		});
		expect(cut).toEqual([]);
	});

	it('pass qpdf --check, poppler reports an AcroForm, and every widget has its /Form element in the tagged structure', async () => {
		for (const entry of manifest.leaflets) {
			const file = join(dist, entry.pdf);
			const struct = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
			expect((struct.match(/^\s*Form$/gm) ?? []).length, entry.id).toBe((await widgets(file)).widgets.length);
			const check = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
			expect(check, entry.id).toContain('No syntax or stream encoding errors found');
			expect(check, entry.id).not.toMatch(/WARNING/);
			expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' }), entry.id).toMatch(/^Form:\s+AcroForm$/m);
		}
	});

	it('print exactly as the same print view without its markers', async () => {
		// One consent form per script and layout: German, Arabic (right to left), bilingual.
		const chosen = [
			'mesotherapy-consent-de',
			'mesotherapy-consent-ar',
			'ketamine-infusion-consent-bilingual-ar',
			'mesotherapy-aftercare-tr',
		];
		const jobs = chosen.map((id) => {
			const entry = manifest.leaflets.find((l) => l.id === id)!;
			const html = readFileSync(join(dist, entry.view, 'index.html'), 'utf8');
			// Each marker's tags go; what a marker wraps (the lines of a write-in blank) stays, as it was before markers.
			const stripped = html.replace(/<a\b[^>]*\bclass="form-marker"[^>]*>([\s\S]*?)<\/a>/g, '$1');
			expect(stripped.length, id).toBeLessThan(html.length);
			const view = entry.view.replace(/\/$/, '-plain/');
			mkdirSync(join(dist, view), { recursive: true });
			writeFileSync(join(dist, view, 'index.html'), stripped);
			const job = leafletJobSchema.parse({
				...entry,
				subject: entry.title,
				author: 'test',
				viewPath: view,
				pdfPath: entry.pdf.replace(/\.pdf$/, '-plain.pdf'),
			});
			return { job, pdf: entry.pdf };
		});
		const result = await renderLeaflets(
			jobs.map((j) => j.job),
			{ root: dist, base: '/', concurrency: 1, rendererId: 'test' },
		);
		expect(result.failures).toEqual([]);
		for (const { job, pdf } of jobs) {
			const plain = renderGrey(join(dist, job.pdfPath), 100);
			const form = renderGrey(join(dist, pdf), 100);
			expect(form.length, job.id).toBe(plain.length);
			for (const [i, page] of form.entries()) expect(page.raw.equals(plain[i]!.raw), `${job.id} page ${i + 1}`).toBe(true);
		}
	});

	it('can be filled in by a PDF library: every typed value appears inside its blank, every ticked box shows its mark', async () => {
		// One German and one Arabic form. Text values are unique words, so each is found by itself; every
		// third one is in the other script (an Arabic name on the German form, a Turkish one on the
		// Arabic form), which the form's font must show as well.
		const arabic = (i: number) => `قيمة${'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'[i % 28]}`;
		const turkish = (i: number) => `ŞAHİN${i}ğış`;
		for (const [id, script, word] of [
			['mesotherapy-consent-de', 'latin', (i: number) => (i % 3 === 1 ? arabic(i) : i % 3 === 2 ? turkish(i) : `Wert${i}ä`)],
			['mesotherapy-consent-ar', 'arabic', (i: number) => (i % 3 === 2 ? turkish(i) : arabic(i))],
		] as const) {
			const entry = manifest.leaflets.find((l) => l.id === id)!;
			const file = join(dist, entry.pdf);
			const original = readFileSync(file);
			const doc = await PDFDocument.load(original, { forIncrementalUpdate: true });
			doc.registerFontkit(fontkit);
			const font = await doc.embedFont(formFont(script).font.ttf, { subset: false });
			const typed = new Map<string, string>();
			const form = doc.getForm();
			const signatures: string[] = [];
			for (const [i, field] of form.getFields().entries()) {
				const name = field.getName();
				if (field instanceof PDFTextField) {
					typed.set(name, word(i));
					field.setText(word(i));
				} else if (field instanceof PDFCheckBox) field.check();
				else if (field instanceof PDFRadioGroup) field.select(radioValues(name)![0]!);
				else if (field instanceof PDFSignature) signatures.push(name);
				else throw new Error(`${id}: ${name} is a field of an unexpected kind`);
			}
			// Signing needs a certificate, which no test has: the signature fields stay empty, ready to sign.
			expect(signatures.sort(), id).toEqual(
				expectedConsentFields(entry)
					.filter((n) => formFieldKind(n) === 'signature')
					.sort(),
			);
			form.updateFieldAppearances(font);
			const filled = join(dist, entry.pdf.replace(/\.pdf$/, '-filled.pdf'));
			// As a reader saves a filled form: an incremental update after the built file's bytes.
			writeFileSync(filled, await doc.commit());
			expect(readFileSync(filled).subarray(0, original.length).equals(original), id).toBe(true);
			expect(execFileSync('qpdf', ['--check', filled], { encoding: 'utf8' }), id).toContain('No syntax or stream encoding errors found');
			const verdict = verifyLeafletPdf(readFileSync(filled), []);
			expect(verdict, id).toMatchObject({ ours: true, modified: 'appended', appended: { updates: 1 } });
			expect(verdict, id).toMatchObject({ appended: { check: { verdict: 'filled', edits: [] } } });
			expect(describeVerdict(verdict).join('\n'), id).toContain(
				`file: FILLED IN, the text as built is intact; 1 incremental update after the build set ${form.getFields().length - signatures.length} fields (`,
			);
			// Each value as poppler extracts it from the filled file, with its box, is inside its blank.
			const { widgets: list } = await widgets(filled);
			const words = popplerWords(filled);
			// By the value's script: poppler gives Arabic in its own order and forms, so its letters are compared.
			const same = (a: string, b: string) =>
				!/[\u0600-\u06ff]/.test(b)
					? a === b
					: [...arabicWords(a).join('')].sort().join('') === [...arabicWords(b).join('')].sort().join('');
			const misplaced = list
				.filter((w) => typed.has(w.name))
				.filter((w) => {
					const value = typed.get(w.name)!;
					return !words.some(
						(found) => found.page === w.page && same(found.text, value) && inside(found, w.rect, pageHeight(filled, w.page)),
					);
				})
				.map((w) => `${w.name} on page ${w.page}`);
			expect(misplaced, id).toEqual([]);
			// Ticked boxes: ink inside the box, which is empty when not ticked.
			const before = renderGrey(file, 150);
			const after = renderGrey(filled, 150);
			for (const w of list.filter((x) => x.kind === 'checkbox' || (x.kind === 'radio' && x.value === radioValues(x.name)![0]))) {
				const ink = (page: GreyPage) => {
					const { x0, x1, top, bottom } = px(page, w.rect);
					let dark = 0;
					for (let y = Math.round(top) + 4; y <= bottom - 4; y++) dark += darkShare(page, y, x0 + 4, x1 - 4);
					return dark / Math.max(1, bottom - top - 8);
				};
				expect(ink(before[w.page - 1]!), `${id}: ${w.name} empty before`).toBe(0);
				expect(ink(after[w.page - 1]!), `${id}: ${w.name} ticked after`).toBeGreaterThan(0.1);
			}
			// For a look by eye: pdftoppm -r 60 -png <dist>/<lang>/leaflets/*-filled.pdf
		}
	});
});

/** The words poppler extracts, with their boxes in points from the page's top left. */
function popplerWords(pdf: string): { page: number; text: string; x0: number; y0: number; x1: number; y1: number }[] {
	const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const pages = html.split('<page ').slice(1);
	return pages.flatMap((page, i) =>
		[...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
			page: i + 1,
			text: m[5]!.replace(/&amp;/g, '&'),
			x0: Number(m[1]),
			y0: Number(m[2]),
			x1: Number(m[3]),
			y1: Number(m[4]),
		})),
	);
}

const heights = new Map<string, number[]>();
/** A page's height in points (poppler's boxes count from the top, PDF rectangles from the bottom). */
function pageHeight(pdf: string, page: number): number {
	if (!heights.has(pdf)) {
		const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
		heights.set(
			pdf,
			[...info.matchAll(/^Page\s+\d+ size:\s+[\d.]+ x ([\d.]+)/gm)].map((m) => Number(m[1])),
		);
	}
	return heights.get(pdf)![page - 1]!;
}

/**
 * Whether a word lies inside a widget's rectangle: its whole width, and the middle of its height (poppler's
 * word box reaches from the font's ascender to its descender, beyond the glyphs themselves).
 */
function inside(word: { x0: number; y0: number; x1: number; y1: number }, rect: Widget['rect'], height: number): boolean {
	const top = height - rect[3];
	const bottom = height - rect[1];
	const middle = (word.y0 + word.y1) / 2;
	return word.x0 >= rect[0] - 1 && word.x1 <= rect[2] + 1 && middle >= top && middle <= bottom;
}
