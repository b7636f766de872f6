import { extractPdfText } from './extract-pdf-text.ts';
import { findMissingText, type MissingText } from './find-missing-text.ts';
import type { ExpectedText } from '../schemas/leaflet-manifest.ts';
import { skiaPdfText } from './skia-pdf-text.ts';

/**
 * What a leaflet's PDF lacks of `expected`. The fast reader of Skia's text decides when it finds
 * everything (it can lose text, not invent it); only when it misses something is the PDF read again by
 * pdf.js, whose verdict counts. So a sound leaflet costs milliseconds, and a failure is never the fast
 * reader's mistake.
 */
export async function missingLeafletText(bytes: Uint8Array, expected: ExpectedText[]): Promise<MissingText[]> {
	if (expected.length === 0) return [];
	let fast: MissingText[];
	try {
		fast = findMissingText(skiaPdfText(bytes).pages, expected);
	} catch {
		// A PDF the fast reader does not understand is pdf.js's to judge.
		fast = expected;
	}
	// The second pass is given the items as expected, not as the first pass found them missing.
	return fast.length === 0
		? []
		: findMissingText(
				await extractPdfText(bytes),
				fast.map(({ pages: _, ...item }) => item),
			);
}
