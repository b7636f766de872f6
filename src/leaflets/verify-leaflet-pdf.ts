import { createHash } from 'node:crypto';
import { compareVersions } from '../content/check-translations.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';
import { dictEntry, pdfStringText, PdfSyntaxError, type PdfValue } from './parse-pdf-value.ts';
import { leafletInfoKeys, type LeafletPdfDocument } from './pdf-metadata.ts';
import { checkPdfUpdates, type UpdateCheck } from './check-pdf-updates.ts';
import { pdfRevisions, readPdfStructure, type PdfRevision } from './read-pdf-structure.ts';

export type RegisterStatus =
	| { status: 'released'; entry: RegisterEntry }
	/** The register has no entry for this id and version. */
	| { status: 'draft' }
	/** The register has this id and version with another text hash: not the text that was released. */
	| { status: 'differs'; entry: RegisterEntry };

export type PdfVerdict =
	| { ours: false; reason: string }
	| {
			ours: true;
			document: LeafletPdfDocument;
			/** `changed`: a byte of the built file differs; `appended`: bytes were added after the build's last update. */
			modified: false | 'changed' | 'appended';
			/**
			 * With `appended`: how many complete incremental updates follow the build's (a form filled in or
			 * signed in a PDF reader saves one each time), and whether other bytes follow them too.
			 */
			appended?: { updates: number; otherBytes: boolean; check?: UpdateCheck };
			register: RegisterStatus;
			/** The newest version of this leaflet in the register, when it is another than this PDF's. */
			newer?: RegisterEntry;
	  };

const text = (info: PdfValue | undefined, key: string) => {
	const value = dictEntry(info, key);
	return value?.type === 'string' ? pdfStringText(value) : undefined;
};

/**
 * What a PDF says it is, checked: which leaflet version (the Info keys the build writes, pdf-metadata.ts),
 * whether the register lists that version with the same text, and whether the file is still the one the
 * build wrote. The PDF is read by structure (its xref sections and trailers): the build's own update is
 * the oldest revision whose own xref section defines an Info object carrying a document id; a later revision (a PDF editor's incremental save,
 * a form filled in) or any other bytes after it mean the file was modified, and so does a byte changed
 * before it (the sha256 recorded of the bytes before the update). Pure.
 */
