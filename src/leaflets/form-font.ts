/** The font of a form's typed text, for the AcroForm's /DR and every field's /DA. */
export interface FormFont {
	/** Its resource name in /DR. */
	name: string;
	/** Its objects: the font dictionary as `first`, further objects (font file, widths) from `allocate`. */
	objects: (first: number, allocate: () => number) => Map<number, string>;
}

export function formFont(script: 'latin' | 'arabic'): FormFont {
	void script;
	return {
		name: 'Helv',
		objects: (first) => new Map([[first, '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>']]),
	};
}
