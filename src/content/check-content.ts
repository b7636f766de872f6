import { existsSync } from 'node:fs';
import { load } from 'js-yaml';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { clinicSchema, type Clinic } from '../schemas/clinic.ts';
import { uiStringsSchema } from '../schemas/ui-strings.ts';
import type { Article } from './article-model.ts';
import { checkFileNames } from './check-file-names.ts';
import { checkLinks } from './check-links.ts';
import { checkPageFile } from './check-page.ts';
import { listPageFiles } from './list-pages.ts';
import { readContentFile } from './read-content-file.ts';
import { checkLanguages } from './check-languages.ts';
import { checkUntranslated } from './check-untranslated.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { checkTree } from './check-tree.ts';
import { checkRegister } from './check-register.ts';
import { checkReadability, type ArticleReadability } from './check-readability.ts';
import { loadRegister, registerFile } from './load-register.ts';
import type { FileProblems } from './content-error.ts';
import { createProblem } from './content-problem.ts';
import { listArticleFiles } from './list-articles.ts';
import { articleText, loadArticleFile, locateArticleField } from './load-articles.ts';
import { checkAdvertising, checkAdvertisingLanguages, checkAdvertisingPage } from './advertising/check-advertising.ts';
import { clinicFile, readYamlFile, uiStringsFile } from './load-settings.ts';
import type { FieldLocator } from './parse-yaml.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';

const atStart: FieldLocator = () => ({ line: 1, column: 1 });

export interface CheckResult {
	/** Files with at least one problem. */
	files: FileProblems[];
	articles: Article[];
	/** The clinic profile, when it is valid. */
	clinic?: Clinic;
	/** The register of issued leaflet versions, as far as it is valid (content/leaflet-register.yaml). */
	register: RegisterEntry[];
	/** Each article's readability scores (languages with a formula; none while the clinic profile is broken). */
	readability: ArticleReadability[];
	errorCount: number;
	warningCount: number;
}

/**
 * Validates the whole content tree and reports every problem of the run, not only the first:
 * the clinic profile, the UI strings of each language, every article, and the rules across files.
 * `npm run check` prints this; `npm run build` runs it first and stops on errors.
 */
