import QRCode from 'qrcode';

/** QR code as SVG, 15 mm square: large enough for phone cameras at reading distance, with its quiet zone. */
export async function leafletQrSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
	return svg.replace('<svg ', '<svg width="15mm" height="15mm" ');
}
