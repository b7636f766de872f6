/**
 * Abbreviations that end in a full stop without ending the sentence, per language (lower case, without
 * the stop). Single letters ("z. B.", "S. 4") and dotted runs ("d.h.", "e.g.") are told without a list.
 */
const abbreviations: Record<string, ReadonlySet<string>> = {
	de: new Set(['ca', 'bzw', 'ggf', 'usw', 'evtl', 'inkl', 'zzgl', 'dr', 'med', 'prof', 'nr', 'tel', 'std', 'min', 'max', 'mind', 'vgl', 'sog', 'etc', 'bzgl', 'abs', 'art', 'str', 'dipl', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'jan', 'feb', 'apr', 'aug', 'sept', 'okt', 'nov', 'dez']),
	en: new Set(['e.g', 'i.e', 'etc', 'approx', 'dr', 'mr', 'mrs', 'ms', 'prof', 'no', 'vs', 'min', 'max', 'incl', 'tel', 'st', 'med', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
	tr: new Set(['dr', 'prof', 'doç', 'vb', 'vs', 'örn', 'bkz', 'yak', 'no', 'tel', 'sn', 'av', 'uzm', 'op', 'cad', 'sok', 'mah']),
	ar: new Set(),
};

/** A run of sentence-ending marks, with closing quotes or brackets after it. */
const terminator = /[.!?؟…]+["'”’»«)\]]*(?=\s|$)/gu;

/** Where one sentence starts and ends in the text it was split from (offsets, end exclusive). */
export interface SentenceSpan {
	start: number;
	end: number;
}

/**
 * Splits one block of prose (a paragraph, a list item) into sentences: at `.`, `!`, `?`, the Arabic `؟`
 * and `…` followed by white space, except after an abbreviation ("z. B.", "ca.", "Dr.", "e.g."), an
 * ordinal number of one or two digits in German and Turkish ("am 3. Tag", "3. gün"), and before a word in lower case
 * (in scripts with case). A decimal ("1.5 ml", "1,5 ml") is no break, nor is the Arabic comma `،`. The
 * block's end ends its last sentence, with or without a mark. Pure.
 */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	const known = abbreviations[lang] ?? new Set<string>();
	let start = 0;
	for (const match of text.matchAll(terminator)) {
		const at = match.index;
		const end = at + match[0].length;
		if (match[0].startsWith('.') && !match[0].startsWith('..')) {
			const token = /\S*$/u.exec(text.slice(start, at))![0].replace(/^["'“„«([]+/u, '');
			const lower = token.toLocaleLowerCase(lang);
			if (/^\p{L}$/u.test(token) || known.has(lower) || /^\p{L}{1,4}(?:\.\p{L}{1,4})+$/u.test(token)) continue;
			// Ordinals ("am 3. Tag", "ab dem 18. Lebensjahr") have one or two digits; a longer figure ends
			// its sentence ("Rufen Sie die 112.", "seit 2024.").
			if ((lang === 'de' || lang === 'tr') && /^\d{1,2}$/u.test(token)) continue;
		}
		const next = /^\s*(\S)/u.exec(text.slice(end))?.[1];
		if (next && /\p{Ll}/u.test(next)) continue;
		if (/\p{L}|\p{N}/u.test(text.slice(start, end))) spans.push({ start: skipSpace(text, start), end });
		start = end;
	}
	if (/\p{L}|\p{N}/u.test(text.slice(start))) spans.push({ start: skipSpace(text, start), end: text.trimEnd().length });
	return spans;
}

function skipSpace(text: string, from: number): number {
	let at = from;
	while (at < text.length && /\s/u.test(text[at]!)) at++;
	return at;
}
