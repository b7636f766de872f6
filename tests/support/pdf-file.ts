/**
 * A small classic PDF (xref table, trailer) from raw object bodies, shaped like Skia's: object i + 1 is
 * `objects[i]`. For post-processing tests that need PDF syntax Chromium would never write on purpose.
 */
export function pdfFile(objects: string[], trailer: string): string {
	let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
	const offsets = objects.map((body, i) => {
		const at = out.length;
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
		return at;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
	return `${out}trailer\n<<${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
}

/**
 * A one-page tagged-looking PDF with an outline: one top item (the document title) whose children have
 * the given raw title tokens, e.g. `(Risks)` or `<FEFF0041>`. Objects: 1 catalog, 2 pages, 3 page,
 * 4 outlines, 5 info, 6 the top item, 7… the children in order.
 */
export function outlinePdf(
	titles: string[],
	options: { lang?: string; next?: (i: number) => string | undefined; extra?: string[] } = {},
): string {
	const children = titles.map((title, i) => {
		const prev = i > 0 ? `\n/Prev ${7 + i - 1} 0 R` : '';
		const next = options.next?.(i) ?? (i + 1 < titles.length ? `\n/Next ${7 + i + 1} 0 R` : '');
		return `<</Title ${title}\n/Dest [3 0 R /XYZ 70 700 0]\n/Parent 6 0 R${prev}${next}>>`;
	});
	const objects = [
		`<</Type /Catalog\n/Pages 2 0 R\n/Outlines 4 0 R\n/Lang (${options.lang ?? 'en'})>>`,
		'<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>',
		'<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>',
		'<</Type /Outlines\n/First 6 0 R\n/Last 6 0 R\n/Count 1>>',
		"<</Creator (Chromium)\n/CreationDate (D:20261201204000+00'00')\n/ModDate (D:20261201204000+00'00')>>",
		`<</Title (Document)\n/Parent 4 0 R${titles.length ? `\n/First 7 0 R\n/Last ${6 + titles.length} 0 R` : ''}>>`,
		...children,
		...(options.extra ?? []),
	];
	return pdfFile(objects, `/Size ${objects.length + 1}\n/Root 1 0 R\n/Info 5 0 R`);
}
