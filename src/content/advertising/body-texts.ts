import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { isPureComment } from '../html-comment.ts';
import { parseAcknowledgement, isAcknowledgement, type ParsedAcknowledgement } from './acknowledgement.ts';

/** A text a patient reads, with the offset in the source of each of its characters. */
export interface TextUnit {
	text: string;
	/** For each character of `text`, its offset in the source (the markdown body, or the YAML). */
	offsets: number[];
	/** `caption`: the text around a picture (before/after words count); `file`: a picture's file name (only they count). */
	picture?: 'caption' | 'file';
}

/** An acknowledgement at its place: it covers the findings whose offset lies in `covers`. */
export interface PlacedAcknowledgement {
	parsed: ParsedAcknowledgement;
	/** Offset of the comment. */
	offset: number;
	covers: [number, number];
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
/**
 * How far ahead a character of the parsed text is looked for in the source: what the parser drops before
 * it (an escape, a character reference, indentation, a quote's `>`) is short. A character not found there
 * keeps the last place, so a text the source spells quite otherwise costs no search to the node's end per character.
 */
export const LOOKAHEAD = 64;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/**
 * The texts of a markdown body a patient reads: paragraphs, headings, table cells and list items (as
 * their paragraphs), with link texts and the alternative text and title of pictures, and code (the page shows it).
 * And the `advertising-ok` acknowledgements: a comment on its own line covers the block after it (a
 * paragraph, list, table, heading, quote), a comment inside a paragraph that paragraph.
 */
export function bodyTexts(tree: Nodes, source: string): { units: TextUnit[]; acknowledgements: PlacedAcknowledgement[] } {
	const units: TextUnit[] = [];
	const acknowledgements: PlacedAcknowledgement[] = [];
	const blocks = (parent: Parent) => {
		const children = parent.children as RootContent[];
		children.forEach((node, i) => {
			if (node.type === 'html') {
				if (isPureComment(node.value) && isAcknowledgement(node.value)) {
					const next = firstBlock(children.slice(i + 1).find((n) => n.type !== 'html'));
					acknowledgements.push({ parsed: parseAcknowledgement(node.value), offset: startOf(node), covers: next ? [startOf(next), endOf(next)] : [endOf(node), endOf(node)] });
				}
				return;
			}
			if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
				inline(node, [startOf(node), endOf(node)]);
				return;
			}
			// A code block is shown on the page like any text: read as one text at its place.
			if (node.type === 'code') {
				inline({ type: 'paragraph', children: [{ type: 'text', value: node.value, position: node.position }], position: node.position }, [startOf(node), endOf(node)]);
				return;
			}
			if (node.type === 'definition' || node.type === 'thematicBreak' || node.type === 'yaml') return;
			if ('children' in node) blocks(node);
		});
	};
	const inline = (block: Parent, range: [number, number]) => {
		const unit: TextUnit = { text: '', offsets: [] };
		let picture = false;
		const add = (value: string, node: Nodes, from = startOf(node)) => {
			const end = endOf(node);
			let cursor = from;
			for (const char of value) {
				// The text as parsed lacks what the source has around it (escapes, indentation, `>` of quotes): each
				// character is found at the next place the source has it, so positions stay exact on the common path.
				const limit = Math.min(end, cursor + LOOKAHEAD);
				let at = cursor;
				while (at < limit && source.slice(at, at + char.length) !== char) at++;
				const offset = at < limit ? at : cursor;
				for (let k = 0; k < char.length; k++) unit.offsets.push(offset + k);
				unit.text += char;
				if (at < limit) cursor = at + char.length;
			}
		};
		const gap = (node: Nodes) => {
			unit.text += ' ';
			unit.offsets.push(startOf(node));
		};
		const walk = (node: PhrasingContent | Nodes) => {
			// Inline code is shown on the page too ("ist `schmerzfrei`"): read as text.
			if (node.type === 'text' || node.type === 'inlineCode') add(node.value, node);
			else if (node.type === 'break' || node.type === 'footnoteReference') gap(node);
			else if (node.type === 'html') {
				if (isPureComment(node.value) && isAcknowledgement(node.value)) acknowledgements.push({ parsed: parseAcknowledgement(node.value), offset: startOf(node), covers: range });
				gap(node);
			} else if (node.type === 'image' || node.type === 'imageReference') {
				picture = true;
				gap(node);
				const alt = node.alt ?? '';
				const texts: TextUnit[] = [pictureText(alt, node, source, 'caption')];
				if (node.type === 'image') {
					if (node.title) texts.push(pictureText(node.title, node, source, 'caption', source.indexOf(node.title, startOf(node))));
					const name = decodeSafely(node.url.split(/[?#]/)[0]!.split('/').at(-1) ?? '');
					if (name) texts.push(pictureText(name, node, source, 'file', source.indexOf(node.url, startOf(node))));
				}
				units.push(...texts);
			} else if ('children' in node) for (const child of node.children) walk(child);
		};
		for (const child of block.children as PhrasingContent[]) walk(child);
		if (picture) unit.picture = 'caption';
		if (unit.text.trim() !== '') units.push(unit);
	};
	blocks(tree as Parent);
	return { units, acknowledgements };

	function pictureText(value: string, node: Nodes, src: string, picture: 'caption' | 'file', from = startOf(node) + 2): TextUnit {
		const offsets: number[] = [];
		let cursor = Math.max(from, startOf(node));
		for (let i = 0; i < value.length; i++) {
			const limit = Math.min(endOf(node), cursor + LOOKAHEAD);
			let at = cursor;
			while (at < limit && src[at] !== value[i]) at++;
			offsets.push(at < limit ? at : cursor);
			if (at < limit) cursor = at + 1;
		}
		return { text: value, offsets, picture };
	}
}

/**
 * The block an acknowledgement on its own line covers: the next paragraph, heading or table, and of a list
 * or quotation only its first item's first block, so that one comment does not cover items written
 * later (each item is acknowledged where it stands, inside it).
 */
function firstBlock(node: RootContent | undefined): RootContent | undefined {
	while (node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') && node.children.length > 0) node = node.children[0] as RootContent;
	return node;
}

function decodeSafely(name: string): string {
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}
