// A physician's triage rules over the real German sources (the translations carry the same actions:
// compare-translations checks that). Time-critical signs must send the patient to 112 at once, never
// to the practice or the on-call service 116117, which answer too slowly for them.
import { describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/content/list-articles.ts';
import { loadArticleFile } from '../../src/content/load-articles.ts';

const sources = listArticleFiles('content')
	.filter((file) => file.includes('/articles/de/'))
	.map((file) => ({ file, data: loadArticleFile(file).article!.data }));

// Each names a class of time-critical sign in the words the German sources use for it.
const timeCritical: Record<string, RegExp> = {
	'breathing difficulty': /Atemnot|Atmen|pfeifend/,
	'difficulty swallowing': /Schlucken/,
	'chest pain': /Brust/,
	'loss of consciousness or fainting': /Bewusstlos|Ohnmacht/,
	'signs of stroke': /Lähmung|Sprachstörung|Mundwinkel/,
	'sudden visual loss': /Sehverlust|Sehstörung/,
	'high fever with chills': /Schüttelfrost|hohes Fieber/i,
	'skin turning pale or blue (blocked vessel)': /blass|bläulich/,
	'fast-growing swelling': /Schwellung[^.]*(schnell|rasch)|(schnell|rasch)[^.]*Schwellung/,
	'swelling of face, lips, tongue or throat': /Schwellung[^.]*(Gesicht|Lippen|Zunge|Hals)|(Gesicht|Lippen|Zunge|Hals)[^.]*Schwellung/,
	'signs of red-cell breakdown (haemolysis)': /bräunlicher Urin|gelbliche Haut/,
};

describe('warning-sign triage (German sources)', () => {
	it('finds the German sources', () => {
		expect(sources.length).toBeGreaterThanOrEqual(3);
	});

	for (const { file, data } of sources) {
		it(`${file}: every time-critical sign is routed to the emergency number`, () => {
			const misrouted = data.warningSigns.flatMap((w) =>
				Object.entries(timeCritical)
					.filter(([, pattern]) => pattern.test(w.sign) && w.action !== 'emergency')
					.map(([name]) => `${name}: "${w.sign}" → ${w.action}`),
			);
			expect(misrouted).toEqual([]);
		});

		// Every treatment here puts a needle or a drip into the body: each can cause an allergic
		// reaction up to anaphylaxis and an infection that spreads into the blood.
		it(`${file}: names allergic swelling and high fever with chills as emergency signs`, () => {
			const emergency = data.warningSigns.filter((w) => w.action === 'emergency').map((w) => w.sign);
			expect(
				emergency.some((s) => timeCritical['swelling of face, lips, tongue or throat']!.test(s)),
				'allergic swelling of face, lips, tongue or throat',
			).toBe(true);
			expect(
				emergency.some((s) => /Schüttelfrost/.test(s)),
				'high fever with chills',
			).toBe(true);
		});
	}
});