export function verifyLeafletPdf(bytes: Uint8Array, register: readonly RegisterEntry[]): PdfVerdict {
	const pdf = Buffer.from(bytes).toString('latin1');
	if (!pdf.startsWith('%PDF-')) return { ours: false, reason: 'This is not a PDF file (it does not start with "%PDF-").' };
	// Bytes after the last end-of-file marker (a PDF reader ignores them) are looked past, as readers
	// do, and count as a modification below.
	const eof = pdf.lastIndexOf('%%EOF');
	if (eof < 0) return { ours: false, reason: 'The PDF has no end-of-file marker (%%EOF): it is truncated or damaged.' };
	const readable = pdf.slice(0, eof + 5 + (pdf.startsWith('\r\n', eof + 5) ? 2 : pdf[eof + 5] === '\n' || pdf[eof + 5] === '\r' ? 1 : 0));
	let found: { info: PdfValue; xref: number; end: number; later: PdfRevision[] } | undefined;
	let damaged: PdfSyntaxError | undefined;
	try {
		// Oldest first: the build's update is the first revision that DEFINES an Info object with our keys.
		// A later revision that merely refers to it (an editor's incremental save repeats the trailer's
		// /Info, ISO 32000-1 §7.5.6) or defines it anew (an editor updating ModDate) comes after the
		// build, so it is a modification, never the build's own revision.
		const revisions = pdfRevisions(readable).reverse();
		for (const [index, revision] of revisions.entries()) {
			const structure = readPdfStructure(pdf.slice(0, revision.end));
			if (structure.info === undefined || !revision.defines.has(structure.info)) continue;
			let info: PdfValue;
			try {
				info = structure.object(structure.info);
			} catch (error) {
				// An earlier revision's Info (Chromium's own) damaged: the hash of the build's update sees
				// that byte, so read on; with no leaflet revision after it, this is the verdict.
				if (!(error instanceof PdfSyntaxError)) throw error;
				damaged ??= error;
				continue;
			}
			if (text(info, leafletInfoKeys.id) !== undefined) {
				found = { info, xref: revision.xref, end: revision.end, later: revisions.slice(index + 1) };
				break;
			}
		}
		if (!found && damaged) throw damaged;
	} catch (error) {
		if (!(error instanceof PdfSyntaxError)) throw error;
		return {
			ours: false,
			reason: `The PDF cannot be read: ${error.message}. It is damaged or truncated, or not a leaflet of this project.`,
		};
	}
	if (!found)
		return {
			ours: false,
			reason:
				readable.length < pdf.length
					? 'The PDF does not end with a complete revision (it was truncated, or cut and added to), and no leaflet metadata of clinic-publisher comes before that.'
					: 'This PDF carries no leaflet metadata of clinic-publisher: it is not one of our leaflets (or was saved again by another program, which dropped it).',
		};
	const { info } = found;
	const k = leafletInfoKeys;
	const status = dictEntry(info, k.status);
	const bodyLength = dictEntry(info, k.bodyLength);
	const document = {
		id: text(info, k.id)!,
		version: text(info, k.version) ?? '',
		issued: text(info, k.issued) ?? '',
		textHash: text(info, k.textHash) ?? '',
		draft: !(status?.type === 'name' && status.value === 'released'),
	};
	const recorded = dictEntry(info, k.bodySha256);
	// The hashed bytes are those before the build's update: a length reaching into or past it is not what the build wrote.
	const length =
		bodyLength?.type === 'number' && Number.isInteger(bodyLength.value) && bodyLength.value >= 0 && bodyLength.value <= found.xref
			? bodyLength.value
			: -1;
	const intact =
		length >= 0 && recorded?.type === 'string' && createHash('sha256').update(bytes.subarray(0, length)).digest('hex') === recorded.bytes;
	const modified = !intact ? 'changed' : found.end < bytes.length ? 'appended' : false;
	// The revisions after the build's are read from the file's last complete revision back; what follows
	// that (bytes after the last %%EOF) is no update a reader would apply.
	let appended: { updates: number; otherBytes: boolean; check?: UpdateCheck } | undefined;
	if (modified === 'appended') {
		let check: UpdateCheck | undefined;
		if (found.later.length > 0) {
			try {
				check = checkPdfUpdates(pdf, found.end, found.later);
			} catch (error) {
				if (!(error instanceof PdfSyntaxError)) throw error;
				check = {
					verdict: 'unchecked',
					fields: [],
					signatures: [],
					annotations: [],
					edits: [],
					unchecked: [`the updates: ${error.message}`],
				};
			}
		}
		appended = { updates: found.later.length, otherBytes: readable.length < bytes.length, ...(check ? { check } : {}) };
	}
	const entries = register.filter((e) => e.id === document.id);
	const entry = entries.find((e) => e.version === document.version);
	// By number, not file order: the register's order is the order of release, not of versions.
	const newest = entries.reduce<RegisterEntry | undefined>(
		(best, e) => (!best || compareVersions(e.version, best.version) > 0 ? e : best),
		undefined,
	);
	return {
		ours: true,
		document,
		modified,
		...(appended ? { appended } : {}),
		register: !entry
			? { status: 'draft' }
			: entry.textHash === document.textHash
				? { status: 'released', entry }
				: { status: 'differs', entry },
		...(newest && compareVersions(newest.version, document.version) > 0 ? { newer: newest } : {}),
	};
}

/** Whether a verdict is a leaflet a patient may be given: ours, unmodified, built as released and listed so in the register. */
export function isGood(verdict: PdfVerdict): boolean {
	return verdict.ours && !verdict.modified && !verdict.document.draft && verdict.register.status === 'released' && !verdict.newer;
}

