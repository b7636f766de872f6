/**
 * The PDF form of a leaflet: an AcroForm with a widget at every blank the page prints, made from what
 * Chromium wrote, as objects for an incremental update (pdf-metadata.ts appends them). The templates
 * mark every blank with a link to itself (templates/FormMarker.astro), which Chromium writes as a /Link
 * annotation with the blank's rectangle on the page it is printed on; each such annotation object is
 * rewritten as the field's widget (same object number, so it keeps its slot in the page's /Annots). The
 * running footer's blanks (patient name and date of birth on every consent page) are found by their
 * glyphs (pdf-footer-blanks.ts) and join the fields of the same name as further widgets.
 */

import { dictEntry, PdfSyntaxError, type PdfValue } from './parse-pdf-value.ts';
import { footerBlanks, type PdfRect } from './pdf-footer-blanks.ts';
import { footerFields, parseFormMarkerId, radioValues, type FormFieldKind } from './form-fields.ts';
import type { PdfStructure } from './read-pdf-structure.ts';
import { pageDicts } from './skia-pdf-text.ts';
import { pdfTextLiteral } from './pdf-text-string.ts';
import { formFont, type FormFont } from './form-font.ts';

/** What the print view's HTML says of each marker (form-markers.ts): by marker id. */
export interface FormMarkerText {
	tooltip: string;
	groupTooltip?: string | undefined;
}

export interface PdfFormOptions {
	/** The markers' tooltips, by marker id (`form~patient.name`). */
	markers: ReadonlyMap<string, FormMarkerText>;
	/** Whether the running footer prints the patient line (consent forms). */
	footer: boolean;
	dir: 'ltr' | 'rtl';
	/** The scripts typed text may be in: decides the embedded font. */
	script: 'latin' | 'arabic';
}

interface Widget {
	/** The object number: the marker's annotation object, or a new one for a footer blank. */
	number: number;
	page: number;
	rect: PdfRect;
	value?: string;
	tooltip?: string;
	/** Reading and tab order: page, then the order Chromium wrote the links in, the footer last. */
	order: number;
	/** Its key in the structure tree's parent tree, once tagged. */
	structParent?: number;
}

interface Field {
	name: string;
	kind: FormFieldKind;
	tooltip: string;
	widgets: Widget[];
}

