import { PDFDocument } from 'pdf-lib';

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
}

/**
 * Sets the document information and catalog language that Chromium does not write (author, subject,
 * keywords, language) and replaces its wall-clock dates. The tagged structure and the outline
 * Chromium made are kept as they are. Returns the new bytes and the page count.
 */
export async function setPdfMetadata(bytes: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
	pdf.setTitle(meta.title, { showInWindowTitleBar: true });
	pdf.setAuthor(meta.author);
	pdf.setSubject(meta.subject);
	pdf.setKeywords(meta.keywords);
	pdf.setLanguage(meta.language);
	pdf.setCreator(meta.creator);
	pdf.setProducer('Chromium (Skia/PDF) and pdf-lib');
	pdf.setCreationDate(meta.date);
	pdf.setModificationDate(meta.date);
	return { bytes: await pdf.save({ useObjectStreams: false }), pages: pdf.getPageCount() };
}
