import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
const heights = new Map<string, Set<string>>();
for (const f of process.argv.slice(2)) {
	const doc = await PDFDocument.load(readFileSync(f));
	const pages = doc.getPages();
	for (const field of doc.getForm().getFields()) {
		for (const w of field.acroField.getWidgets()) {
			const r = w.getRectangle();
			const pageIndex = pages.findIndex((p) => p.ref === w.P());
			const key = field.getName();
			const h = r.height.toFixed(1);
			if (!heights.has(key)) heights.set(key, new Set());
			heights.get(key)!.add(h);
			const ph = pages[pageIndex]?.getHeight() ?? 0;
			if (r.y < 40 || r.y + r.height > ph - 30) console.log('NEAR EDGE', f, key, 'page', pageIndex + 1, JSON.stringify(r));
		}
	}
}
for (const [k, v] of heights) if (v.size > 1 || k.startsWith('notes')) console.log(k, [...v].join(' '));
