import { dictEntry, pdfStringText, PdfSyntaxError, type PdfValue } from './parse-pdf-value.ts';
import { readPdfStructure, type PdfRevision, type PdfStructure } from './read-pdf-structure.ts';

/**
 * What the incremental updates after the build changed, checked object by object. `filled`: only what
 * filling in and signing the form changes (field values, appearances, signatures); `annotated`: that,
 * and annotations added to pages (a comment, a link), which a reader shows over the released text;
 * `edited`: an object of the released document redefined (a page's content, a font, the outline …);
 * `unchecked`: an update this reader cannot read (a hybrid /XRefStm section, a stream it cannot
 * decode), so nothing after it is known.
 */
export interface UpdateCheck {
	verdict: 'filled' | 'annotated' | 'edited' | 'unchecked';
	/** Full names of the fields whose value an update set, in the form's order. */
	fields: string[];
	/** Full names of the signature fields that got a signature. */
	signatures: string[];
	/** Annotations added to pages: their subtype and 1-based page. */
	annotations: { subtype: string; page: number }[];
	/** Each change that is no filling in, naming the object and its page where it has one. */
	edits: string[];
	/** Why an update was not checked (1-based update number). */
	unchecked: string[];
}

// What a reader changes in a field or widget dictionary when a form is filled in or signed: the value,
// the on/off state, the appearance (drawn inside the widget's /Rect, which must stay), the appearance
// characteristics, and the text's font and size. /Ff only by its ReadOnly bit (a signing reader locks
// the fields it signed); anything else (/Rect, /FT, /T, /Parent, /P, /F, /A, /AA …) is no filling in.
const FIELD_KEYS = new Set(['V', 'AS', 'AP', 'MK', 'DA']);
// In the AcroForm: appearances asked of the reader, the signature flags, the default resources and text
// appearance for typed text. Not /Fields (no field is added or dropped) nor /XFA (another form altogether).
const ACROFORM_KEYS = new Set(['NeedAppearances', 'SigFlags', 'DR', 'DA']);
// In the catalog: the form, signature permissions (/Perms) and the long-term validation data (/DSS).
const CATALOG_KEYS = new Set(['AcroForm', 'Perms', 'DSS']);
// In the document information: when and with what the file was last saved, which a reader stamps on
// every save (Acrobat does) and which neither prints nor names the document. The title, subject,
// creation date and our own keys (which document, version and seal: pdf-metadata.ts) must stay.
const INFO_KEYS = new Set(['ModDate', 'Producer']);
const READ_ONLY = 1;

type Ref = Extract<PdfValue, { type: 'ref' }>;
const isRef = (value: PdfValue | undefined): value is Ref => value?.type === 'ref';
const refs = (value: PdfValue | undefined): number[] =>
	isRef(value) ? [value.num] : value?.type === 'array' ? value.items.filter(isRef).map((r) => r.num) : [];

/** Structural equality of two values (white space and number spelling aside). */
function same(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	if (a.type !== b.type) return false;
	switch (a.type) {
		case 'number':
		case 'name':
		case 'boolean':
			return a.value === (b as typeof a).value;
		case 'string':
			return a.bytes === (b as typeof a).bytes;
		case 'ref':
			return a.num === (b as typeof a).num && a.gen === (b as typeof a).gen;
		case 'null':
			return true;
		case 'array': {
			const items = (b as typeof a).items;
			return a.items.length === items.length && a.items.every((item, i) => same(item, items[i]));
		}
		case 'dict': {
			const entries = (b as typeof a).entries;
			return a.entries.size === entries.size && [...a.entries].every(([key, value]) => same(value, entries.get(key)));
		}
	}
}

/** The keys whose values differ between two dictionaries. */
const changedKeys = (a: PdfValue, b: PdfValue): string[] => {
	const keys = new Set([...(a.type === 'dict' ? a.entries.keys() : []), ...(b.type === 'dict' ? b.entries.keys() : [])]);
	return [...keys].filter((key) => !same(dictEntry(a, key), dictEntry(b, key)));
};

