import { describe, expect, it } from 'vitest';
import { frontmatterProse, labelFields, proseFields, schemaTextFields } from '../../src/content/frontmatter-prose.ts';
import { fieldLocator } from '../../src/content/parse-yaml.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

describe('which frontmatter fields are scored as prose', () => {
	it('are the listed prose fields; every other text field of the schema is a label, so a new field needs a decision here', () => {
		expect(schemaTextFields()).toEqual(expect.arrayContaining([...proseFields]));
		expect(labelFields()).toEqual([
			'key',
			'slug',
			'title',
			'version',
			'issued',
			'reviewedBy',
			'reviewed',
			'facts.sessionLength',
			'facts.sessions',
			'facts.downtime',
			'facts.anaesthesia',
			'alternatives[].name',
			'afterEffects[].lasts',
			'aftercare[].window',
			'faq[].question',
			'sources[].title',
			'sources[].publisher',
			'sources[].url',
			'translation.from',
			'translation.sourceHash',
			'translation.acknowledgeStale',
		]);
	});

	it('reads a risk as one sentence of name and detail, splits values into sentences, and places each in the field and at the offset it starts', () => {
		const data = {
			title: 'Not prose',
			description: 'First sentence here. Second one.',
			facts: { sessions: '3 to 5 sessions', costs: { note: 'Per session. Refreshers cost extra.' } },
			consent: { minimumAge: 18, undertakings: ['An adult takes me home.'] },
			risks: [
				{ name: 'Bruising', frequency: 'common', detail: 'more likely under the eyes. Fades in 2 weeks' },
				{ name: 'Redness', frequency: 'common' },
			],
			contraindications: ['Are you pregnant?'],
			faq: [{ question: 'Does it hurt?', answer: 'A little.' }],
		} as unknown as ArticleData;
		expect(frontmatterProse(data, 'en')).toEqual([
			{ text: 'First sentence here.', field: ['description'], offset: 0 },
			{ text: 'Second one.', field: ['description'], offset: 21 },
			{ text: 'Per session.', field: ['facts', 'costs', 'note'], offset: 0 },
			{ text: 'Refreshers cost extra.', field: ['facts', 'costs', 'note'], offset: 13 },
			{ text: 'An adult takes me home.', field: ['consent', 'undertakings', 0], offset: 0 },
			{ text: 'Bruising: more likely under the eyes.', field: ['risks', 0, 'name'], offset: 0 },
			{ text: 'Fades in 2 weeks', field: ['risks', 0, 'detail'], offset: 28 },
			{ text: 'Redness', field: ['risks', 1, 'name'], offset: 0 },
			{ text: 'Are you pregnant?', field: ['contraindications', 0], offset: 0 },
			{ text: 'A little.', field: ['faq', 0, 'answer'], offset: 0 },
		]);
	});
});

describe('the position of a character of a frontmatter value', () => {
	const yaml = [
		'plain: First one. Second one.',
		'list:',
		'  - Are you pregnant? Or breastfeeding?',
		'quoted: "Say \\"no\\". Then stop."',
		"single: 'It''s fine. Really.'",
		'folded: >',
		'  Line one goes on',
		'  over two lines. Next sentence.',
		'wrapped: a plain value that',
		'  wraps. Here it is.',
		'',
	].join('\n');
	// One line before the YAML, as after a frontmatter's `---`.
	const locate = fieldLocator(yaml, 1);

	it('is its line and column on a value of one line, plain or in a list', () => {
		expect(locate(['plain'], 11)).toEqual({ line: 2, column: 19 });
		expect(locate(['plain'])).toEqual({ line: 2, column: 1 });
		expect(locate(['list', 0], 18)).toEqual({ line: 4, column: 23 });
	});

	it('follows a value over its lines (folded and plain wrapped values)', () => {
		expect(locate(['folded'], 33)).toEqual({ line: 9, column: 19 });
		expect(locate(['wrapped'], 26)).toEqual({ line: 11, column: 10 });
	});

	it('is the start of the value where the text shows it with escapes', () => {
		// `"Say \"no\". Then stop."`: the value is `Say "no". Then stop.`, its source longer.
		expect(locate(['quoted'], 10)).toEqual({ line: 5, column: 9 });
		expect(locate(['single'], 0)).toEqual({ line: 6, column: 10 });
		expect(locate(['single'], 12)).toEqual({ line: 6, column: 9 });
	});
});