export function checkContent(dir: string, today = new Date().toISOString().slice(0, 10), publicDir = resolve('public')): CheckResult {
	const reports: FileProblems[] = [];
	const clinic = perFile(clinicFile(dir), () => readYamlFile(clinicFile(dir), clinicSchema), (report) => ({ data: undefined, report, locate: atStart }));
	reports.push(clinic.report);
	// A broken clinic profile must not hide the UI strings' problems: their languages are then read
	// from the profile's `languages` as far as it can be read at all.
	const languages = clinic.data?.languages ?? languagesOfBrokenProfile(clinicFile(dir));
	const locators = new Map<string, FieldLocator>();
	const ui = Object.fromEntries(
		languages.flatMap((lang) => {
			const strings = perFile(uiStringsFile(dir, lang), () => readYamlFile(uiStringsFile(dir, lang), uiStringsSchema), (report) => ({ data: undefined, report, locate: atStart }));
			reports.push(strings.report);
			locators.set(lang, strings.locate);
			return strings.data ? [[lang, strings.data] as const] : [];
		}),
	);
	reports.push(...checkPlaceholders(ui, (lang) => uiStringsFile(dir, lang), (lang) => locators.get(lang) ?? atStart));
	reports.push(...checkFileNames(dir, clinic.data ? languages : undefined), ...checkLinks(dir));
	// Pages are checked even when the clinic profile is broken, only their language folder then is not.
	const pageFiles = listPageFiles(dir);
	const pageTexts = new Map<string, string>();
	reports.push(...pageFiles.map((path) => perFile(path, () => checkPageFile(path, clinic.data ? languages : undefined, pageTexts), (report) => report)));
	for (const [i, path] of pageFiles.entries()) {
		const twin = pageFiles.slice(0, i).find((other) => other.replace(/\.mdx?$/, '') === path.replace(/\.mdx?$/, ''));
		if (twin) reports.push({ file: relative(process.cwd(), path) || path, problems: [createProblem('page-duplicate', { line: 1, column: 1 }, { other: relative(process.cwd(), twin) || twin })] });
	}
	const loaded = listArticleFiles(dir).map((file) => perFile(file, () => loadArticleFile(file), (report): ReturnType<typeof loadArticleFile> => ({ report })));
	reports.push(...loaded.map((l) => l.report));
	const articles = loaded.flatMap((l) => l.article ?? []);
	// Advertising law (HWG, MBO-Ä §27): every article and page of a clinic language, by that language's
	// rule table; like the UI strings, also when the profile is broken, with its languages as far as read.
	for (const [path, text] of pageTexts) {
		const lang = basename(dirname(path));
		if (languages.includes(lang)) reports.push(perFile(path, () => ({ file: relative(process.cwd(), path) || path, problems: checkAdvertisingPage(lang, text) }), (report) => report));
	}
	for (const article of articles.filter((a) => languages.includes(a.lang))) {
		const text = articleText(article);
		if (text !== undefined) reports.push(perFile(article.file, () => ({ file: article.file, problems: checkAdvertising({ lang: article.lang, data: article.data, text }) }), (report) => report));
	}
	let registerEntries: RegisterEntry[] = [];
	let readability: ArticleReadability[] = [];
	if (clinic.data) {
		const privacyLanguages = languages.filter((lang) => existsSync(join(dir, 'pages', lang, 'privacy.mdx')) || existsSync(join(dir, 'pages', lang, 'privacy.md')));
		reports.push(
			...checkLanguages({
				clinic: clinic.data,
				clinicFile: clinic.report.file,
				locate: clinic.locate,
				privacyLanguages,
				privacyFile: (lang) => relative(process.cwd(), join(dir, 'pages', lang, 'privacy.mdx')) || join(dir, 'pages', lang, 'privacy.mdx'),
			}),
		);
		const privacyOf = (lang: string) => [join(dir, 'pages', lang, 'privacy.mdx'), join(dir, 'pages', lang, 'privacy.md')].find((path) => pageTexts.has(path));
		reports.push(
			...checkUntranslated({
				clinic: clinic.data,
				clinicFile: clinic.report.file,
				locate: clinic.locate,
				articleLanguages: [...new Set([...articles.map((a) => a.lang), ...loaded.flatMap((l) => l.unloaded?.lang ?? [])])],
				ui,
				uiFile: (lang) => relative(process.cwd(), uiStringsFile(dir, lang)) || uiStringsFile(dir, lang),
				privacyTexts: new Map(languages.flatMap((lang) => { const path = privacyOf(lang); return path ? [[lang, pageTexts.get(path)!] as const] : []; })),
				privacyFile: (lang) => { const path = privacyOf(lang)!; return relative(process.cwd(), path) || path; },
			}),
		);
		// The URL policy has refused malformed escapes and `..` by now; this must not throw for them anyway.
		const publicFileExists = (path: string) => {
			try {
				return existsSync(join(publicDir, decodeURIComponent(path)));
			} catch {
				return false;
			}
		};
		reports.push({ file: clinic.report.file, problems: checkAdvertisingLanguages(languages, clinic.locate) });
		reports.push(...checkTree({ clinic: clinic.data, ui, articles, unloaded: loaded.flatMap((l) => l.unloaded ?? []), locate: locateArticleField, today, privacyLanguages, publicFileExists }));
		const register = perFile(registerFile(dir), () => loadRegister(dir), (report) => ({ entries: [], report, locate: atStart, valid: false }));
		reports.push(register.report);
		registerEntries = register.entries;
		if (register.valid) reports.push(...perFileList(registerFile(dir), () => checkRegister({ clinic: clinic.data!, ui, articles, register, locate: locateArticleField })));
		const scored = checkReadability(
			articles.filter((a) => clinic.data!.languages.includes(a.lang)),
			clinic.data.readability,
			locateArticleField,
		);
		readability = scored.readability;
		reports.push(...scored.reports);
	}
	const files = mergeByFile(reports);
	const all = files.flatMap((f) => f.problems);
	return {
		files,
		articles,
		clinic: clinic.data,
		register: registerEntries,
		readability,
		errorCount: all.filter((p) => p.severity === 'error').length,
		warningCount: all.filter((p) => p.severity === 'warning').length,
	};
}

/**
 * Runs the check of one file; should it throw (a bug, or an input nobody foresaw), that file gets an
 * error and every other file is still checked, instead of a stack trace instead of a report.
 */
function perFile<T>(path: string, run: () => T, failed: (report: FileProblems) => T): T {
	try {
		return run();
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return failed({
			file: relative(process.cwd(), path) || path,
			problems: [createProblem('check-failed', { line: 1, column: 1 }, { error: message })],
		});
	}
}

function perFileList(path: string, run: () => FileProblems[]): FileProblems[] {
	return perFile(path, run, (report) => [report]);
}

function languagesOfBrokenProfile(file: string): string[] {
	try {
		const raw = load(readContentFile(file).text) as { languages?: unknown } | undefined;
		const list = Array.isArray(raw?.languages) ? raw.languages : [];
		return [...new Set(list.filter((l): l is string => typeof l === 'string' && /^[a-z]{2,3}$/.test(l)))];
	} catch {
		return [];
	}
}

function mergeByFile(reports: FileProblems[]): FileProblems[] {
	const merged = new Map<string, FileProblems['problems']>();
	for (const { file, problems } of reports) {
		if (problems.length === 0) continue;
		merged.set(file, [...(merged.get(file) ?? []), ...problems]);
	}
	return [...merged]
		.map(([file, problems]) => ({ file, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) }))
		.sort((a, b) => a.file.localeCompare(b.file));
}