/** The objects reachable from a value, within a structure (bounded by the number of objects). */
function reachable(pdf: PdfStructure, from: PdfValue[], into = new Set<number>()): Set<number> {
	const stack = [...from];
	while (stack.length > 0) {
		const value = stack.pop()!;
		if (value.type === 'ref') {
			if (into.has(value.num)) continue;
			into.add(value.num);
			try {
				stack.push(pdf.object(value.num));
			} catch (error) {
				if (!(error instanceof PdfSyntaxError)) throw error;
			}
		} else if (value.type === 'array') stack.push(...value.items);
		else if (value.type === 'dict') stack.push(...value.entries.values());
	}
	return into;
}

/** What the build's revision holds: its pages, its form's fields and widgets, and what each object is. */
interface Built {
	pdf: PdfStructure;
	pages: number[];
	/** Annotation object → 1-based page. */
	annotPage: Map<number, number>;
	/** Field and widget objects of the form → the field's full name. */
	fieldNames: Map<number, string>;
	acroForm?: number;
	/** Objects drawn only by widget appearances (or the form's resources), never by a page. */
	appearanceOnly: Set<number>;
	/** A page's content, resources and what they use → 1-based page (the first page that uses it). */
	pageOf: Map<number, number>;
}

function readBuilt(pdf: PdfStructure): Built {
	const catalog = pdf.object(pdf.root);
	const pages: number[] = [];
	const visit = (number: number, depth: number) => {
		if (depth > 32 || pages.length > pdf.size) return;
		const node = pdf.object(number);
		const type = dictEntry(node, 'Type');
		if (type?.type === 'name' && type.value === 'Page') pages.push(number);
		else for (const kid of refs(dictEntry(node, 'Kids'))) visit(kid, depth + 1);
	};
	const root = dictEntry(catalog, 'Pages');
	if (isRef(root)) visit(root.num, 0);
	const annotPage = new Map<number, number>();
	const pageOf = new Map<number, number>();
	const pageSide = new Set<number>();
	for (const [i, page] of pages.entries()) {
		const dict = pdf.object(page);
		if (dict.type !== 'dict') continue;
		for (const annot of refs(resolve(pdf, dictEntry(dict, 'Annots')))) annotPage.set(annot, i + 1);
		const drawn = [...dict.entries].filter(([key]) => key !== 'Annots' && key !== 'Parent' && key !== 'StructParents');
		for (const number of reachable(
			pdf,
			drawn.map(([, value]) => value),
		)) {
			pageSide.add(number);
			if (!pageOf.has(number)) pageOf.set(number, i + 1);
		}
	}
	const fieldNames = new Map<number, string>();
	const form = dictEntry(catalog, 'AcroForm');
	const acroForm = isRef(form) ? form.num : undefined;
	const appearances: PdfValue[] = [];
	const walk = (number: number, prefix: string, depth: number) => {
		if (depth > 32 || fieldNames.has(number)) return;
		const field = pdf.object(number);
		const t = dictEntry(field, 'T');
		const name = t?.type === 'string' ? (prefix ? `${prefix}.${pdfStringText(t)}` : pdfStringText(t)) : prefix;
		fieldNames.set(number, name);
		const ap = dictEntry(field, 'AP');
		if (ap) appearances.push(ap);
		for (const kid of refs(dictEntry(field, 'Kids'))) walk(kid, name, depth + 1);
	};
	if (acroForm !== undefined) {
		const acro = pdf.object(acroForm);
		for (const field of refs(resolve(pdf, dictEntry(acro, 'Fields')))) walk(field, '', 0);
		const dr = dictEntry(acro, 'DR');
		if (dr) appearances.push(dr);
	}
	const appearanceOnly = new Set([...reachable(pdf, appearances)].filter((n) => !pageSide.has(n) && !fieldNames.has(n)));
	return { pdf, pages, annotPage, fieldNames, ...(acroForm === undefined ? {} : { acroForm }), appearanceOnly, pageOf };
}

const resolve = (pdf: PdfStructure, value: PdfValue | undefined): PdfValue | undefined => (isRef(value) ? pdf.object(value.num) : value);

