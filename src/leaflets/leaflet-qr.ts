import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

/**
 * QR code as SVG, 15 mm square: large enough for phone cameras at reading distance, with its quiet zone.
 * Made once per address: an article's consent form, aftercare sheet and bilingual form share theirs.
 */
export function leafletQrSvg(url: string): Promise<string> {
	let svg = made.get(url);
	if (!svg) {
		svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }).then(
			(text) => text.replace('<svg ', '<svg width="15mm" height="15mm" '),
		);
		made.set(url, svg);
	}
	return svg;
}
