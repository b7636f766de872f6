import { styleText } from 'node:util';
import type { Article } from './article-model.ts';
import type { FileProblems } from './content-error.ts';

type Style = Parameters<typeof styleText>[0];

export interface ReportOptions {
	/** Colour the output (a terminal); plain text otherwise. */
	color: boolean;
}

/** The human-readable report of `npm run check`: problems grouped by file, each with line, column, rule and hint. */
export function formatReport(files: FileProblems[], options: ReportOptions): string {
	const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
	const blocks = files.map(({ file, problems }) => {
		const lines = problems.map((p) => {
			const place = `${p.line}:${p.column}`.padEnd(7);
			const severity = p.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
			const hint = p.hint ? `\n${' '.repeat(20)}${paint('dim', `→ ${p.hint}`)}` : '';
			return `  ${paint('dim', place)}  ${severity}  ${p.message} ${paint('dim', `(${p.ruleId})`)}${hint}`;
		});
		return [paint('bold', file), ...lines].join('\n');
	});
	return blocks.join('\n\n');
}

export type TranslationState = 'ok' | 'source' | 'missing' | 'stale' | 'untracked';

/** Which article exists in which language, and whether each translation is current. Pure. */
export function translationMatrix(articles: Article[], languages: string[], files: FileProblems[]): { key: string; states: Record<string, TranslationState> }[] {
	const ruleOf = (file: string, rule: string) => files.some((f) => f.file === file && f.problems.some((p) => p.ruleId === rule && p.severity === 'error'));
	const keys = [...new Set(articles.map((a) => a.key))].sort();
	return keys.map((key) => ({
		key,
		states: Object.fromEntries(
			languages.map((lang, i) => {
				const article = articles.find((a) => a.key === key && a.lang === lang);
				if (!article) return [lang, 'missing'];
				if (i === 0 && !article.data.translation) return [lang, 'source'];
				if (ruleOf(article.file, 'translation-stale')) return [lang, 'stale'];
				if (ruleOf(article.file, 'translation-untracked')) return [lang, 'untracked'];
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
