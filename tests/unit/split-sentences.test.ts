import { describe, expect, it } from 'vitest';
import { extractSections } from '../../src/content/extract-sections.ts';
import { proseSentences } from '../../src/content/prose-sentences.ts';
import { splitSentences } from '../../src/content/split-sentences.ts';

const split = (text: string, lang: string) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitting prose into sentences', () => {
	it('does not end a German sentence after an abbreviation, an ordinal (one or two digits) or inside a decimal', () => {
		expect(split('Sie bekommen z. B. eine Spritze. Am 3. Tag ist es besser! Dr. Berger misst ca. 1,5 ml ab, d. h. wenig.', 'de')).toEqual([
			'Sie bekommen z. B. eine Spritze.',
			'Am 3. Tag ist es besser!',
			'Dr. Berger misst ca. 1,5 ml ab, d. h. wenig.',
		]);
		expect(split('Ab dem 18. Lebensjahr. Rufen Sie die 112. Danach seit 2024. Ende.', 'de')).toEqual([
			'Ab dem 18. Lebensjahr.',
			'Rufen Sie die 112.',
			'Danach seit 2024.',
			'Ende.',
		]);
		expect(split('Bitte bzw. wenn nötig ggf. Prof. Dr. med. Weber fragen. Danach usw. Ende.', 'de')).toEqual([
			'Bitte bzw. wenn nötig ggf. Prof. Dr. med. Weber fragen.',
			'Danach usw. Ende.',
		]);
	});

	it('does not end an English sentence after e.g., i.e., Dr. or inside 1.5, but does after a figure', () => {
		expect(split('Use e.g. a cold pack. Dr. Smith gives 1.5 ml. Is it safe? Yes, i.e. mostly. Call on day 3. Then rest', 'en')).toEqual([
			'Use e.g. a cold pack.',
			'Dr. Smith gives 1.5 ml.',
			'Is it safe?',
			'Yes, i.e. mostly.',
			'Call on day 3.',
			'Then rest',
		]);
	});

	it('handles Turkish ordinals and abbreviations', () => {
		expect(split('Tedavi 3. gün biter. Dr. Yılmaz anlatır, örn. ağrıyı. İyi mi? Evet.', 'tr')).toEqual([
			'Tedavi 3. gün biter.',
			'Dr. Yılmaz anlatır, örn. ağrıyı.',
			'İyi mi?',
			'Evet.',
		]);
	});

	it('ends an Arabic sentence at ؟ and a full stop, never at the Arabic comma', () => {
		expect(split('هل العلاج مؤلم؟ نعم، قليلا. بعد ذلك تعود إلى البيت', 'ar')).toEqual([
			'هل العلاج مؤلم؟',
			'نعم، قليلا.',
			'بعد ذلك تعود إلى البيت',
		]);
	});

	it('keeps closing quotes with their sentence and does not end before a word in lower case', () => {
		expect(split('It is "safe." Then go… and rest.', 'en')).toEqual(['It is "safe."', 'Then go… and rest.']);
	});
});

describe('the prose of an article', () => {
	const body = [
		'## Überblick {#overview}',
		'',
		'Erster Satz hier. Zweiter *Satz* mit',
		'einer zweiten Zeile. Dritter.',
		'',
		'| Tabelle. | Zelle. |',
		'| --- | --- |',
		'| Nicht. | Gelesen. |',
		'',
		'```',
		'Code. Auch nicht.',
		'```',
		'',
		'- Punkt eins',
		'- Punkt zwei. Noch ein Satz.',
		'- Punkt drei geht',
		'  weiter. Und endet.',
		'',
		'> Zitat im Text.',
		'',
		'### Unterüberschrift ohne Satz',
		'',
		'Ein Bild ![Alt. Text.](/a.png) fehlt[^1].',
		'',
		'[^1]: Eine Quelle. Nicht gelesen.',
	].join('\n');

	it('is its paragraphs and list items, sentence by sentence, at their line and column in the file', () => {
		const { sections } = extractSections(body, 10);
		expect(proseSentences(sections, body, 'de', 10)).toEqual([
			{ text: 'Erster Satz hier.', line: 13, column: 1 },
			{ text: 'Zweiter Satz mit einer zweiten Zeile.', line: 13, column: 19 },
			{ text: 'Dritter.', line: 14, column: 22 },
			{ text: 'Punkt eins', line: 24, column: 3 },
			{ text: 'Punkt zwei.', line: 25, column: 3 },
			{ text: 'Noch ein Satz.', line: 25, column: 15 },
			{ text: 'Punkt drei geht weiter.', line: 26, column: 3 },
			// On the item's second line, after its indentation.
			{ text: 'Und endet.', line: 27, column: 11 },
			{ text: 'Zitat im Text.', line: 29, column: 3 },
			{ text: 'Ein Bild fehlt.', line: 33, column: 1 },
		]);
	});
});
