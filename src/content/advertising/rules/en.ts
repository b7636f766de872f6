import type { RuleTableInput } from '../rule-table.ts';

/** English. `risk free` also finds risk-free: hyphens separate words. */
export const en: RuleTableInput = {
	locale: 'en',
	negation: {
		// "No treatment is risk-free", "not painless", "cannot be guaranteed".
		before: {
			// "whether it is safe and effective" asks; it claims nothing.
			cues: ['not', 'no', 'never', 'cannot', "can't", "don't", "doesn't", "isn't", "aren't", "won't", 'nothing', 'none', 'neither', 'nor', 'nobody', 'whether'],
			window: 4,
			stopAt: ['and', 'or', 'but', 'yet', 'however'],
		},
		// "A guarantee is not possible."
		after: { cues: ['not', 'never'], window: 2, stopAt: ['and', 'or', 'but'] },
	},
	exceptions: [
		'without a|any guarantee|guarantees',
		'without guarantee|guarantees',
		'at best',
		// A risk, not a result: "side effects may be permanent".
		'side effect|effects ~ permanent|forever|lifelong',
		// A time or a way of doing something is no ranking: "the best time for the treatment".
		'the best time|moment|season',
		'the best way to',
		'the safest way to',
		'the best protection|prevention',
		// A risk, not a result: "the result may be permanently affected".
		'result|results|effect|effects ~ permanently|permanent affected|damaged|impaired|changed',
		// The patient's share of the costs.
		'100 % yourself|themselves',
	],
	terms: {
		// HWG §3: certain success, no harmful effects.
		'advertising-promise': [
			'guarantee|guarantees|guaranteed|guaranteeing',
			'risk free',
			'riskless',
			'no risk|risks',
			'zero risk|risks|pain|side|downtime',
			'nothing can|could|will go wrong',
			'perfect|flawless results|result|skin',
			'money back',
			{
				phrase: 'treatment|treatments|procedure|procedures|method|methods|therapy is|are harmless',
				warning: '"harmless" is also said of an after-effect ("the redness is harmless"); of the treatment it promises no harm',
			},
			'without risk|risks',
			'free of risk|risks',
			'completely|totally|absolutely|perfectly|guaranteed|entirely|fully safe',
			// "safe and effective", "effective and safe": safety claimed as a quality.
			'safe and effective|gentle|proven|reliable|painless',
			'effective|gentle|proven|reliable and safe',
			'safe for all|every|everyone|everybody|anyone',
			{
				phrase: 'treatment|treatments|procedure|procedures|method|methods|injection|injections|infusion|infusions|therapy is|are safe',
				warning: 'a safety claim when it stands alone; true of a sentence that names the risks and for whom',
			},
			{
				phrase: 'a|the safe treatment|procedure|method|option|choice',
				warning: 'a safety claim, unless the sentence says what makes it safe and for whom',
			},
			// Success promised: "always works", "works for everyone".
			// Not "always helps": said of aftercare ("cooling always helps").
			'always work|works|succeeds',
			'works|work for|with everyone|everybody|anyone|all',
			'works every time',
			'wrinkle free',
			'result|results ~ last|lasts a lifetime',
			'lifetime results|result',
			'results that last',
			{
				phrase: 'clinically|scientifically|medically proven|tested',
				warning: 'misleading (HWG §3 No. 1) when the proof does not exist; name the study, or acknowledge with its source',
			},
			{
				phrase: 'instant|instantly|immediately|immediate visible ~ result|results',
				warning: 'true of some treatments (a filler), a promise of certain success of others; say what is seen when, and for how many',
			},
			'painless*',
			'pain free',
			'without pain',
			'no pain',
			"doesn't|won't hurt",
			'side effect free',
			'without side effect|effects',
			'no side effect|effects',
			'free of side effects',
			'permanent|lasting|lifelong|everlasting|forever result|results|effect|effects|beauty',
			// Alternatives are single words: "for life" is a phrase of its own.
			'result|results|effect|effects ~ last|lasts forever|permanently',
			'result|results|effect|effects ~ last|lasts for life',
			'result|results|effect|effects ~ permanent|forever',
			{ phrase: '100 %', warning: '"100 %" alone may be a share (of costs, of a substance); with "safe", "effective" or "satisfied" it is an error' },
			'100 percent',
			'hundred percent',
			'# % ~ safe|effective|success*|satisf*',
			// A rate of all: "100 % of our patients are satisfied" (not "30 % of patients get a bruise").
			'100 % of our|all patients|clients|customers',
			'success ~ certain|assured|guaranteed',
			'certain success',
		],
		// MBO-Ä §27(3): boastful and comparative advertising.
		'advertising-superlative': [
			'the|our best',
			'best|leading|top ~ clinic|clinics|practice|practices|doctor|doctors|specialist*|physician*|surgeon*|results',
			'unique',
			'unrivalled|unrivaled|unmatched|unbeatable|unparalleled|unsurpassed',
			'leading',
			'market leader*',
			'award winning',
			'number one|1',
			"*'s|the|our no 1|one",
			'safest|gentlest treatment*|procedure*|method*|option*|clinic*|practice*|choice',
			'the safest',
			'most modern',
			'most experienced',
			'world class',
			'better than ~ other|others|elsewhere|competitors|anyone',
			// Against "conventional methods" or other practices; not against other medicines, which is information ("faster than other medicines").
			'better|gentler|safer|faster than ~ conventional|traditional|classic|botox',
			'more effective than ~ conventional|traditional|classic|botox',
			'gentler|safer|faster than other clinics|practices|doctors|providers|centres|centers',
			'the only clinic|practice|provider|doctor',
		],
		// MBO-Ä §27(3) boastful advertising; HWG §7 gifts (a free service as a lure).
		'advertising-price-lure': [
			'only|just € #',
			'only|just # €|euro|euros',
			'from only|just € #',
			'special|limited|introductory|exclusive offer|offers',
			'offer of the month|week',
			'discount*',
			'# % off',
			'save # %',
			'voucher*',
			'coupon*',
			'free consultation|consultations|treatment|treatments|session|sessions|trial|assessment',
			'free skin analysis',
			'consultation|consultations|session|sessions|treatment|treatments|assessment is|are free|complimentary',
			// A struck-out price: "was €199, now €149".
			'was € # now',
			'was # €|euro|euros now',
			'instead of € #',
			'instead of # €|euro|euros',
			'free of charge',
			'for free',
			'complimentary consultation*|treatment*|session*',
			'today only',
			'half price',
			'buy one get one',
			'# for the price of #|one',
			'bargain*',
		],
		// HWG §11(1) S. 1 No. 11: statements of third parties.
		'advertising-testimonial': [
			'patient|patients say|says|said|write|writes|wrote|report|reports|reported|tell|tells|told|rave|raves|recommend|recommends',
			'say|says|said|writes|wrote|reports one|a|our patient|client',
			'testimonial*',
			'patient stories|story|voices|reviews',
			'customer review*',
			'happy|satisfied|delighted patients|clients|customers',
			'google|trustpilot review|reviews|rating|ratings',
			// A star rating, ★★★★☆ (one word).
			'*★*|*☆*|*⭐*',
			'# stars',
			'# star rating|ratings',
		],
	},
	abbreviations: ['e', 'g', 'i', 'dr', 'prof', 'etc', 'vs', 'approx', 'incl', 'mr', 'mrs', 'ms'],
	// "Germany's No. 1" (but "The answer is no." ends its sentence).
	numberAbbreviations: ['no'],
	firstPerson: ['i', "i'm", "i've", "i'd", 'me', 'my', 'mine', 'myself'],
	// "before/after gallery", "before-and-after photos" (not "before" alone: "before the treatment").
	beforeAfterMention: ['before after', 'before and after photo*|picture*|image*|gallery|galleries|result|results|comparison*'],
	// A picture of a result is the "after" half of the comparison: "Result after 3 sessions".
	beforeAfter: ['before', 'after', 'result|results', '# weeks|days|months later'],
};
