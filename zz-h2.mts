import { PDFDocument } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
	const doc = await PDFDocument.load(readFileSync(f));
	const pages = doc.getPages();
	for (const name of ['notes.patient', 'notes.physician']) {
		const field = doc.getForm().getField(name);
		for (const w of field.acroField.getWidgets()) {
			const r = w.getRectangle();
			const i = pages.findIndex((p) => p.ref === w.P());
			console.log(f.replace('dist/', ''), name, 'p', i + 1, '/', pages.length, 'y', r.y.toFixed(1), 'h', r.height.toFixed(1));
		}
	}
}