/** The lines `npm run verify` prints for one file. */
export function describeVerdict(verdict: PdfVerdict): string[] {
	if (!verdict.ours) return [`not a leaflet: ${verdict.reason}`];
	const { document: d, register: r } = verdict;
	const lines = [
		`document: ${d.id}, version ${d.version} issued ${d.issued}, text hash ${d.textHash}${d.draft ? ' (built as a DRAFT)' : ''}`,
	];
	if (r.status === 'released') {
		lines.push(`register: released by ${r.entry.releasedBy} at ${r.entry.releasedAt}`);
		if (d.draft) lines.push('  but this PDF was built before the release and carries the draft mark: print it from a new build.');
	} else if (r.status === 'draft')
		lines.push(`register: DRAFT, version ${d.version} is not in the register: not to be handed to patients.`);
	else
		lines.push(
			`register: TEXT DIFFERS: version ${d.version} was released by ${r.entry.releasedBy} at ${r.entry.releasedAt} with text hash ${r.entry.textHash}, this PDF has ${d.textHash}.`,
		);
	if (verdict.newer) lines.push(`  a newer version is in the register: ${verdict.newer.version} issued ${verdict.newer.issued}.`);
	lines.push(
		verdict.modified === 'changed'
			? 'file: MODIFIED, bytes of the file the build wrote were changed.'
			: verdict.modified === 'appended'
				? appendedLine(verdict.appended, r.status === 'released' && !d.draft ? 'the released text' : 'the text as built')
				: 'file: unchanged since the build.',
	);
	return lines;
}

/**
 * What was added to a built file whose own bytes are intact: updates a reader saved, checked object by
 * object (check-pdf-updates.ts), or other bytes after its end, which no reader applies.
 */
function appendedLine(appended: { updates: number; otherBytes: boolean; check?: UpdateCheck } | undefined, text: string): string {
	const updates = appended?.updates ?? 0;
	if (updates === 0 || !appended?.check)
		return 'file: MODIFIED, bytes were added after the build (filled in, annotated or edited and saved).';
	const { check } = appended;
	const more = appended.otherBytes ? '; other bytes follow them, which no reader applies' : '';
	const count = `${updates} incremental update${updates === 1 ? '' : 's'} after the build`;
	const list = (names: string[]) => (names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', '));
	const filled = [
		check.fields.length > 0 ? `set ${check.fields.length} field${check.fields.length === 1 ? '' : 's'} (${list(check.fields)})` : '',
		check.signatures.length > 0
			? `added ${check.signatures.length} signature${check.signatures.length === 1 ? '' : 's'} (${list(check.signatures)})`
			: '',
	].filter(Boolean);
	const what = filled.join(' and ');
	if (check.verdict === 'edited')
		return `file: MODIFIED, ${text} is not what a reader shows: ${check.edits.slice(0, 8).join('; ')}${check.edits.length > 8 ? `; and ${check.edits.length - 8} more changes` : ''}${more}.`;
	if (check.verdict === 'unchecked')
		return `file: MODIFIED, the form as built is intact, but what was appended after it is not checked: ${check.unchecked.join('; ')}${more}.`;
	if (check.verdict === 'annotated') {
		const notes = check.annotations.map((a) => `a ${a.subtype} on page ${a.page}`);
		return `file: ANNOTATED, ${text} is intact but ${count} added ${notes.length} annotation${notes.length === 1 ? '' : 's'} shown over it (${list(notes)})${filled.length > 0 ? `, and ${what}` : ''}${more}.`;
	}
	if (filled.length === 0)
		return `file: MODIFIED, ${text} is intact; ${count} set no field and signed nothing: they change nothing a reader shows outside the form's blanks (objects that nothing refers to, appearances, or objects written again unchanged)${more}.`;
	return `file: FILLED IN, ${text} is intact; ${count} ${what}${more}.`;
}
