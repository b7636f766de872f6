import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { formFont } from '../../src/leaflets/form-font.ts';

// The merged form fonts, read back by an independent font parser (fontkit, as PDF libraries use it).
describe('the form fonts', () => {
	it('hold every letter the forms may be typed in, each with a glyph of its own', () => {
		const cases = {
			latin: 'Ayşe Öztürk, Çağrı İğdır, Jürgen Weiß, 0123456789 € / - .',
			arabic: 'ليلى حداد، محمد ١٢٣ 0123456789 Ahmad',
		} as const;
		for (const [script, text] of Object.entries(cases) as [keyof typeof cases, string][]) {
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

	it('keeps the Arabic joining forms: a letter inside a word is another glyph than the letter alone', () => {
		const font = fontkit.create(formFont('arabic').font.ttf) as unknown as {
			layout: (text: string) => { glyphs: { id: number }[] };
		};
		const alone = font.layout('ل').glyphs[0]!.id;
		const joined = font.layout('للل').glyphs.map((g) => g.id);
		expect(joined).toHaveLength(3);
		expect(joined.filter((id) => id === alone)).toHaveLength(0);
	});
});
