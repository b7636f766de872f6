import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { httpsUrl } from '../../schemas/url-policy.ts';
import { schemaNode, unwrapSchema } from '../../schemas/unwrap-schema.ts';
import { untranslatedFields } from '../source-parts.ts';
import { isAcknowledgement, parseAcknowledgement } from './acknowledgement.ts';
import { LOOKAHEAD, type PlacedAcknowledgement, type TextUnit } from './body-texts.ts';

type PathItem = string | number;

/** A text field of the frontmatter and its value. */
export interface TextField {
	path: PathItem[];
	text: string;
}

/**
 * Every text of the frontmatter a patient reads, found by walking the schema along the data (as
 * check-languages.ts walks the clinic profile's): a text field added to the schema later is checked
 * without a change here. Left out: the bookkeeping fields a translator does not translate either (key,
 * slug, version, dates, reviewer, `translation`: source-parts.ts) and addresses (`url`).
 */
export function frontmatterTextFields(schema: z.core.$ZodType, value: unknown, path: PathItem[] = []): TextField[] {
	if (path.length === 1 && (untranslatedFields as readonly string[]).includes(String(path[0]))) return [];
	const inner = unwrapSchema(schema);
	if (!inner || inner === httpsUrl) return [];
	const def = schemaNode(inner)!;
	if (def.type === 'string') return typeof value === 'string' ? [{ path, text: value }] : [];
	if (def.type === 'array' && def.element && Array.isArray(value)) return value.flatMap((item: unknown, i) => frontmatterTextFields(def.element!, item, [...path, i]));
	if (def.type === 'object' && def.shape && value && typeof value === 'object') {
		return Object.entries(def.shape).flatMap(([key, field]) => frontmatterTextFields(field, (value as Record<string, unknown>)[key], [...path, key]));
	}
	return [];
}


/** Where the text fields stand in the YAML, and the acknowledgements among its comments. */
export interface FrontmatterPlaces {
	/** The field's text with the offset of each character in the YAML (exact for text on one line or folded plainly). */
	unit: (field: TextField) => TextUnit;
	acknowledgements: PlacedAcknowledgement[];
	/** Line and column (1-based, lines of the YAML) of an offset. */
	position: (offset: number) => { line: number; column: number };
}

/**
 * Reads the YAML once more, with positions (`yaml`'s document, as parse-yaml.ts's slow path does): only
 * for frontmatter with a finding or an acknowledgement, so clean articles do not pay for it.
 * An acknowledgement is a YAML comment: at the end of a field's line it covers the text fields on that
 * line; on a line of its own it covers the field (or list item, or block) that starts on the next line.
 */
export function frontmatterPlaces(yamlText: string, fields: readonly TextField[]): FrontmatterPlaces {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter });
	const lineOf = (offset: number) => lineCounter.linePos(offset).line;
	const located = fields.map((field) => ({ field, ...nodePath(doc, field.path) }));
	const scalarRanges: [number, number][] = [];
	visit(doc, {
		Scalar: (_key, node) => {
			if (!node.range) return;
			// A block scalar's range starts at its header (`|`, `>-`), whose line may end in a comment: its text starts on the next line.
			const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
			const newline = block ? yamlText.indexOf('\n', node.range[0]) : -1;
			scalarRanges.push([newline === -1 ? node.range[0] : newline + 1, node.range[1]]);
		},
	});
	const acknowledgements: PlacedAcknowledgement[] = [];
	const lines = yamlText.split('\n');
	let lineStart = 0;
	lines.forEach((line, index) => {
		const hash = findComment(line, lineStart, scalarRanges);
		if (hash !== -1 && isAcknowledgement(line.slice(hash))) {
			const offset = lineStart + hash;
			const lineNo = index + 1;
			const trailing = line.slice(0, hash).trim() !== '';
			let covered: typeof located;
			if (trailing) covered = located.filter((l) => l.value && lineOf(l.value[0]) <= lineNo && lineNo <= lineOf(Math.max(l.value[0], l.value[1] - 1)));
			else {
				// The next line that is not a comment or blank: the field, item or block starting there.
				let next = index + 1;
				while (next < lines.length && /^\s*(#.*)?$/.test(lines[next]!)) next++;
				// A key whose value is a list (`faq:`, `risks:`) covers none of its items: one comment above it would
				// hide every item written later; each item is acknowledged above it.
				covered = located.filter((l) => l.starts.some((start, i) => lineOf(start) === next + 1 && !l.opensList[i]));
			}
			const offsets = covered.flatMap((l) => (l.value ? [l.value[0], l.value[1]] : []));
			acknowledgements.push({
				parsed: parseAcknowledgement(line.slice(hash + 1)),
				offset,
				// The covered fields stand together (one line, one item, one block): their values' span.
				covers: offsets.length ? [Math.min(...offsets), Math.max(...offsets)] : [offset, offset],
			});
		}
		lineStart += line.length + 1;
	});
	const unit = (field: TextField): TextUnit => {
		const at = located.find((l) => l.field === field)?.value;
		const offsets: number[] = [];
		if (!at) return { text: field.text, offsets: field.text.split('').map(() => 0) };
		let cursor = at[0];
		for (let i = 0; i < field.text.length; i++) {
			const limit = Math.min(at[1], cursor + LOOKAHEAD);
			let pos = cursor;
			while (pos < limit && yamlText[pos] !== field.text[i]) pos++;
			offsets.push(pos < limit ? pos : cursor);
			if (pos < limit) cursor = pos + 1;
		}
		return { text: field.text, offsets };
	};
	return {
		unit,
		acknowledgements,
		position: (offset) => {
			const pos = lineCounter.linePos(offset);
			return { line: pos.line, column: pos.col };
		},
	};
}

/**
 * The value's range of the node at `path`, where each step of the path starts (key or list item), and
 * whether that step is a key whose value is a list of more than one item.
 */
function nodePath(doc: Document, path: PathItem[]): { value?: [number, number]; starts: number[]; opensList: boolean[] } {
	let node: unknown = doc.contents;
	const starts: number[] = [];
	const opensList: boolean[] = [];
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (!pair) return { starts, opensList };
			starts.push((pair.key as Node).range?.[0] ?? 0);
			opensList.push(isSeq(pair.value) && pair.value.items.length > 1);
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			node = node.items[key];
			if (!node) return { starts, opensList };
			starts.push((node as Node).range?.[0] ?? 0);
			opensList.push(false);
		} else return { starts, opensList };
	}
	const range = (node as Node | null)?.range;
	return { value: range ? [range[0], range[1]] : undefined, starts, opensList };
}

/** The index in `line` of a `#` that starts a comment (after a space or at the line's start, outside any scalar), or -1. */
function findComment(line: string, lineStart: number, scalars: readonly [number, number][]): number {
	for (let i = line.indexOf('#'); i !== -1; i = line.indexOf('#', i + 1)) {
		if (i > 0 && !/\s/.test(line[i - 1]!)) continue;
		const offset = lineStart + i;
		if (!scalars.some(([from, to]) => offset >= from && offset < to)) return i;
	}
	return -1;
}