/** What an object of the released document is, for a reader of the verdict. */
function describe(built: Built, number: number): string {
	const { pdf } = built;
	const page = built.pages.indexOf(number);
	if (page >= 0) return `page ${page + 1}'s dictionary`;
	if (number === pdf.root) return 'the catalog';
	if (number === pdf.info) return 'the document information (Info)';
	const catalog = pdf.object(pdf.root);
	const named: [string, string][] = [
		['Outlines', 'the outline (bookmarks)'],
		['StructTreeRoot', 'the structure tree (tagged PDF)'],
		['Metadata', 'the XMP metadata'],
		['Names', 'the name dictionary'],
	];
	for (const [key, what] of named) if (refs(dictEntry(catalog, key)).includes(number)) return what;
	const on = built.pageOf.get(number);
	if (on !== undefined) {
		const dict = pdf.object(built.pages[on - 1]!);
		if (refs(resolve(pdf, dictEntry(dict, 'Contents'))).includes(number) || refs(dictEntry(dict, 'Contents')).includes(number))
			return `page ${on}'s content`;
		return `object ${number} ${kind(pdf, number)}used by page ${on}'s content`;
	}
	return `object ${number} ${kind(pdf, number)}`.trimEnd();
}

const kind = (pdf: PdfStructure, number: number) => {
	const value = pdf.object(number);
	const type = dictEntry(value, 'Type') ?? dictEntry(value, 'Subtype');
	return type?.type === 'name' ? `(/${type.value}) ` : '';
};

/**
 * Checks the incremental updates after the build's revision, oldest first, against what filling in
 * and signing a form may change. The updates only ever add to the built bytes (those are hashed
 * separately), but a reader shows the newest revision, so what an update redefines is what is shown.
 * @param text the whole PDF as Latin-1
 * @param buildEnd where the build's revision ends
 * @param updates the revisions after the build's, oldest first
 */