/** The field list of a form, as the post-processing made it: for tests and `npm run verify`. */
export interface FormSummary {
	fields: { name: string; kind: FormFieldKind; widgets: number }[];
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
const rectText = (r: PdfRect) => `[${r.map(num).join(' ')}]`;
const nameText = (name: string) => `(${name})`;

/**
 * The objects of the form update: rewritten annotation, page and catalog objects and the new ones
 * (fields, appearances, font), numbered from `pdf.size`; undefined for a PDF without a marker.
 * A marker that names no field, a field marked twice, a radio box missing or a footer without its two
 * blanks is an error: the form would not be what the page prints.
 */
export function pdfFormObjects(
	pdf: PdfStructure,
	text: string,
	options: PdfFormOptions,
): { objects: Map<number, string>; size: number; summary: FormSummary } | undefined {
	const pages = pageDicts(pdf);
	const fields = new Map<string, Field>();
	let next = pdf.size;
	const objects = new Map<number, string>();
	const addedAnnots = new Map<number, number[]>();
	const field = (name: string, kind: FormFieldKind, tooltip: string) => {
		let f = fields.get(name);
		if (!f) fields.set(name, (f = { name, kind, tooltip, widgets: [] }));
		return f;
	};
	const placed = new Set<string>();
	const removed = new Set<number>();
	for (const [index, page] of pages.entries()) {
		const annots = dictEntry(page.dict, 'Annots');
		const refs = annots?.type === 'array' ? annots.items : [];
		for (const ref of refs) {
			if (ref.type !== 'ref') continue;
			const annot = pdf.object(ref.num);
			const dest = dictEntry(annot, 'Dest');
			const id = dest?.type === 'name' ? dest.value : dest?.type === 'string' ? dest.bytes : undefined;
			const marker = id === undefined ? undefined : parseFormMarkerId(id);
			if (!marker) {
				if (id?.startsWith('form~')) throw new Error(`The print view marks a blank as "${id}", which is no field of form-fields.ts.`);
				continue;
			}
			const rect = rectOf(dictEntry(annot, 'Rect'));
			// Chromium writes a link again, at full size at the top of the next page, for a blank whose box
			// reaches the foot of its page (seen: the physician's box, two lines to write on), though nothing
			// of it prints there: a blank is printed once, so a marker's first page is its place. The link
			// written again is removed from the page.
			if (placed.has(id!)) {
				removed.add(ref.num);
				continue;
			}
			placed.add(id!);
			const texts = options.markers.get(id!);
			if (!texts) throw new Error(`The PDF has a form marker "${id}" that its print view's HTML does not have.`);
			const f = field(marker.name, marker.kind, texts.groupTooltip ?? texts.tooltip);
			f.widgets.push({
				number: ref.num,
				page: index,
				rect,
				order: index * 1e6 + placed.size,
				...(marker.value ? { value: marker.value, tooltip: texts.tooltip } : {}),
			});
		}
	}
	// A print view without markers (none of this project's) gets no form.
	if (fields.size === 0) return undefined;
	for (const [index, page] of pages.entries()) {
		if (options.footer) {
			const height = mediaHeight(pdf, page.dict);
			// The footer lies in the page's bottom margin, the lowest sixth of an A4 page at most.
			const blanks = footerBlanks(pdf, page, height / 6, options.dir);
			// A page without the patient line (hidden by CSS, cut off) fails the build's text check after
			// this, which names the page and what is missing: no widget to place here, and no error of ours.
			if (blanks.length === 0) continue;
			if (blanks.length !== footerFields.length)
				throw new Error(
					`Page ${index + 1} of the PDF shows ${blanks.length} blanks in its footer's patient line, expected ${footerFields.length} (name, date of birth).`,
				);
			for (const [k, name] of footerFields.entries()) {
				const existing = fields.get(name);
				if (!existing) throw new Error(`The footer prints a blank for ${name}, which the page itself never marks.`);
				const number = next++;
				existing.widgets.push({ number, page: index, rect: blanks[k]!, order: index * 1e6 + 5e5 + k });
				addedAnnots.set(page.number, [...(addedAnnots.get(page.number) ?? []), number]);
			}
		}
	}
	for (const f of fields.values()) {
		const values = radioValues(f.name);
		if (f.kind === 'radio') {
			const got = f.widgets.map((w) => w.value).join(',');
			if (got !== values!.join(','))
				throw new Error(`Radio group ${f.name} has the boxes ${got || 'none'} in the PDF, expected ${values!.join(',')}.`);
		}
	}

	const font = formFont(options.script);
	const fontNumber = next++;
	const fontObjects = font.objects(fontNumber, () => next++);
	for (const [n, body] of fontObjects) objects.set(n, body);
	const zapf = next++;
	objects.set(zapf, '<</Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats>>');
	const empty = next++;
	objects.set(empty, stream('<</Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources <<>>', ''));
	const acroForm = next++;
	const tagged = tagWidgets(
		pdf,
		text,
		[...fields.values()].flatMap((f) => f.widgets),
		pages.map((p) => p.number),
		() => next++,
	);
	for (const [n, body] of tagged) objects.set(n, body);
	const pageNumbers = pages.map((p) => p.number);
	const topLevel: number[] = [];
	for (const f of fields.values()) {
		const shared = fieldEntries(f, font, options.dir);
		if (f.widgets.length === 1 && f.kind !== 'radio') {
			const w = f.widgets[0]!;
			objects.set(w.number, `<<${shared}\n${widgetEntries(f, w, pageNumbers, empty, zapf, () => next++, objects)}>>`);
			topLevel.push(w.number);
			continue;
		}
		const parent = next++;
		for (const w of f.widgets)
			objects.set(
				w.number,
				`<</Parent ${parent} 0 R /TU ${pdfTextLiteral(w.tooltip ?? f.tooltip)}\n${widgetEntries(f, w, pageNumbers, empty, zapf, () => next++, objects)}>>`,
			);
		objects.set(parent, `<<${shared}\n/Kids [${f.widgets.map((w) => `${w.number} 0 R`).join(' ')}]>>`);
		topLevel.push(parent);
	}
	objects.set(
		acroForm,
		`<</Fields [${topLevel.map((n) => `${n} 0 R`).join(' ')}]\n/DR <</Font <</${font.name} ${fontNumber} 0 R /ZaDb ${zapf} 0 R>>>>\n/DA (/${font.name} 0 Tf 0 g)>>`,
	);

	// Pages: the footer's widgets join /Annots, and tab order follows the structure (/Tabs /S).
	for (const page of pages) {
		const added = addedAnnots.get(page.number) ?? [];
		const dict = page.dict;
		if (dict.type !== 'dict') throw new PdfSyntaxError(`page ${page.number} 0 R is not a dictionary`, dict.start);
		const annots = dictEntry(dict, 'Annots');
		const kept = annots?.type === 'array' ? annots.items.filter((a) => !(a.type === 'ref' && removed.has(a.num))) : [];
		const changed = added.length > 0 || (annots?.type === 'array' && kept.length < annots.items.length);
		const hasWidget = added.length > 0 || [...fields.values()].some((f) => f.widgets.some((w) => pageNumbers[w.page] === page.number));
		if (!hasWidget && !changed) continue;
		const tabs = dictEntry(dict, 'Tabs');
		const edits: { start: number; end: number; text: string }[] = [];
		const refs = `[${[...kept.map((a) => text.slice(a.start, a.end)), ...added.map((n) => `${n} 0 R`)].join(' ')}]`;
		if (annots?.type === 'array' && changed) edits.push({ start: annots.start, end: annots.end, text: refs });
		else if (annots === undefined && changed) edits.push({ start: dict.end - 2, end: dict.end - 2, text: `\n/Annots ${refs}` });
		else if (annots !== undefined && annots.type !== 'array' && changed)
			throw new PdfSyntaxError(`the /Annots of page ${page.number} 0 R is not an array`, annots.start);
		if (tabs === undefined) edits.push({ start: dict.end - 2, end: dict.end - 2, text: '\n/Tabs /S' });
		else if (tabs.type === 'name' && tabs.value !== 'S') edits.push({ start: tabs.start, end: tabs.end, text: '/S' });
		if (edits.length > 0) objects.set(page.number, splice(text, dict.start, dict.end, edits));
	}
	const catalog = pdf.object(pdf.root);
	if (catalog.type !== 'dict') throw new PdfSyntaxError('the catalog is not a dictionary', catalog.start);
	// Each marker, a link to itself, made Chromium write a named destination for it: they go with the links.
	const dests = dictEntry(catalog, 'Dests');
	const destsDict = dests?.type === 'ref' ? pdf.object(dests.num) : undefined;
	if (dests?.type === 'ref' && destsDict?.type === 'dict') {
		const kept = [...destsDict.entries].filter(([name]) => parseFormMarkerId(name) === undefined);
		if (kept.length < destsDict.entries.size)
			objects.set(dests.num, `<<${kept.map(([name, value]) => `${nameToken(name)} ${text.slice(value.start, value.end)}`).join('\n')}>>`);
	}
	if (dictEntry(catalog, 'AcroForm')) throw new PdfSyntaxError('the catalog already has an /AcroForm', catalog.start);
	objects.set(
		pdf.root,
		splice(text, catalog.start, catalog.end, [{ start: catalog.end - 2, end: catalog.end - 2, text: `\n/AcroForm ${acroForm} 0 R` }]),
	);
	return {
		objects,
		size: next,
		summary: { fields: [...fields.values()].map((f) => ({ name: f.name, kind: f.kind, widgets: f.widgets.length })) },
	};
}

/** The field's own entries: type, name, tooltip, flags, default appearance, value. */
function fieldEntries(f: Field, font: FormFont, dir: 'ltr' | 'rtl'): string {
	const common = `/T ${nameText(f.name)} /TU ${pdfTextLiteral(f.tooltip)}`;
	// Typed text starts where the form's lines start: at the right in a right-to-left form (/Q 2).
	const align = dir === 'rtl' ? ' /Q 2' : '';
	switch (f.kind) {
		case 'text':
			return `/FT /Tx ${common}${align} /DA (/${font.name} 0 Tf 0 g)`;
		case 'multiline':
			// Multiline (bit 13), in the leaflet's text size: a size of 0 (fit) made one typed word 30 pt high.
			return `/FT /Tx ${common}${align} /Ff 4096 /DA (/${font.name} 10 Tf 0 g)`;
		case 'checkbox':
			return `/FT /Btn ${common} /V /Off /DA (/ZaDb 0 Tf 0 g)`;
		case 'radio':
			// Radio (bit 16) and NoToggleToOff (bit 15): one box of the group is chosen, like a ticked box on paper.
			return `/FT /Btn ${common} /Ff 49152 /V /Off /DA (/ZaDb 0 Tf 0 g)`;
		case 'signature':
			return `/FT /Sig ${common}`;
	}
}

/** A widget's entries: where it is, and how it looks (empty when not filled, a check mark when ticked). */
function widgetEntries(
	f: Field,
	w: Widget,
	pages: number[],
	empty: number,
	zapf: number,
	allocate: () => number,
	objects: Map<number, string>,
): string {
	const tag = w.structParent === undefined ? '' : ` /StructParent ${w.structParent}`;
	const base = `/Type /Annot /Subtype /Widget /Rect ${rectText(w.rect)} /P ${pages[w.page]} 0 R /F 4${tag}`;
	if (f.kind !== 'checkbox' && f.kind !== 'radio') return `${base} /AP <</N ${empty} 0 R>>`;
	const on = f.kind === 'radio' ? w.value! : 'Yes';
	// Boxes of one size share their check mark's appearance.
	const appearance = checkAppearance(w.rect, zapf);
	let check = [...objects].find(([, body]) => body === appearance)?.[0];
	if (check === undefined) objects.set((check = allocate()), appearance);
	return `${base} /AS /Off /MK <</CA (4)>>\n/AP <</N <</${on} ${check} 0 R /Off ${empty} 0 R>> /D <</${on} ${check} 0 R /Off ${empty} 0 R>>>>`;
}

/** A ZapfDingbats check mark (✔, "4") centred in the box. */
function checkAppearance(rect: PdfRect, zapf: number): string {
	const w = rect[2] - rect[0];
	const h = rect[3] - rect[1];
	const size = 0.8 * Math.min(w, h);
	// The glyph is 0.846 em wide and about 0.7 em high in ZapfDingbats.
	const content = `q 0 g BT /ZaDb ${num(size)} Tf ${num((w - 0.846 * size) / 2)} ${num((h - 0.7 * size) / 2)} Td (4) Tj ET Q`;
	return stream(`<</Type /XObject /Subtype /Form /BBox [0 0 ${num(w)} ${num(h)}] /Resources <</Font <</ZaDb ${zapf} 0 R>>>>`, content);
}

/**
 * The widgets in the tagged structure (PDF/UA: every widget in a /Form element): one /Form element per
 * widget, in reading order at the end of the document element (Chromium does not tag the links the
 * widgets replace, so they have no place of their own), each widget's /StructParent key in the parent
 * tree. Sets `structParent` on the widgets; returns the new and rewritten objects. A structure tree not
 * shaped as Chromium writes it (one document element, a flat parent tree) is left as it is.
 */
function tagWidgets(pdf: PdfStructure, text: string, widgets: Widget[], pages: number[], allocate: () => number): Map<number, string> {
	const objects = new Map<number, string>();
	const rootRef = dictEntry(pdf.object(pdf.root), 'StructTreeRoot');
	if (rootRef?.type !== 'ref') return objects;
	const root = pdf.object(rootRef.num);
	const documentRef = dictEntry(root, 'K');
	const treeRef = dictEntry(root, 'ParentTree');
	const nextKey = dictEntry(root, 'ParentTreeNextKey');
	if (documentRef?.type !== 'ref' || treeRef?.type !== 'ref' || nextKey?.type !== 'number') return objects;
	const document = pdf.object(documentRef.num);
	const kids = dictEntry(document, 'K');
	const tree = pdf.object(treeRef.num);
	const nums = dictEntry(tree, 'Nums');
	if (kids?.type !== 'array' || nums?.type !== 'array') return objects;
	const ordered = [...widgets].sort((a, b) => a.order - b.order);
	const elements = ordered.map((w, i) => {
		w.structParent = nextKey.value + i;
		const element = allocate();
		const page = `${pages[w.page]} 0 R`;
		objects.set(
			element,
			`<</Type /StructElem /S /Form /P ${documentRef.num} 0 R /Pg ${page} /K <</Type /OBJR /Obj ${w.number} 0 R /Pg ${page}>>>>`,
		);
		return element;
	});
	const insert = (value: PdfValue, added: string) => ({ start: value.end - 1, end: value.end - 1, text: ` ${added}` });
	objects.set(documentRef.num, splice(text, document.start, document.end, [insert(kids, elements.map((n) => `${n} 0 R`).join(' '))]));
	objects.set(
		treeRef.num,
		splice(text, tree.start, tree.end, [insert(nums, elements.map((n, i) => `${nextKey.value + i} ${n} 0 R`).join(' '))]),
	);
	objects.set(
		rootRef.num,
		splice(text, root.start, root.end, [{ start: nextKey.start, end: nextKey.end, text: String(nextKey.value + elements.length) }]),
	);
	return objects;
}

/** A name as PDF syntax: `/` and the name, each byte outside the regular characters written as #xx. */
function nameToken(name: string): string {
	return `/${name.replace(/[^!-~]|[()<>[\]{}/%#]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

function stream(dict: string, content: string): string {
	return `${dict} /Length ${content.length}>>\nstream\n${content}\nendstream`;
}

function rectOf(value: PdfValue | undefined): PdfRect {
	const items = value?.type === 'array' ? value.items : [];
	const n = items.map((v) => (v.type === 'number' ? v.value : NaN));
	if (n.length !== 4 || n.some(Number.isNaN)) throw new PdfSyntaxError('a link annotation has no /Rect of four numbers', value?.start ?? 0);
	return [Math.min(n[0]!, n[2]!), Math.min(n[1]!, n[3]!), Math.max(n[0]!, n[2]!), Math.max(n[1]!, n[3]!)];
}

function mediaHeight(pdf: PdfStructure, dict: PdfValue): number {
	const box = dictEntry(dict, 'MediaBox');
	const resolved = box?.type === 'ref' ? pdf.object(box.num) : box;
	const items = resolved?.type === 'array' ? resolved.items : [];
	const y = items.map((v) => (v.type === 'number' ? v.value : NaN));
	if (y.length !== 4 || y.some(Number.isNaN)) throw new PdfSyntaxError('a page has no /MediaBox of four numbers', dict.start);
	return Math.abs(y[3]! - y[1]!);
}

/** The object's text with insertions or replacements at absolute offsets (ascending, not overlapping). */
function splice(text: string, start: number, end: number, edits: { start: number; end: number; text: string }[]): string {
	let out = '';
	let at = start;
	for (const e of [...edits].sort((a, b) => a.start - b.start)) {
		out += text.slice(at, e.start) + e.text;
		at = e.end;
	}
	return out + text.slice(at, end);
}
