import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { formFont } from '../../src/leaflets/form-font.ts';

// The merged form fonts, read back by an independent font parser (fontkit, as PDF libraries use it).
describe('the form fonts', () => {
	// A patient's name on any form, whatever its language: German, Turkish (capital and small dotted and
	// dotless i, s and g with cedilla and breve) and Arabic, with digits and the punctuation of an address.
	it('hold every letter a name may be typed in on every form, each with a glyph of its own', () => {
		const text = 'Ayşe Öztürk, ŞAHİN Çağrı İğdır, IŞIK Ğ, Jürgen Weiß ÄÖÜ, ليلى حداد، محمد ١٢٣ 0123456789 € / - . Ahmad';
		for (const script of ['latin', 'arabic'] as const) {
			const font = fontkit.create(formFont(script).font.ttf) as unknown as {
				glyphForCodePoint: (c: number) => { id: number; advanceWidth: number };
				numGlyphs: number;
			};
			for (const c of text.replace(/\s/g, '')) {
				const glyph = font.glyphForCodePoint(c.codePointAt(0)!);
				expect(glyph.id, `${script}: ${c} (U+${c.codePointAt(0)!.toString(16)})`).not.toBe(0);
				expect(glyph.advanceWidth, `${script}: ${c}`).toBeGreaterThan(0);
			}
			expect(font.numGlyphs).toBe(formFont(script).font.advances.length);
		}
	});

	it('keep the Arabic joining forms on every form: a letter inside a word is another glyph than the letter alone', () => {
		for (const script of ['latin', 'arabic'] as const) {
			const font = fontkit.create(formFont(script).font.ttf) as unknown as {
				layout: (text: string) => { glyphs: { id: number }[] };
			};
			const alone = font.layout('ل').glyphs[0]!.id;
			const joined = font.layout('للل').glyphs.map((g) => g.id);
			expect(joined, script).toHaveLength(3);
			expect(
				joined.filter((id) => id === alone),
				script,
			).toHaveLength(0);
		}
	});
});
