import { readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { createProblem, type ContentProblem } from './content-problem.ts';

export interface ContentText {
	/** The text to parse: without a BOM, invalid bytes as U+FFFD, so the rest of the file is still checked. */
	text: string;
	problems: ContentProblem[];
}

/** Reports beyond this many per file add nothing but noise (a file in the wrong encoding has one per line). */
const MAX_REPORTS = 20;

/**
 * Reads a content file as UTF-8 and reports, at their lines, what must never reach a page or a leaflet
 * unnoticed: a byte-order mark, bytes that are not UTF-8 (Node silently turns them into U+FFFD), and
 * invisible characters: C0/C1 controls other than tab and line breaks, zero-width characters, and
 * bidirectional controls that make text display in another order than it is stored ("Trojan source").
 *
 * Allowed on purpose: U+200E/U+200F/U+061C (LRM, RLM, ALM) mark direction without opening a scope, so
 * they cannot reorder anything around them; and the isolates U+2066–U+2068 when closed by U+2069 on the
 * same line: the Arabic articles wrap phone numbers in them so the digits keep their order, and a closed
 * isolate cannot leak into the text after it. Overrides and embeddings (U+202A–U+202E) are never needed.
 * Throws like readFileSync when the file cannot be read.
 */
export function readContentFile(path: string): ContentText {
	// Opening a FIFO waits for a writer, for good: only a regular file is read (check-links.ts reports the rest).
	if (!statSync(path).isFile()) throw new Error(`${path} is not a regular file.`);
	return checkContentBytes(readFileSync(path));
}

export function checkContentBytes(bytes: Uint8Array): ContentText {
	const problems: ContentProblem[] = [];
	let body = bytes;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		// An error rather than stripping it silently: some tools add it unasked, and a file with it differs
		// from what the author sees (the frontmatter's `---` is no longer at the start of the file).
		problems.push(createProblem('bom', { line: 1, column: 1 }, {}));
		body = bytes.subarray(3);
	}
	if (!isUtf8(body)) problems.push(...invalidUtf8(body));
	const text = new TextDecoder('utf-8').decode(body);
	problems.push(...invisibleCharacters(text));
	return { text, problems: problems.slice(0, MAX_REPORTS) };
}

/** One problem per line that holds bytes which are not UTF-8. */
function invalidUtf8(bytes: Uint8Array): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let line = 1;
	let lineStart = 0;
	let lastReported = 0;
	for (let i = 0; i < bytes.length && problems.length < MAX_REPORTS; ) {
		const b = bytes[i]!;
		if (b === 0x0a) {
			line++;
			lineStart = i + 1;
			i++;
			continue;
		}
		const length = sequenceLength(bytes, i);
		if (length > 0) {
			i += length;
			continue;
		}
		if (line !== lastReported) {
			const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, i)).length + 1;
			problems.push(createProblem('invalid-utf8', { line, column }, { byte: b }));
			lastReported = line;
		}
		i++;
	}
	return problems;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 (overlong forms, surrogates and > U+10FFFF are invalid). */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const b = bytes[i]!;
	if (b < 0x80) return 1;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
	if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
	if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
	if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
	if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
	if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;
const names: Record<number, string> = {
	0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x2060: 'WORD JOINER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
};
const describe = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}${names[code] ? ` ${names[code]}` : ' (a control character)'}`;

function invisibleCharacters(text: string): ContentProblem[] {
	// Almost every file has none: one regex test, and only files with a match are read line by line.
	if (!invisible.test(text)) return [];
	return findInvisible(text, invisible).map(({ line, column, params }) => createProblem('invisible-character', { line, column }, params));
}

/** What the rule says about one invisible character: the parameters of its `invisible-character` problem. */
export type InvisibleFinding = { line: number; column: number; code: number; params: { character: string; problem: string; hint: string } };

/**
 * Parsed values also must not hold a carriage return or a line or paragraph separator: YAML turns line
 * breaks into `\n`, so one of these was written as an escape (`\r`, `\L`, `\P`) and breaks a line unseen.
 */
const invisibleInValue = new RegExp(`${invisible.source.slice(0, -1)}\r\u2028\u2029]`);

/**
 * The same rule for a string value after parsing: a YAML double-quoted string can write any character as
 * an escape (`"\u202E"`, `"\0"`, `"\x1b"`, `"\r"`), which the file's text then never shows. Lines and
 * columns are within the value (1-based).
 */
export function invisibleInParsedValue(value: string): InvisibleFinding[] {
	return invisibleInValue.test(value) ? findInvisible(value, invisibleInValue) : [];
}

function findInvisible(text: string, pattern: RegExp): InvisibleFinding[] {
	const findings: InvisibleFinding[] = [];
	const lines = text.split('\n');
	for (const [index, lineText] of lines.entries()) {
		if (!pattern.test(lineText)) continue;
		const open: number[] = [];
		const report = (column: number, code: number, message: string, hint: string) =>
			findings.push({ line: index + 1, column: column + 1, code, params: { character: describe(code), problem: message, hint } });
		for (let column = 0; column < lineText.length; column++) {
			const code = lineText.charCodeAt(column);
			if (!pattern.test(lineText[column]!)) continue;
			if (code >= 0x2066 && code <= 0x2068) open.push(column);
			else if (code === 0x2069) {
				if (open.pop() === undefined) report(column, code, 'closes an isolate that was never opened.', 'Remove it, or open the isolate (U+2066) before the text on the same line.');
			} else if (code >= 0x202a && code <= 0x202e) {
				report(column, code, 'can make the text display in another order than it is stored.', 'Remove it. To keep a Latin run such as a phone number in order inside right-to-left text, wrap it in U+2066 … U+2069 on one line.');
			} else if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) {
				report(column, code, 'is an invisible character.', 'Remove it (it is often pasted along from a web page or a word processor); it hides in words and breaks search and links.');
			} else {
				report(column, code, 'is not allowed in content.', 'Remove it (often pasted along from a word processor); only tab and line breaks are allowed.');
			}
		}
		for (const column of open) report(column, lineText.charCodeAt(column), 'is not closed by U+2069 on the same line.', 'Close the isolate with U+2069 right after the text it isolates, on the same line.');
	}
	return findings;
}
