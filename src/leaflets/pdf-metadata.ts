import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export interface PdfMetadata {
	title: string;
	author: string;
	subject: string;
	keywords: string[];
	/** BCP 47 language of the text, e.g. `de`. */
	language: string;
	/** Creation and modification date: the document's issue date, so the same content gives the same bytes. */
	date: Date;
	creator: string;
	/** The document's headings in order, as the page shows them, to repair outline titles. */
	headings?: string[];
}

/**
 * Sets the document information and catalog language that Chromium does not write (author, subject,
 * keywords, language) and replaces its wall-clock dates. The tagged structure and the outline
 * Chromium made are kept as they are. Returns the new bytes and the page count.
 */
export async function setPdfMetadata(bytes: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
	// Parse and save in one go: pdf-lib otherwise yields to the event loop every 100 objects.
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
	pdf.setTitle(meta.title, { showInWindowTitleBar: true });
	pdf.setAuthor(meta.author);
	pdf.setSubject(meta.subject);
	pdf.setKeywords(meta.keywords);
	pdf.setLanguage(meta.language);
	pdf.setCreator(meta.creator);
	pdf.setProducer('Chromium (Skia/PDF) and pdf-lib');
	pdf.setCreationDate(meta.date);
	pdf.setModificationDate(meta.date);
	if (meta.headings) repairOutlineTitles(pdf, meta.headings);
	return { bytes: normalizeStructureIds(await pdf.save({ useObjectStreams: false, objectsPerTick: Infinity })), pages: pdf.getPageCount() };
}

/**
 * Chromium names the structure elements of table cells after DOM node ids (`(node00000074)`), which
 * depend on what the browser did before: two renders of the same page differ. The ids are renumbered
 * in their original order, with the same length, so references and the xref offsets stay valid and the
 * same content always gives the same bytes.
 */
export function normalizeStructureIds(bytes: Uint8Array): Uint8Array {
	const text = Buffer.from(bytes).toString('latin1');
	const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => m[1]!))].sort();
	if (ids.length === 0) return bytes;
	const renumbered = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
	return Buffer.from(text.replace(/\(node(\d{8})\)/g, (_, id: string) => `(node${renumbered.get(id)})`), 'latin1');
}

/**
 * Chromium builds outline titles from the laid-out lines of a heading: it drops the space where a long
 * heading wraps ("und chronischen" becomes "undchronischen") and, in right-to-left text, puts the words
 * in visual order. Each outline title is replaced by the heading it was made from: the one with the same
 * letters (order and spaces aside).
 */
export function repairOutlineTitles(pdf: PDFDocument, headings: string[]): void {
	const letters = (text: string) => [...text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')].sort().join('');
	const counts = new Map<string, number>();
	for (const h of headings) counts.set(letters(h), (counts.get(letters(h)) ?? 0) + 1);
	// Headings with the same letters (rare) are left as Chromium wrote them rather than guessed.
	const bySquashed = new Map(headings.filter((h) => counts.get(letters(h)) === 1).map((h) => [letters(h), h]));
	const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	const visit = (item: PDFDict | undefined) => {
		for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
			const title = node.lookup(PDFName.of('Title'));
			if (title instanceof PDFString || title instanceof PDFHexString) {
				const fixed = bySquashed.get(letters(title.decodeText()));
				if (fixed) node.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
			}
			visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
		}
	};
	visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}
