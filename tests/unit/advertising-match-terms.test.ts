import { describe, expect, it } from 'vitest';
import { compileTable, findTerms, sentenceAround } from '../../src/content/advertising/match-terms.ts';
import { ruleTableSchema, termRuleIds, type RuleTableInput } from '../../src/content/advertising/rule-table.ts';
import { compiledTable, ruleTables } from '../../src/content/advertising/rule-tables.ts';

/** The words found in a text, with their rule: `promise: schmerzfrei`. */
function found(lang: string, text: string, options?: { picture?: boolean; onlyPicture?: boolean }): string[] {
	return findTerms(text, compiledTable(lang)!, options).map((f) => `${f.ruleId.replace('advertising-', '')}: ${f.term}`);
}

describe('the advertising rule tables', () => {
	it('has a valid table for every shipped language, with terms for every rule', () => {
		expect(Object.keys(ruleTables).sort()).toEqual(['ar', 'de', 'en', 'tr']);
		for (const [lang, table] of Object.entries(ruleTables)) {
			const parsed = ruleTableSchema.safeParse(table);
			expect(parsed.success, `${lang}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
			for (const rule of termRuleIds) expect(parsed.data!.terms[rule].length, `${lang} ${rule}`).toBeGreaterThan(0);
		}
	});

	it('refuses a phrase of only a wildcard and a gap at a phrase end', () => {
		const base = ruleTables.de!;
		const bad = (terms: string[]): RuleTableInput => ({ ...base, terms: { ...base.terms, 'advertising-promise': terms } });
		expect(() => compileTable(bad(['*']))).toThrow();
		expect(() => compileTable(bad(['garantiert ~']))).toThrow();
		expect(() => compileTable(bad(['a|* b']))).toThrow();
	});
});

describe('German', () => {
	it('finds inflections and compounds', () => {
		expect(found('de', 'Schmerzfreie Sitzungen, eine risikolose Methode, nebenwirkungsfreier Wirkstoff.')).toEqual([
			'promise: Schmerzfreie',
			'promise: risikolose',
			'promise: nebenwirkungsfreier',
		]);
		expect(found('de', 'Mit Erfolgsgarantie und dauerhaften Ergebnissen.')).toEqual([
			'promise: Erfolgsgarantie',
			'promise: dauerhaften Ergebnissen',
		]);
		expect(found('de', 'Das ist 100 % sicher.')).toEqual(['promise: 100 % sicher']);
	});

	it('does not flag negations before or (German word order) after the term', () => {
		expect(found('de', 'Die Behandlung ist nicht schmerzfrei.')).toEqual([]);
		expect(found('de', 'Keine Behandlung ist risikofrei.')).toEqual([]);
		expect(found('de', 'Eine Garantie gibt es nicht.')).toEqual([]);
		expect(found('de', 'Wir geben keinerlei Garantie.')).toEqual([]);
		expect(found('de', 'Ein Erfolg ist nicht sicher.')).toEqual([]);
		expect(found('de', 'Behandlung ohne Garantie.')).toEqual([]);
	});

	it('ends a negation at the end of its sentence, its window, and at "und"', () => {
		expect(found('de', 'Das stimmt nicht. Die Behandlung ist schmerzfrei.')).toEqual(['promise: schmerzfrei']);
		expect(found('de', 'Nicht nur in Münster, auch bei uns ist alles schmerzfrei.')).toEqual(['promise: schmerzfrei']);
		expect(found('de', 'Sie haben keine Kosten und keine Risiken.')).toEqual(['promise: keine Risiken']);
		expect(found('de', 'Garantiert schmerzfrei und nicht teuer.')).toEqual(['promise: Garantiert', 'promise: schmerzfrei']);
		expect(found('de', 'Garantiert schmerzfrei, nicht teuer.')).toEqual(['promise: Garantiert', 'promise: schmerzfrei']);
	});

	it('does not take the words of another finding for a negation', () => {
		expect(found('de', 'Ganz ohne Schmerzen und ohne Nebenwirkungen.')).toEqual([
			'promise: ohne Schmerzen',
			'promise: ohne Nebenwirkungen',
		]);
		// "nicht" is a word of the finding "tut … nicht weh", which holds "garantiert": one promise, not a negation.
		expect(found('de', 'Das tut garantiert nicht weh.')).toEqual(['promise: tut garantiert nicht weh']);
	});

	it('leaves everyday words that look like superlatives alone', () => {
		expect(found('de', 'Am besten kühlen Sie die Stelle. Im besten Fall hält es Monate.')).toEqual([]);
		expect(found('de', 'Wir sind die beste Praxis.')).toEqual(['superlative: beste']);
		expect(found('de', 'Eine Sitzung kostet ab 150 Euro.')).toEqual([]);
		expect(found('de', 'Eine Sitzung kostet nur 150 Euro.')).toEqual(['price-lure: nur 150 Euro']);
	});

	it('finds a quoted first-person statement, and only in quotes of three words or more', () => {
		expect(found('de', '„Ich bin begeistert“ – Anna, 34')).toEqual(['testimonial: „Ich bin begeistert“']);
		expect(found('de', 'Fachleute sagen dazu „Off-Label“.')).toEqual([]);
		expect(found('de', 'Bewertet mit ★★★★☆.')).toEqual(['testimonial: ★★★★☆']);
	});
});

describe('English', () => {
	it('finds hyphenated and spaced forms alike', () => {
		expect(found('en', 'Risk-free, risk free, pain-free and side-effect-free.')).toEqual([
			'promise: Risk-free',
			'promise: risk free',
			'promise: pain-free',
			'promise: side-effect-free',
		]);
	});

	it('does not flag negations', () => {
		expect(found('en', 'No treatment is risk-free.')).toEqual([]);
		expect(found('en', 'It is not painless, and results cannot be guaranteed.')).toEqual([]);
		expect(found('en', "We don't guarantee results. Without a guarantee.")).toEqual([]);
		expect(found('en', 'A guarantee is not possible.')).toEqual([]);
	});

	it('ends a negation at the end of its sentence', () => {
		expect(found('en', 'This is not a cream. It is painless.')).toEqual(['promise: painless']);
	});

	it('finds comparisons, price lures and testimonials', () => {
		expect(found('en', 'We are better than other clinics.')).toEqual(['superlative: better than other']);
		expect(found('en', 'It is best to rest.')).toEqual([]);
		expect(found('en', 'Book a free consultation, only €99.')).toEqual(['price-lure: free consultation', 'price-lure: only €99']);
		expect(found('en', 'We offer three areas.')).toEqual([]);
		expect(found('en', '"My skin glows now," says one patient.')).toEqual([
			'testimonial: "My skin glows now,"',
			'testimonial: says one patient',
		]);
	});
});

describe('Turkish', () => {
	it('lower-cases with the Turkish locale: GARANTİLİ, RİSKSİZ, ACISIZ', () => {
		expect(found('tr', 'GARANTİLİ, RİSKSİZ ve ACISIZ.')).toEqual(['promise: GARANTİLİ', 'promise: RİSKSİZ', 'promise: ACISIZ']);
		// Without the tr locale, ACISIZ would be "acisiz" (dotted i) and no match: the table says which locale.
		expect('ACISIZ'.toLowerCase()).not.toBe('acısız');
	});

	it('finds suffixed forms', () => {
		expect(found('tr', 'Tedavimiz garantilidir ve ağrısızdır; yan etkisiz, kalıcı sonuçlar.')).toEqual([
			'promise: garantilidir',
			'promise: ağrısızdır',
			'promise: yan etkisiz',
			'promise: kalıcı sonuçlar',
		]);
	});

	it('does not flag negations, which in Turkish follow the term', () => {
		expect(found('tr', 'Hiçbir tedavi risksiz değildir.')).toEqual([]);
		expect(found('tr', 'Sonuç garanti edilemez.')).toEqual([]);
		expect(found('tr', 'Garanti vermiyoruz.')).toEqual([]);
		expect(found('tr', 'En iyisi dinlenmektir.')).toEqual([]);
	});

	it('ends a negation at the end of its sentence and at "ve"', () => {
		expect(found('tr', 'Tedavi acısızdır. Değil mi?')).toEqual(['promise: acısızdır']);
		expect(found('tr', 'Tedavi acısız ve pahalı değildir.')).toEqual(['promise: acısız']);
	});
});

describe('Arabic', () => {
	it('finds terms with and without the article and the prefixes و ب ل, with and without short vowels', () => {
		expect(found('ar', 'العلاج مضمونٌ.')).toEqual(['promise: مضمونٌ']);
		expect(found('ar', 'نتيجة مضمونة وبضمان كامل.')).toEqual(['promise: نتيجة مضمونة', 'promise: وبضمان']);
		expect(found('ar', 'علاج خالٍ من المخاطر وبدون ألم.')).toEqual(['promise: خالٍ من المخاطر', 'promise: وبدون ألم']);
		expect(found('ar', 'بدون آثار جانبية ونتائج دائمة.')).toEqual(['promise: بدون آثار جانبية', 'promise: ونتائج دائمة']);
		expect(found('ar', 'نحن الأفضل، نحن الافضل، والأفضل.')).toEqual(['superlative: الأفضل', 'superlative: الافضل', 'superlative: والأفضل']);
	});

	it('does not flag negations or everyday words', () => {
		expect(found('ar', 'النتائج ليست مضمونة.')).toEqual([]);
		expect(found('ar', 'لا يوجد علاج خالٍ من المخاطر.')).toEqual([]);
		expect(found('ar', 'العلاج غير مضمون.')).toEqual([]);
		expect(found('ar', 'نقدّم العلاج بدون ضمان.')).toEqual([]);
		expect(found('ar', 'من الأفضل أن تسألوا. وهي مدروسة أفضل بكثير.')).toEqual([]);
	});

	it('ends a negation at the end of its sentence', () => {
		expect(found('ar', 'ليس هذا كريمًا. العلاج مضمون.')).toEqual(['promise: مضمون']);
	});

	it('finds testimonials in guillemets and reported speech', () => {
		expect(found('ar', 'تقول إحدى المريضات: «أنا سعيدة جدًا بالنتيجة»')).toEqual([
			'testimonial: تقول إحدى المريضات',
			'testimonial: «أنا سعيدة جدًا بالنتيجة»',
		]);
	});
});

describe('before/after pictures', () => {
	it('are found only in the text of a picture', () => {
		expect(found('de', 'Vorher und nachher', { picture: true })).toEqual(['before-after: Vorher']);
		expect(found('de', 'Vorher und nachher')).toEqual([]);
		expect(found('en', 'forehead-before-after.jpg', { picture: true, onlyPicture: true })).toEqual(['before-after: before']);
		// A file name is read for before/after words only: "best.jpg" is no superlative.
		expect(found('en', 'the-best.jpg', { picture: true, onlyPicture: true })).toEqual([]);
		expect(found('tr', 'Tedavi öncesi ve sonrası', { picture: true })).toEqual(['before-after: öncesi']);
		expect(found('ar', 'قبل العلاج وبعده', { picture: true })).toEqual(['before-after: قبل']);
	});
});

describe('the sentence a finding names', () => {
	it('is the sentence around it, shortened around the term when long', () => {
		expect(sentenceAround('Erst das. Dann garantiert schmerzfrei! Danach.', 15, 25)).toBe('Dann garantiert schmerzfrei!');
		const long = `${'Wort '.repeat(60)}garantiert ${'Wort '.repeat(60)}.`;
		const sentence = sentenceAround(long, 300, 310);
		expect(sentence.length).toBeLessThanOrEqual(122);
		expect(sentence).toContain('garantiert');
	});
});

describe('abbreviations', () => {
	it('end no sentence, so a negation reaches past them and the hint quotes the whole sentence', () => {
		// "nicht" before "z. B." still negates "schmerzfrei": the full stops of z. B. end no sentence.
		expect(found('de', 'Das ist nicht z. B. schmerzfrei.')).toEqual([]);
		const [finding] = findTerms('Dr. med. Hartmann verspricht garantiert gute Haut.', compiledTable('de')!);
		expect(finding!.sentence).toBe('Dr. med. Hartmann verspricht garantiert gute Haut.');
		expect(findTerms('Ask e.g. Dr. Smith: it is painless.', compiledTable('en')!)[0]!.sentence).toBe('Ask e.g. Dr. Smith: it is painless.');
		// A real sentence end still ends a negation's reach.
		expect(found('en', 'The answer is no. It is painless.')).toEqual(['promise: painless']);
	});
});
