import { styleText } from 'node:util';
import { formatScore, type ArticleReadability } from './check-readability.ts';
import type { ReportOptions } from './format-report.ts';

/** Short names of the measures in the table, explained in its legend. */
const short: Record<string, string> = {
	fleschAmstad: 'FA',
	wienerSachtext: 'WS',
	fleschKincaid: 'FK',
	atesman: 'AT',
	sentenceWords: 'SW',
	wordLetters: 'WL',
};

/**
 * The readability table `npm run check` prints below the translation matrix: a row per article key, a
 * column per language, aligned with the matrix. A score past its threshold is marked `!` (not only in
 * colour); an article too short to score says `short`, a language without a formula `–`.
 */
export function formatReadability(readability: readonly ArticleReadability[], languages: string[], options: ReportOptions): string {
	const paint = (style: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
	const keys = [...new Set(readability.map((r) => r.key))].sort();
	const width = Math.max(12, ...keys.map((key) => key.length)) + 2;
	// Two spaces between columns, one where that would pass 100 characters; the last column is not padded.
	const longest = Math.max(0, ...readability.map((r) => cellText(r).length));
	const cell = Math.max(11, longest + (width + (longest + 2) * languages.length - 2 > 100 ? 1 : 2));
	const pad = (text: string, i: number) => (i === languages.length - 1 ? text : text.padEnd(cell));
	const header = `${'Readability'.padEnd(width)}${languages.map(pad).join('')}`;
	const rows = keys.map(
		(key) =>
			`${key.padEnd(width)}${languages
				.map((lang, i) => {
					const r = readability.find((x) => x.key === key && x.lang === lang);
					const text = r ? cellText(r) : '–';
					return paint(r?.scores.some((s) => s.past) ? 'yellow' : r ? 'reset' : 'dim', pad(text, i));
				})
				.join('')}`,
	);
	const legend = languages
		.flatMap((lang) => readability.filter((r) => r.lang === lang).flatMap((r) => r.scores))
		.filter((s, i, all) => all.findIndex((o) => o.measure === s.measure) === i)
		.map((s) => `${short[s.measure]} ${s.name} (${s.bound === 'min' ? '≥' : '≤'} ${s.threshold})`);
	const minWords = readability[0]?.minWords;
	const notes = [
		...(legend.length ? [`${legend.join(', ')}; ! past the threshold.`] : []),
		...(readability.some((r) => r.tooShort) ? [`short: fewer than ${minWords} words, not scored.`] : []),
	];
	return [paint('bold', header), ...rows, ...notes.flatMap((n) => wrap(n, 100)).map((n) => paint('dim', n))].join('\n');
}

/** Breaks a note into lines of at most `width` characters, at spaces after a comma. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const part of text.split(/(?<=,) /u)) {
		if (line && line.length + 1 + part.length > width) {
			lines.push(line);
			line = part;
		} else line = line ? `${line} ${part}` : part;
	}
	return [...lines, line];
}

function cellText(r: ArticleReadability): string {
	if (r.tooShort) return 'short';
	return r.scores.map((s) => `${short[s.measure]} ${formatScore(s.value)}${s.past ? '!' : ''}`).join(' ');
}
