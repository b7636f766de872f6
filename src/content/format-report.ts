import { styleText } from 'node:util';
import type { ProblemBase } from '../problems/problem.ts';
import type { Article } from './article-model.ts';
import { sourceOf, translationStatus } from './translation-status.ts';

type Style = Parameters<typeof styleText>[0];

export interface ReportOptions {
	/** Colour the output (a terminal); plain text otherwise. */
	color: boolean;
	/**
	 * `grouped` (npm run check): a block per file, each problem with its place, rule and hint;
	 * `lines` (the build's log, a thrown ContentError, leaflet failures): one `file:line:column: severity: message`
	 * line per problem, the form editors and CI logs link to, with the hint below it.
	 */
	layout?: 'grouped' | 'lines';
}

/** Problems of one file (or one leaflet: its id stands in for the file, and its problems have no place). */
export interface ReportFile {
	file: string;
	problems: readonly ProblemBase[];
}

/** The one formatter of problems: every problem of the run, from the check, the build and the renderer. */
export function formatReport(files: readonly ReportFile[], options: ReportOptions): string {
	const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
	if (options.layout === 'lines') {
		return files
			.flatMap(({ file, problems }) =>
				problems.map((p) => `${file}${p.place ? `:${p.place.start.line}:${p.place.start.column}` : ''}: ${p.severity}: ${p.message}${p.hint ? `\n    → ${p.hint}` : ''}`),
			)
			.join('\n');
	}
	const blocks = files.map(({ file, problems }) => {
		const lines = problems.map((p) => {
			const place = (p.place ? `${p.place.start.line}:${p.place.start.column}` : '').padEnd(7);
			const severity = p.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
			const hint = p.hint ? `\n${' '.repeat(20)}${paint('dim', `→ ${p.hint}`)}` : '';
			return `  ${paint('dim', place)}  ${severity}  ${p.message} ${paint('dim', `(${p.ruleId})`)}${hint}`;
		});
		return [paint('bold', file), ...lines].join('\n');
	});
	return blocks.join('\n\n');
}

/** The build's form of a report (`layout: 'lines'`, no colour). */
export function formatProblems(files: readonly ReportFile[]): string {
	return formatReport(files, { color: false, layout: 'lines' });
}

export type TranslationState = 'ok' | 'source' | 'missing' | 'stale' | 'untracked';

/** Which article exists in which language, and whether each translation is current. Pure. */
export function translationMatrix(articles: Article[], languages: string[], sourceLanguage = languages[0] ?? ''): { key: string; states: Record<string, TranslationState> }[] {
	const keys = [...new Set(articles.map((a) => a.key))].sort();
	return keys.map((key) => ({
		key,
		states: Object.fromEntries(
			languages.map((lang, i) => {
				const article = articles.find((a) => a.key === key && a.lang === lang);
				if (!article) return [lang, 'missing'];
				if (i === 0 && !article.data.translation) return [lang, 'source'];
				const source = sourceOf(article, articles, sourceLanguage);
				const status = source && translationStatus(article, source);
				if (status === 'stale') return [lang, 'stale'];
				if (status === 'untracked') return [lang, 'untracked'];
				return [lang, article.data.translation ? 'ok' : 'source'];
			}),
		) as Record<string, TranslationState>,
	}));
}

export function formatMatrix(matrix: ReturnType<typeof translationMatrix>, languages: string[], options: ReportOptions): string {
	const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
	const width = Math.max(12, ...matrix.map((row) => row.key.length)) + 2;
	const cell = 11;
	const symbol: Record<TranslationState, [string, Style]> = {
		source: ['source', 'cyan'],
		ok: ['✓', 'green'],
		missing: ['–', 'dim'],
		stale: ['stale', 'red'],
		untracked: ['untracked', 'yellow'],
	};
	const header = `${'Translations'.padEnd(width)}${languages.map((l) => l.padEnd(cell)).join('')}`;
	const rows = matrix.map((row) => `${row.key.padEnd(width)}${languages.map((l) => { const [text, style] = symbol[row.states[l]!]; return paint(style, text.padEnd(cell)); }).join('')}`);
	return [paint('bold', header), ...rows].join('\n');
}