export function checkPdfUpdates(text: string, buildEnd: number, updates: readonly PdfRevision[]): UpdateCheck {
	const result: UpdateCheck = { verdict: 'filled', fields: [], signatures: [], annotations: [], edits: [], unchecked: [] };
	const built = readBuilt(readPdfStructure(text.slice(0, buildEnd)));
	const fieldsSet = new Set<string>();
	const signed = new Set<string>();
	let before = built.pdf;
	for (const [index, update] of updates.entries()) {
		const which = updates.length === 1 ? 'the update' : `update ${index + 1}`;
		if (update.hybrid || update.unreadable) {
			const left = updates.length - index;
			result.unchecked.push(
				`${which}${left > 1 ? ` and the ${left - 1} after it` : ''}: ${update.unreadable ? `its cross-reference stream cannot be read (${update.unreadable})` : 'its trailer names a cross-reference stream besides its table (/XRefStm), which verify does not read'}`,
			);
			break;
		}
		let after: PdfStructure;
		try {
			after = readPdfStructure(text.slice(0, update.end));
		} catch (error) {
			if (!(error instanceof PdfSyntaxError)) throw error;
			result.unchecked.push(`${which} and any after it: ${error.message}`);
			break;
		}
		const existing = new Set(before.numbers);
		if (after.root !== built.pdf.root) result.edits.push(`the catalog (/Root) was replaced in ${which} after the build`);
		// A reader shows the newest trailer's /Info as the document's properties (title, subject).
		if (after.info !== before.info) {
			const other =
				after.info === undefined || before.info === undefined
					? undefined
					: infoChanges(before.object(before.info), after.object(after.info));
			if (other === undefined || other.length > 0)
				result.edits.push(
					`the document information (/Info) was ${after.info === undefined ? 'dropped from the trailer' : `replaced${other?.length ? ` (${other.map((k) => `/${k}`).join(', ')})` : ''}`} in ${which} after the build`,
				);
		}
		if (dictEntry(update.trailer, 'Encrypt')) result.edits.push(`encryption (/Encrypt) was added in ${which} after the build`);
		for (const number of update.freed)
			if (number !== 0 && existing.has(number)) result.edits.push(`${describe(built, number)} was deleted in ${which} after the build`);
		for (const number of update.defines) {
			// A new object is shown only through an object that refers to it, whose change is checked here.
			if (!existing.has(number)) continue;
			const old = before.object(number);
			const now = after.object(number);
			const data = before.streamData(number) !== after.streamData(number);
			const keys = changedKeys(old, now);
			if (keys.length === 0 && !data) continue;
			if (built.appearanceOnly.has(number)) continue;
			if (number === built.pdf.info) {
				const other = infoChanges(old, now);
				if (other.length > 0)
					result.edits.push(
						`the document information (Info)'s ${other.map((k) => `/${k}`).join(', ')} changed in ${which} after the build`,
					);
				continue;
			}
			if (built.fieldNames.has(number)) {
				const name = built.fieldNames.get(number)!;
				const other = keys.filter(
					(key) => !FIELD_KEYS.has(key) && !(key === 'Ff' && onlyReadOnly(dictEntry(old, 'Ff'), dictEntry(now, 'Ff'))),
				);
				if (other.length > 0 || data) {
					result.edits.push(
						`the field ${name}'s ${other.map((k) => `/${k}`).join(', ') || 'stream'} ${other.length === 1 ? 'was' : 'were'} changed in ${which} after the build`,
					);
					continue;
				}
				if (keys.includes('V') || keys.includes('AS')) {
					const v = dictEntry(now, 'V');
					const ft = dictEntry(now, 'FT') ?? dictEntry(fieldDict(before, now), 'FT');
					if (ft?.type === 'name' && ft.value === 'Sig') {
						if (v !== undefined && v.type !== 'null') signed.add(name);
					} else fieldsSet.add(name);
				}
				continue;
			}
			if (number === built.acroForm) {
				const other = keys.filter((key) => !ACROFORM_KEYS.has(key));
				if (other.length > 0)
					result.edits.push(`the form's ${other.map((k) => `/${k}`).join(', ')} (AcroForm) changed in ${which} after the build`);
				continue;
			}
			if (number === built.pdf.root) {
				for (const key of keys.filter((k) => !CATALOG_KEYS.has(k)))
					result.edits.push(`the catalog's /${key} was changed in ${which} after the build`);
				const form = dictEntry(now, 'AcroForm');
				if (keys.includes('AcroForm') && !(isRef(form) && form.num === built.acroForm))
					result.edits.push(`the catalog's /AcroForm was replaced in ${which} after the build`);
				continue;
			}
			const page = built.pages.indexOf(number);
			if (page >= 0 && keys.every((key) => key === 'Annots') && !data) {
				const was = refs(resolve(before, dictEntry(old, 'Annots')));
				const is = refs(resolve(after, dictEntry(now, 'Annots')));
				if (was.every((n, i) => is[i] === n)) {
					for (const added of is.slice(was.length)) {
						const subtype = dictEntry(after.object(added), 'Subtype');
						result.annotations.push({ subtype: subtype?.type === 'name' ? subtype.value : 'annotation', page: page + 1 });
					}
					continue;
				}
				result.edits.push(`page ${page + 1}'s annotations were removed or reordered in ${which} after the build`);
				continue;
			}
			const what = describe(built, number);
			result.edits.push(
				`${what}${page >= 0 ? ` (${keys.map((k) => `/${k}`).join(', ')})` : ''} was ${data ? 'replaced' : 'changed'} in ${which} after the build`,
			);
		}
		before = after;
	}
	result.fields = [...built.fieldNames.values()].filter((name, i, all) => fieldsSet.has(name) && all.indexOf(name) === i);
	result.signatures = [...built.fieldNames.values()].filter((name, i, all) => signed.has(name) && all.indexOf(name) === i);
	result.verdict =
		result.edits.length > 0 ? 'edited' : result.unchecked.length > 0 ? 'unchecked' : result.annotations.length > 0 ? 'annotated' : 'filled';
	return result;
}

/** The keys of the document information that differ, but for those a reader's save stamps (`INFO_KEYS`). */
const infoChanges = (was: PdfValue, now: PdfValue): string[] =>
	now.type === 'dict' ? changedKeys(was, now).filter((key) => !INFO_KEYS.has(key)) : ['(not a dictionary)'];

/** A widget's field: itself, or its parent (a radio box's group, where the type is). */
function fieldDict(pdf: PdfStructure, widget: PdfValue): PdfValue | undefined {
	const parent = dictEntry(widget, 'Parent');
	return isRef(parent) ? pdf.object(parent.num) : undefined;
}

function onlyReadOnly(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
	const x = a?.type === 'number' ? a.value : 0;
	const y = b?.type === 'number' ? b.value : 0;
	return Number.isInteger(x) && Number.isInteger(y) && ((x ^ y) & ~READ_ONLY) === 0;
}
