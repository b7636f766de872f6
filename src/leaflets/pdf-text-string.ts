/** A PDF text string: UTF-16BE with byte order mark, hex-encoded (safe for any character). */
export function pdfText(value: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return `<${hex}>`;
}

/**
 * A PDF text string as a literal, at its shortest: PDFDocEncoding (one byte a character) when every
 * character is printable Latin-1, where the two encodings agree; otherwise UTF-16BE with byte order
 * mark. Bytes that would end the string or change meaning (parentheses, backslash, a carriage return,
 * which a reader turns into a line feed) are escaped. For the form's many tooltips: hex UTF-16 took four
 * bytes a character, a quarter of a leaflet's size.
 */
export function pdfTextLiteral(value: string): string {
	const latin = [...value].every((c) => (c >= ' ' && c <= '~') || (c >= '\u00a1' && c <= '\u00ff'));
	let bytes = latin ? value : '\xfe\xff';
	if (!latin) for (let i = 0; i < value.length; i++) bytes += String.fromCharCode(value.charCodeAt(i) >> 8, value.charCodeAt(i) & 0xff);
	return `(${bytes.replace(/[()\\\r]/g, (c) => (c === '\r' ? '\\r' : `\\${c}`))})`;
}
