import type { RuleTableInput } from '../rule-table.ts';

/** German. Compounds are written as stems (`schmerzfrei*`); `*garantie` finds Erfolgsgarantie. */
export const de: RuleTableInput = {
	locale: 'de',
	negation: {
		// "Kein Eingriff ist risikofrei", "nicht schmerzfrei", "niemals garantiert".
		// "Ob sie sicher und wirksam ist, …" asks; it claims nothing.
		before: { cues: ['nicht', 'kein*', 'nie', 'niemals', 'nichts', 'weder', 'ob'], window: 4, stopAt: ['und', 'oder', 'sowie', 'aber', 'sondern', 'doch', 'jedoch'] },
		// German puts "nicht" at the end of the clause: "Eine Garantie gibt es nicht.", "risikofrei ist keine Behandlung".
		// The verb and its "nicht" close a German clause: "Eine Garantie für ein bestimmtes Ergebnis können wir nicht geben."
		after: { cues: ['nicht', 'nie', 'niemals', 'kein|keine|keiner|keinen'], window: 8, stopAt: ['und', 'oder', 'aber', 'sondern', 'sowie', 'doch'] },
	},
	exceptions: [
		'ohne garantie|gewähr|gewährleistung|erfolgsgarantie',
		'am besten',
		'im besten fall',
		'nach bestem wissen',
		// A time is no ranking of the practice: "die beste Zeit für die Behandlung ist der Winter".
		'beste|besten|bester zeit|zeitpunkt|jahreszeit|tageszeit',
		// The patient's share of the costs, not a success rate.
		'zu 100 % selbst',
		// Advice, not a ranking of the practice: "die beste Vorsorge gegen Infektionen ist Hygiene".
		'beste|besten|bester|bestes vorsorge|vorbeugung|schutz',
		// A risk, not a result: "das Ergebnis kann dauerhaft beeinträchtigt sein".
		'ergebnis*|resultat*|wirkung* ~ dauerhaft* beeinträchtigt*|geschädigt*|gestört*|verschlechtert*|verändert*',
	],
	terms: {
		// HWG §3: certain success, no harmful effects.
		'advertising-promise': [
			'garantie|garantien|garantiert*|garantieren|garantiere',
			'*garantie',
			'risikolos*',
			'risikofrei*',
			'ohne risiko|risiken',
			'ohne jedes|jegliches|jede|jegliche|jeden risiko|risiken|schmerz|schmerzen|nebenwirkung*',
			'null risiko|risiken|schmerz|schmerzen|nebenwirkung*',
			'nebenwirkungen|risiken|schmerzen gibt|hat es keine|nicht',
			'kann|könne|wird nichts schief*|passieren',
			'perfekt*|makellos* ergebnis*|resultat*',
			'versprechen|verspricht|versprochen ~ ergebnis*|erfolg*|wirkung*',
			'erfolg* ~ vorprogrammiert',
			'geld zurück',
			{
				phrase: 'behandlung*|methode*|verfahren*|eingriff*|therapie*|anwendung* ist|sind ungefährlich*|harmlos*',
				warning: '"harmlos" is also said of an after-effect ("die Rötung ist harmlos"); of the treatment it promises no harm',
			},
			'kein|keine|keinerlei risiko|risiken',
			'gefahrlos*',
			'völlig|absolut|hundertprozentig|garantiert|vollkommen|komplett|total sicher|sichere|sicheres|sicheren',
			// "sicher und wirksam", "bewährt und sicher", "sicher, schnell und effektiv": safety claimed as a quality.
			// Not with "schnell" alone: "sicher und schnell nach Hause", "Sie können sicher schnell wieder arbeiten" ("certainly").
			'sicher|sichere|sicheres|sicheren und|sowie wirksam*|effektiv*|schonend*|bewährt*|verträglich*|schmerzarm*|zuverlässig*|erprobt*',
			'sicher|sichere|sicheres|sicheren wirksam*|effektiv*|schonend*',
			'sicher|sichere|sicheres|sicheren schnell* und|sowie wirksam*|effektiv*|schonend*',
			'wirksam*|effektiv*|schonend*|bewährt*|verträglich*|zuverlässig*|erprobt* und|sowie sicher|sichere|sicheres|sicheren',
			{
				phrase: 'behandlung*|methode*|verfahren*|eingriff*|therapie*|anwendung*|injektion*|infusion*|spritze* ist|sind|gilt|gelten sicher',
				warning: '"sicher" after "ist" is also the adverb "certainly" ("Die Behandlung ist sicher eine Option"); a safety claim when it stands alone',
			},
			{
				phrase: 'gilt|gelten als sicher',
				warning: 'a safety claim, unless the sentence names its limits and its source',
			},
			{
				phrase: 'sichere|sicheres|sicheren behandlung*|methode*|verfahren*|therapie*|anwendung*',
				warning: '"sichere Behandlung" is also the clinic\'s care ("für eine sichere Behandlung fragen wir nach Ihren Medikamenten")',
			},
			// Success promised: "wirkt immer", "wirkt bei jedem".
			// Not "hilft immer", "hilft zuverlässig": said of aftercare ("Kühlen hilft zuverlässig gegen die Schwellung").
			'wirkt|wirken|funktioniert|funktionieren immer|garantiert|zuverlässig',
			'hilft|helfen garantiert',
			'wirkt|wirken|hilft|helfen|funktioniert|funktionieren bei jedem|jeder|allen|jedermann',
			'faltenfrei*',
			'ergebnis*|resultat*|wirkung* ~ ein leben lang',
			'ergebnis*|resultat* die|das bleibt|bleiben',
			{
				phrase: 'klinisch|wissenschaftlich|medizinisch bewiesen|erwiesen|belegt|getestet|geprüft',
				warning: 'misleading (HWG §3 No. 1) when the proof does not exist; name the study, or acknowledge with its source',
			},
			{
				phrase: 'sofort|sofortige|sofortiges|sofortigen ~ sichtbar*',
				warning: 'true of some treatments (a filler), a promise of certain success of others; say what is seen when, and for how many',
			},
			'schmerzfrei*',
			'schmerzlos*',
			'ohne schmerz|schmerzen',
			'keine|keinerlei schmerzen',
			'tut ~ nicht weh',
			'nebenwirkungsfrei*',
			'ohne nebenwirkung*',
			'keine|keinerlei nebenwirkung*',
			'dauerhaft*|bleibend*|permanent*|lebenslang* ergebnis*|resultat*|erfolg*|wirkung*|schönheit',
			'ergebnis*|resultat*|wirkung* ~ dauerhaft*|ewig',
			'ergebnis*|resultat*|wirkung* ~ für immer',
			'hält|halten|wirkt|wirken dauerhaft|ewig',
			'hält|halten|wirkt|wirken für immer',
			'# % ~ sicher*|wirksam*|erfolg*|zufrieden*',
			// A rate of all: "100 % unserer Patientinnen sind zufrieden" (not "30 % der Patienten bekommen …").
			'100 % unserer|aller patient*|kund*|behandelt*',
			{ phrase: '100 %', warning: '"100 %" alone may be a share (of costs, of a substance); with "sicher", "wirksam" or "zufrieden" it is an error' },
			'hundertprozentig*',
			'erfolg ~ sicher',
			'sicherer|sichere|sicheren erfolg',
		],
		// MBO-Ä §27(3): boastful and comparative advertising.
		'advertising-superlative': [
			'beste|besten|bester|bestes',
			'einzigartig*',
			'einzige|einzigen praxis*|klinik*|anbieter*|ärztin|arzt',
			'führend*',
			'marktführ*',
			'nummer eins|1',
			'modernste*',
			'neueste|neuesten technik*|technologie*|geräte*|methode*',
			'sicherste*|schonendste*|wirksamste*|effektivste* methode*|behandlung*|verfahren*|therapie*|praxis|klinik*',
			'top ~ ergebnis*|resultat*|qualität|praxis|klinik*|arzt|ärztin|ärzte|behandlung*|adresse|experte*|expertin*',
			// "Deutschlands Nr. 1", "die Nr. 1 in Münster" (and not "Abs. 1 Nr. 1" of a law).
			'die|der|ihre|ihr|unsere|unser|*s|spezialist*|experte*|expertin*|arzt|ärztin|ärzte|praxis|klinik nr 1|eins',
			'erfahrenste*',
			'erstklassig*',
			'weltklasse',
			'besser als ~ andere|anderen|andernorts|woanders|konkurrenz',
			// Against "conventional methods" or other practices; not against other medicines, which is information ("schneller als andere Medikamente").
			'besser|schonender|sanfter|sicherer|effektiver|wirksamer|schneller als ~ herkömmlich*|konventionell*|klassisch*|botox',
			'besser|schonender|sanfter|sicherer|effektiver|wirksamer|schneller als andere|anderen praxen|kliniken|ärzte|ärztinnen|anbieter|zentren',
			'im vergleich zu anderen praxen|kliniken|ärzten|anbietern',
			'unübertroffen*',
			'unschlagbar*',
			'preisgekrönt*',
			'konkurrenzlos*',
		],
		// MBO-Ä §27(3) boastful advertising; HWG §7 gifts (a free service as a lure).
		'advertising-price-lure': [
			'nur|bloß|schon ab # €|euro',
			'nur|bloß|schon ab € #',
			'nur|bloß # €|euro',
			'angebot des|der monats|woche',
			'sonderangebot*',
			'aktionsangebot*',
			'einführungsangebot*',
			'rabatt*',
			'# % ~ rabatt|nachlass|günstiger|sparen|reduziert',
			'aktionspreis*',
			'sonderpreis*',
			'kennenlernpreis*',
			'schnäppchen',
			'gutschein*',
			'kostenlos*|gratis|unverbindlich* ~ beratung*|erstberatung*|probebehandlung*|behandlung*|sitzung*|hautanalyse*|analyse*',
			// "Die Erstberatung ist (für Sie) kostenlos."
			'beratung*|erstberatung*|probebehandlung*|behandlung*|sitzung*|hautanalyse*|analyse* ~ kostenlos*|gratis|umsonst',
			'beratung*|erstberatung*|probebehandlung*|behandlung*|sitzung*|hautanalyse*|analyse* ist|sind für sie kostenlos*|gratis|umsonst',
			'unverbindlich* und|& kostenlos*|gratis',
			'kostenlos*|gratis und unverbindlich*',
			// A struck-out price: "statt 199 € jetzt 149 €".
			'statt|anstatt|anstelle|früher # €|euro',
			'statt|anstatt|anstelle|früher € #',
			'gratis',
			'nur heute',
			'halben preis*',
			'# für #',
			'zum preis von einem|einer|einem',
		],
		// HWG §11(1) S. 1 No. 11: statements of third parties.
		'advertising-testimonial': [
			'patientin|patient|patientinnen|patienten berichte*|erzählt|erzählen|sagt|sagen|schreibt|schreiben|schwärm*|empfiehlt|empfehlen',
			'eine|ein|unsere|unser patientin|patient berichtet|erzählt|sagt|schreibt',
			'sagen|berichten|schreiben|erzählen|empfehlen unsere patientinnen|patienten|kundinnen|kunden',
			'erfahrungsbericht*',
			'erfahrungen unserer patientinnen|patienten',
			'patientenstimme*',
			'kundenstimme*',
			'kundenbewertung*',
			'patientenbewertung*',
			// A star rating, ★★★★☆ (one word).
			'*★*|*☆*|*⭐*',
			'# sterne|sternen',
			'zufrieden*|begeistert*|glücklich* patient*|kund*',
			'google|jameda|doctolib|trustpilot bewertung*|rezension*',
		],
	},
	abbreviations: ['z', 'b', 'bzw', 'ca', 'dr', 'med', 'prof', 'vgl', 'evtl', 'ggf', 'usw', 'etc', 'sog', 'nr', 'abs', 'inkl', 'zzgl'],
	firstPerson: ['ich', 'mir', 'mich', 'mein|meine|meinen|meinem|meiner|meines'],
	// "Vorher-Nachher-Galerie", "Vorher/Nachher-Bilder" (not "vorher" alone: "besprechen wir vorher").
	beforeAfterMention: ['vorher nachher*', 'vorhernachher*', 'vorher und nachher bild*|foto*|galerie*|vergleich*', 'ergebnisgalerie*', 'ergebnisbilder*|ergebnisfotos*'],
	beforeAfter: [
		'vorher*',
		'nachher*',
		'vor ~ behandlung*|eingriff*|sitzung*|unterspritzung*',
		'nach ~ behandlung*|eingriff*|sitzung*|unterspritzung*|woche*|tag*|tagen|monat*',
		// A picture of a result is the "after" half of the comparison: "Ergebnis nach 3 Sitzungen".
		'ergebnis*|resultat*',
		'# woche*|tag*|monat* später|danach',
	],
};
