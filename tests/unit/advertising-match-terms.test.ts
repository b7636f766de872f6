import { describe, expect, it } from 'vitest';
import { compileTable, findTerms, sentenceAround } from '../../src/content/advertising/match-terms.ts';
import { ruleTableSchema, termRuleIds, type RuleTableInput } from '../../src/content/advertising/rule-table.ts';
import { compiledTable, ruleTables } from '../../src/content/advertising/rule-tables.ts';

/** The words found in a text, with their rule: `promise: schmerzfrei`. */
function found(lang: string, text: string, options?: Parameters<typeof findTerms>[2]): string[] {
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
		// "No guarantee can be given": the negation, joined to "and", stands three words before the term.
		expect(found('ar', 'ولا يمكن تقديم أي ضمان للنتيجة.')).toEqual([]);
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

/** The words found with the severity their table gives them: `promise: sicher und wirksam` or `promise?: 100 %` (a warning). */
function graded(lang: string, text: string): string[] {
	return findTerms(text, compiledTable(lang)!).map(
		(f) => `${f.ruleId.replace('advertising-', '')}${f.warning === undefined ? '' : '?'}: ${f.term}`,
	);
}

// Marketing copy of the kind that draws warning letters, and honest consent copy beside it (review of issue 17).
describe('German marketing copy', () => {
	it('finds free consultations as a lure, however the sentence puts them', () => {
		expect(found('de', 'Die Erstberatung ist kostenlos.')).toEqual(['price-lure: Erstberatung ist kostenlos']);
		expect(found('de', 'Ihre Erstberatung ist für Sie kostenlos.')).toEqual(['price-lure: Erstberatung ist für Sie kostenlos']);
		expect(found('de', 'Beratung unverbindlich und kostenlos.')).toEqual(['price-lure: Beratung unverbindlich und kostenlos']);
		expect(found('de', 'Statt 199 € jetzt 149 €.')).toEqual(['price-lure: Statt 199 €']);
		expect(found('de', 'Der Parkplatz ist kostenlos. Eine Sitzung kostet ab 99 €.')).toEqual([]);
	});

	it('a gap (`~`) of a phrase does not run across the end of a sentence', () => {
		expect(found('en', 'We discuss the effect. Rarely permanent redness remains.')).toEqual([]);
		expect(found('de', 'Wir besprechen das Ergebnis. Selten dauerhaft bleibt eine Rötung.')).toEqual([]);
		expect(found('en', 'We are better than other clinics.')).toEqual(['superlative: better than other']);
	});

	it('finds safety claimed as a quality, and only warns where "sicher" may mean "certainly"', () => {
		expect(graded('de', 'Sie ist sicher und wirksam.')).toEqual(['promise: sicher und wirksam']);
		expect(graded('de', 'Bewährt und sicher.')).toEqual(['promise: Bewährt und sicher']);
		expect(graded('de', 'Sicher, schnell und effektiv.')).toEqual(['promise: Sicher, schnell und effektiv']);
		expect(graded('de', 'Eine vollkommen sichere Methode.')).toEqual(['promise: vollkommen sichere']);
		expect(graded('de', 'Die Behandlung ist sicher.')).toEqual(['promise?: Behandlung ist sicher']);
		expect(graded('de', 'Für eine sichere Behandlung fragen wir nach Ihren Medikamenten.')).toEqual(['promise?: sichere Behandlung']);
		expect(graded('de', 'Sie können sicher sein, dass wir alle Fragen beantworten.')).toEqual([]);
		expect(graded('de', 'Ob sie sicher und wirksam ist, wurde bei Kindern nicht untersucht.')).toEqual([]);
	});

	it('finds success promised, and a negation before "aber" negates nothing after it', () => {
		expect(found('de', 'Eine Heilung können wir nicht versprechen, aber sie wirkt immer.')).toEqual(['promise: wirkt immer']);
		expect(found('de', 'Sie wirkt bei jedem. Faltenfrei in 15 Minuten!')).toEqual(['promise: wirkt bei jedem', 'promise: Faltenfrei']);
		expect(graded('de', 'Klinisch bewiesen, mit sofort sichtbaren Ergebnissen.')).toEqual([
			'promise?: Klinisch bewiesen',
			'promise?: sofort sichtbaren',
		]);
		expect(found('de', 'Keine Behandlung wirkt bei jedem. Sie wirkt nicht immer.')).toEqual([]);
		expect(found('de', 'Völlig risikofrei ist keine Behandlung.')).toEqual([]);
		// Aftercare and "certainly" are no promise.
		expect(found('de', 'Kühlen hilft zuverlässig gegen die Schwellung. Sie kommen sicher und schnell nach Hause.')).toEqual([]);
		expect(found('de', 'Sie können sicher schnell wieder arbeiten. Sicher, schnell und wirksam!')).toEqual([
			'promise: Sicher, schnell und wirksam',
		]);
		expect(found('en', 'Cooling always helps.')).toEqual([]);
	});

	it('finds rankings and comparisons, but not a comparison of medicines or the best time', () => {
		expect(found('de', 'Top-Ergebnisse: Deutschlands Nr. 1, die sicherste Methode, besser als Botox.')).toEqual([
			'superlative: Top-Ergebnisse',
			'superlative: Deutschlands Nr. 1',
			'superlative: sicherste Methode',
			'superlative: besser als Botox',
		]);
		expect(found('de', 'Schonender als herkömmliche Methoden.')).toEqual(['superlative: Schonender als herkömmliche']);
		expect(found('de', 'Ketamin wirkt oft schneller als andere Medikamente.')).toEqual([]);
		expect(found('de', 'Die beste Zeit für die Behandlung ist der Winter. Nach § 11 Abs. 1 Nr. 1 HWG.')).toEqual([]);
	});

	it('finds satisfied patients and ratings as testimonials', () => {
		expect(found('de', 'Über 1000 zufriedene Patienten. Unsere Google-Bewertungen sprechen für sich.')).toEqual([
			'testimonial: zufriedene Patienten',
			'testimonial: Google-Bewertungen',
		]);
	});

	it('reads "100 %" alone as a warning, and a share of the costs as nothing', () => {
		expect(graded('de', 'Zu 100 % natürlich. Das ist 100 % sicher.')).toEqual(['promise?: 100 %', 'promise: 100 % sicher']);
		expect(graded('de', 'Die Kosten tragen Sie zu 100 % selbst.')).toEqual([]);
		// A rate of all patients is an error, a rate of some is information.
		expect(graded('de', '100 % unserer Patientinnen sind zufrieden.')).toEqual(['promise: 100 % unserer Patientinnen']);
		expect(graded('en', '100 % of our patients are satisfied.')).toEqual(['promise: 100 % of our patients']);
		expect(graded('tr', '%100 hasta memnuniyeti.')).toEqual(['promise: %100 hasta memnuniyeti']);
		expect(graded('ar', 'نسبة رضا ١٠٠٪')).toEqual(['promise?: ١٠٠٪']);
		expect(graded('de', 'Etwa 30 % der Patienten bekommen einen blauen Fleck.')).toEqual([]);
	});
});

describe('German marketing copy, second round', () => {
	it('finds "ohne jedes Risiko", "null Risiko", "Ergebnisse, die bleiben", the specialists "Nr. 1" and what patients say', () => {
		expect(found('de', 'Ohne jedes Risiko. Null Risiko, null Schmerzen. Ergebnisse, die bleiben.')).toEqual([
			'promise: Ohne jedes Risiko',
			'promise: Null Risiko',
			'promise: null Schmerzen',
			'promise: Ergebnisse, die bleiben',
		]);
		expect(found('de', 'Die Spezialisten Nr. 1. Das sagen unsere Patientinnen.')).toEqual([
			'superlative: Spezialisten Nr. 1',
			'testimonial: sagen unsere Patientinnen',
		]);
	});

	it('leaves advice and a damaged result alone', () => {
		expect(found('de', 'Das ist die beste Vorsorge gegen Infektionen.')).toEqual([]);
		expect(found('de', 'Das Ergebnis kann dauerhaft beeinträchtigt sein, wenn eine Infektion auftritt.')).toEqual([]);
	});
});

describe('marketing copy, third round', () => {
	it('finds promises, rankings and lures in other words', () => {
		expect(
			found(
				'de',
				'Nebenwirkungen gibt es keine. Es kann nichts schiefgehen. Ein perfektes Ergebnis, Erfolg vorprogrammiert, mit Geld-zurück-Garantie.',
			),
		).toEqual([
			'promise: Nebenwirkungen gibt es keine',
			'promise: kann nichts schiefgehen',
			'promise: perfektes Ergebnis',
			'promise: Erfolg vorprogrammiert',
			'promise: Geld-zurück',
			'promise: Garantie',
		]);
		expect(found('de', 'Preisgekrönt und unschlagbar. Jetzt zum halben Preis, 2 für 1.')).toEqual([
			'superlative: Preisgekrönt',
			'superlative: unschlagbar',
			'price-lure: halben Preis',
			'price-lure: 2 für 1',
		]);
		expect(found('en', 'Nothing can go wrong: award-winning, half price, money back.')).toEqual([
			'promise: Nothing can go wrong',
			'superlative: award-winning',
			'price-lure: half price',
			'promise: money back',
		]);
		expect(found('tr', 'Memnun kalmazsanız paranızı iade ediyoruz.')).toEqual(['promise: paranızı iade']);
		expect(found('ar', 'لا توجد أي مخاطر، بدون أي آثار جانبية.')).toEqual(['promise: لا توجد أي مخاطر', 'promise: بدون أي آثار']);
	});

	it('reaches a German negation at the end of its clause, where the verb puts it', () => {
		expect(found('de', 'Eine Garantie für ein bestimmtes Ergebnis können wir nicht geben.')).toEqual([]);
		expect(found('de', 'Garantiert schmerzfrei, wie Sie es nie erlebt haben.')).toEqual(['promise: Garantiert', 'promise: schmerzfrei']);
	});

	it('leaves a harmless after-effect alone, and warns of a harmless treatment', () => {
		expect(graded('de', 'Die Rötung ist harmlos. Die Behandlung ist harmlos.')).toEqual(['promise?: Behandlung ist harmlos']);
		expect(graded('en', 'The redness is harmless. The treatment is harmless.')).toEqual(['promise?: treatment is harmless']);
	});
});

describe('English marketing copy', () => {
	it('finds safety and success promises', () => {
		expect(graded('en', 'Safe and effective, with no downtime.')).toEqual(['promise: Safe and effective']);
		expect(graded('en', 'Effective and safe, safe for all skin types.')).toEqual(['promise: Effective and safe', 'promise: safe for all']);
		expect(graded('en', 'It always works, and it works for everyone.')).toEqual(['promise: always works', 'promise: works for everyone']);
		expect(graded('en', 'Wrinkle-free in 15 minutes, clinically proven.')).toEqual([
			'promise: Wrinkle-free',
			'promise?: clinically proven',
		]);
		expect(graded('en', 'The treatment is safe.')).toEqual(['promise?: treatment is safe']);
	});

	it('finds rankings, comparisons, lures and testimonials', () => {
		expect(found('en', "Germany's No. 1, the safest treatment in town, gentler than conventional methods.")).toEqual([
			"superlative: Germany's No. 1",
			'superlative: the safest',
			'superlative: gentler than conventional',
		]);
		expect(found('en', 'The first consultation is free. Was €199, now €149.')).toEqual([
			'price-lure: consultation is free',
			'price-lure: Was €199, now',
		]);
		expect(found('en', 'Our happy patients love us.')).toEqual(['testimonial: happy patients']);
	});

	it('does not take a risk for a promise, nor a comparison of medicines for boasting', () => {
		expect(found('en', 'Side effects may be permanent. Permanent hair loss is possible. Nerve damage can be permanent.')).toEqual([]);
		expect(found('en', 'No side effects, permanent results.')).toEqual(['promise: No side effects', 'promise: permanent results']);
		expect(found('en', 'It often works faster than other medicines. The best time for it is winter.')).toEqual([]);
		expect(found('en', 'It does not work for everyone, and it does not always work. You pay 100 % yourself.')).toEqual([]);
		expect(found('en', 'The safest way to avoid infection is hygiene. The result may be permanently affected by an infection.')).toEqual(
			[],
		);
		expect(found('en', 'Zero risk, zero pain. Results that last.')).toEqual([
			'promise: Zero risk',
			'promise: zero pain',
			'promise: Results that last',
		]);
		// "No." before a number ends no sentence; "no." at a sentence's end still does.
		expect(found('en', 'The answer is no. It is painless.')).toEqual(['promise: painless']);
	});
});

describe('Turkish marketing copy', () => {
	it('finds free consultations, safety and success promises', () => {
		expect(found('tr', 'Ücretsiz ön görüşme için arayın. İlk görüşme ücretsizdir.')).toEqual([
			'price-lure: Ücretsiz ön görüşme',
			'price-lure: görüşme ücretsizdir',
		]);
		expect(found('tr', 'Güvenli ve etkili bir yöntem, her zaman etkili, herkeste işe yarar.')).toEqual([
			'promise: Güvenli ve etkili',
			'promise: her zaman etkili',
			'promise: herkeste işe yarar',
		]);
		expect(found('tr', 'Türkiye’nin 1 numaralı kliniği, en güvenli yöntem.')).toEqual([
			'superlative: 1 numaralı',
			'superlative: en güvenli',
		]);
	});

	it('does not take a risk for a promise, nor the best time for a ranking', () => {
		expect(found('tr', 'Yan etkiler kalıcı olabilir. Kalıcı hasar nadirdir. En iyi zaman kıştır.')).toEqual([]);
		expect(found('tr', 'Yan etkisiz, kalıcı sonuçlar.')).toEqual(['promise: Yan etkisiz', 'promise: kalıcı sonuçlar']);
		expect(found('tr', 'Her zaman etkili değildir.')).toEqual([]);
		// A question claims nothing.
		expect(found('tr', 'Tedavi güvenli mi? Riskleri aşağıda listelenmiştir.')).toEqual([]);
		expect(found('tr', 'Uygulama güvenli bir ortamda yapılır.')).toEqual([]);
		expect(found('tr', 'Sıfır risk, sıfır ağrı.')).toEqual(['promise: Sıfır risk', 'promise: sıfır ağrı']);
	});
});

describe('Arabic marketing copy', () => {
	it('finds free consultations, safety and success promises', () => {
		expect(found('ar', 'الاستشارة الأولى مجانية.')).toEqual(['price-lure: الاستشارة الأولى مجانية']);
		expect(found('ar', 'علاج آمن وفعال يعمل دائما.')).toEqual(['promise: آمن وفعال', 'promise: يعمل دائما']);
		expect(found('ar', 'أكثر العلاجات أمانا، أفضل من البوتوكس.')).toEqual([
			'superlative: أكثر العلاجات أمانا',
			'superlative: أفضل من البوتوكس',
		]);
		expect(found('ar', 'مرضانا السعداء يوصون بنا.')).toEqual(['testimonial: مرضانا السعداء']);
		expect(found('ar', 'صفر مخاطر.')).toEqual(['promise: صفر مخاطر']);
		// A risk, a negation and a comparison of medicines are no finding.
		expect(found('ar', 'الضرر الدائم نادر. قد تكون الآثار الجانبية دائمة. لا يوجد علاج آمن تماما.')).toEqual([]);
		expect(found('ar', 'يعمل أسرع من الأدوية الأخرى.')).toEqual([]);
	});
});

describe('phrases whose alternatives were written as several words', () => {
	it('find what they name: "ömür boyu", "for life"', () => {
		expect(found('tr', 'Sonuçlar kalıcıdır. Etkisi ömür boyu sürer.')).toEqual([
			'promise: Sonuçlar kalıcıdır',
			'promise: Etkisi ömür boyu',
		]);
		expect(found('en', 'Results last forever. The effect lasts for life.')).toEqual([
			'promise: Results last forever',
			'promise: effect lasts for life',
		]);
		// The risk beside them is still no finding.
		expect(found('tr', 'Yan etkiler kalıcı olabilir.')).toEqual([]);
	});
});

describe('hostile spelling', () => {
	it('reads through soft hyphens, zero-width characters and hyphens put into a compound', () => {
		expect(found('de', 'schmerz\u00ADfrei, Garan\u00ADtiert, risiko\u200Dlos')).toEqual([
			'promise: schmerz\u00ADfrei',
			'promise: Garan\u00ADtiert',
			'promise: risiko\u200Dlos',
		]);
		expect(found('en', 'pain\u200Cless, risk\u200Bfree, risk\u2011free, risk\u2013free')).toEqual([
			'promise: pain\u200Cless',
			'promise: risk\u200Bfree',
			'promise: risk\u2011free',
			'promise: risk\u2013free',
		]);
		expect(found('de', 'Schmerz-frei und Risiko-frei, eine Nebenwirkungs-freie Behandlung.')).toEqual([
			'promise: Schmerz-frei',
			'promise: Risiko-frei',
			'promise: Nebenwirkungs-freie',
		]);
		// A negation still reaches a joined compound.
		expect(found('de', 'Die Behandlung ist nicht schmerz-frei.')).toEqual([]);
	});

	it('reads full-width letters, ligatures and Arabic presentation forms as the letters they show', () => {
		expect(found('de', 'ＧＡＲＡＮＴＩＥＲＴ schön')).toEqual(['promise: ＧＡＲＡＮＴＩＥＲＴ']);
		expect(found('en', 'No side eﬀects.')).toEqual(['promise: No side eﬀects']);
		expect(found('ar', 'العلاج ﻣﻀﻤﻮﻥ')).toEqual(['promise: ﻣﻀﻤﻮﻥ']);
	});

	it('reads every decimal digit and percent sign alike', () => {
		expect(found('de', '１００％ sicher')).toEqual(['promise: １００％ sicher']);
		expect(found('en', '１００ ％ safe, 100\u00A0% effective')).toEqual(['promise: １００ ％ safe', 'promise: 100\u00A0% effective']);
		expect(found('ar', 'نتائج مضمونة ١٠٠٪')).toEqual(['promise: نتائج مضمونة', 'promise: ١٠٠٪']);
		expect(found('ar', 'آمن ۱۰۰٪')).toEqual(['promise: آمن ۱۰۰']);
	});
});

describe('before/after pictures named in a text', () => {
	it('are found in an aesthetic article\'s texts by the compound, not by "vorher" or "before" alone', () => {
		const mentions = { mentions: true };
		expect(found('de', 'Sehen Sie unsere Vorher-Nachher-Galerie. Das besprechen wir vorher.', mentions)).toEqual([
			'before-after: Vorher-Nachher',
		]);
		expect(found('en', 'See our before/after gallery. Photographs are taken before, during and after it.', mentions)).toEqual([
			'before-after: before/after',
		]);
		expect(found('tr', 'Öncesi-sonrası galerimiz. Tedavi öncesi dinlenin.', mentions)).toEqual(['before-after: Öncesi-sonrası']);
		expect(found('ar', 'شاهدوا صور قبل وبعد. قبل العلاج وبعده.', mentions)).toEqual(['before-after: صور قبل وبعد']);
		expect(findTerms('Vorher-Nachher-Galerie', compiledTable('de')!, mentions)[0]!.warning).toContain("patient's file");
		expect(found('de', 'Sehen Sie unsere Vorher-Nachher-Galerie.')).toEqual([]);
	});
});

describe('before/after pictures of a result', () => {
	it('are found by "result" and "after n sessions" in the picture text', () => {
		expect(found('de', 'Ergebnis nach 3 Sitzungen', { picture: true })).toEqual(['before-after: Ergebnis']);
		expect(found('de', 'Die Stirn 2 Wochen später', { picture: true })).toEqual(['before-after: 2 Wochen später']);
		expect(found('en', 'Result of three sessions', { picture: true })).toEqual(['before-after: Result']);
		expect(found('tr', '3 seans sonra', { picture: true })).toEqual(['before-after: 3 seans sonra']);
		expect(found('ar', 'النتيجة', { picture: true })).toEqual(['before-after: النتيجة']);
	});
});
