import type { RuleTableInput } from '../rule-table.ts';

/** English. `risk free` also finds risk-free: hyphens separate words. */
export const en: RuleTableInput = {
	locale: 'en',
	negation: {
		// "No treatment is risk-free", "not painless", "cannot be guaranteed".
		before: {
			cues: ['not', 'no', 'never', 'cannot', "can't", "don't", "doesn't", "isn't", "aren't", "won't", 'nothing', 'none', 'neither', 'nor', 'nobody'],
			window: 4,
			stopAt: ['and', 'or'],
		},
		// "A guarantee is not possible."
		after: { cues: ['not', 'never'], window: 2, stopAt: ['and', 'or', 'but'] },
	},
	exceptions: ['without a|any guarantee|guarantees', 'without guarantee|guarantees', 'at best'],
	terms: {
		// HWG §3: certain success, no harmful effects.
		'advertising-promise': [
			'guarantee|guarantees|guaranteed|guaranteeing',
			'risk free',
			'riskless',
			'no risk|risks',
			'without risk|risks',
			'free of risk|risks',
			'completely|totally|absolutely|perfectly|guaranteed safe',
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
			'result|results|effect|effects ~ last|lasts forever|permanently|for life',
			'result|results|effect|effects ~ permanent|forever',
			'100 %',
			'100 percent',
			'hundred percent',
			'# % ~ safe|effective|success*|satisf*',
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
			'number one|1',
			'most modern',
			'most experienced',
			'world class',
			'better than ~ other|others|elsewhere|competitors|anyone',
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
			'free consultation|consultations|treatment|treatments|session|sessions|trial',
			'free of charge',
			'for free',
			'complimentary consultation*|treatment*|session*',
			'today only',
			'bargain*',
		],
		// HWG §11(1) S. 1 No. 11: statements of third parties.
		'advertising-testimonial': [
			'patient|patients say|says|said|write|writes|wrote|report|reports|reported|tell|tells|told|rave|raves|recommend|recommends',
			'say|says|said|writes|wrote|reports one|a|our patient|client',
			'testimonial*',
			'patient stories|story|voices|reviews',
			'customer review*',
			// A star rating, ★★★★☆ (one word).
			'*★*|*☆*|*⭐*',
			'# stars',
			'# star rating|ratings',
		],
	},
	abbreviations: ['e', 'g', 'i', 'dr', 'prof', 'etc', 'vs', 'approx', 'incl', 'mr', 'mrs', 'ms'],
	firstPerson: ['i', "i'm", "i've", "i'd", 'me', 'my', 'mine', 'myself'],
	beforeAfter: ['before', 'after'],
};
