import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';

export interface PdfFacts {
	pages: string[];
	/** All text with whitespace folded, for phrase checks across line breaks. */
	flat: string;
	info: Record<string, unknown>;
	tagged: boolean;
	outline: string[];
}

/** Reads a PDF's text per page, its document information, whether it is tagged, and its outline titles. */
export async function readPdf(path: string): Promise<PdfFacts> {
	const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
	try {
		const { text } = await extractText(pdf, { mergePages: false });
		const { info } = await getMeta(pdf);
		const mark = await pdf.getMarkInfo();
		const outline = (await pdf.getOutline()) ?? [];
		type Item = { title: string; items?: Item[] };
		const titles = (items: Item[]): string[] => items.flatMap((item) => [item.title, ...titles(item.items ?? [])]);
		return {
			pages: text,
			flat: fold(text.join(' ')),
			info: info as Record<string, unknown>,
			tagged: Boolean(mark?.Marked),
			outline: titles(outline),
		};
	} finally {
		await pdf.destroy();
	}
}

/** Folds whitespace and soft hyphenation so a phrase matches however the PDF broke its lines. */
export function fold(text: string): string {
	return text
		.replace(/\u00ad/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}
