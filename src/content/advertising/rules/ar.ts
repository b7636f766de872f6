import type { RuleTableInput } from '../rule-table.ts';

/**
 * Arabic, without short vowels (harakat, tanwin) and tatweel, with the hamza forms of alef read as alef
 * and alef maqsura as ya, so مضمونٌ, الأفضل and الافضل match as written. Words are written without the
 * prefixes joined to them: `مضمون*` also finds المضمونة, ومضمون, بمضمون.
 */
export const ar: RuleTableInput = {
	locale: 'ar',
	normalize: { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ـ': '' },
	prefixes: ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'وب', 'ول', 'فب', 'فل'],
	negation: {
		// "لا يوجد علاج خالٍ من المخاطر", "النتائج ليست مضمونة", "غير مضمونة".
		// "هل العلاج آمن وفعال؟", "ما إذا كان آمنا" ask; they claim nothing.
		before: { cues: ['لا', 'ليس', 'ليست', 'لم', 'لن', 'غير', 'عدم', 'ليسوا', 'هل', 'اذا'], window: 4, stopAt: ['لكن', 'ولكن', 'بل'] },
	},
	exceptions: [
		'بدون|دون|بلا ضمان*',
		'من غير ضمان*',
		'من الافضل',
		'الافضل ان',
		'بشكل|نحو افضل',
		// A time is no ranking: "أفضل وقت للعلاج".
		'افضل وقت|موعد',
	],
	terms: {
		// HWG §3: certain success, no harmful effects.
		'advertising-promise': [
			'مضمون*',
			'ضمان*',
			'نضمن|يضمن|نضمنها',
			'خال*|خالي*|خالية من مخاطر*|خطر|الم|الام|اثار|اعراض',
			'بدون|دون|بلا مخاطر*|خطر|الم|الام|وجع',
			'من غير مخاطر*|خطر|الم|الام',
			'صفر مخاطر*|خطر|الم|الام|اثار',
			// "لا توجد أي مخاطر": a negation that is the promise.
			'لا توجد|يوجد اي مخاطر*|خطر|اثار|الم|الام',
			'بدون|دون|بلا اي مخاطر*|خطر|اثار|الم|الام',
			'استرداد|استرجاع المبلغ|الاموال|اموالك',
			'بدون|دون|بلا اثار|اعراض جانبي*',
			'امن|امنه|امنة|الامن تماما|كليا|مئه|مئة|100|١٠٠|بالكامل|مطلقا',
			// "آمن وفعال": safety claimed as a quality.
			'امن|امنه|امنة|امنا فعال*|مثبت*',
			'فعال|فعاله|فعالة امن|امنه|امنة|امنا',
			// Success promised: "يعمل دائما", "يعمل مع الجميع".
			'يعمل|تعمل|ينجح|تنجح|فعال* دائما|دايما|دوما',
			'يعمل|تعمل|ينجح|تنجح|فعال* مع|لدي|عند الجميع',
			'يعمل|تعمل|ينجح|تنجح|فعال* لكل شخص*|الناس',
			'فعال* للجميع',
			'بدون|دون|بلا تجاعيد',
			{
				phrase: 'مثبت*|ثبت ~ علميا|سريريا',
				warning: 'misleading (HWG §3 No. 1) when the proof does not exist; name the study, or acknowledge with its source',
			},
			{
				phrase: 'نتائج|نتيجه|نتيجة فوري*',
				warning: 'true of some treatments (a filler), a promise of certain success of others; say what is seen when, and for how many',
			},
			{ phrase: '100 %', warning: '"١٠٠٪" alone may be a share (of costs, of a substance); with "آمن" or "فعال" it is an error' },
			{ phrase: '% 100', warning: '"١٠٠٪" alone may be a share (of costs, of a substance); with "آمن" or "فعال" it is an error' },
			'100 % امن*|فعال*|مضمون*',
			'100 % ~ رضا|راض*|نجاح',
			'نتائج*|نتيج* دائم*|مضمون*|مؤكد*|نهائي*',
			'نتائج*|نتيج* فوري* دائم*',
			'تدوم|يدوم|دائم* مدي|مدى الحياه|الحياة',
			'تدوم|يدوم للابد|ابد*',
			'نجاح* مضمون*|مؤكد*',
		],
		// MBO-Ä §27(3): boastful and comparative advertising.
		'advertising-superlative': [
			// أفضل alone is also "better" (أفضل بكثير, "much better studied"): only "the best" and "the best clinic".
			'الافضل',
			'افضل عياده|عيادة|عيادات|مركز|مراكز|طبيب*|اطباء|نتائج|نتيجه|نتيجة|علاج',
			'فريد*',
			'عياده|عيادة|مركز|طبيب*|طبيبه|طبيبة وحيد*',
			'رائد*',
			'رقم 1|١|واحد',
			'اكثر ~ امانا',
			'الاكثر امانا',
			'احدث تقني*|اجهز*',
			'اكثر خبره|خبرة',
			'لا مثيل ~ له*',
			'افضل من ~ عيادات|اطباء|مراكز|غير*|بوتوكس|تقليدي*',
			// Against "conventional methods" or other practices; not against other medicines, which is information.
			'اكثر امانا|فعاليه|فعالية من ~ عيادات|اطباء|مراكز|بوتوكس|تقليدي*',
		],
		// MBO-Ä §27(3) boastful advertising; HWG §7 gifts (a free service as a lure).
		'advertising-price-lure': [
			'# يورو|€ فقط',
			'فقط # يورو|€',
			'عرض|عروض خاص*',
			'خصم*',
			'تخفيض*',
			'استشار*|فحص|جلس*|علاج|معاين*|تجرب* ~ مجان*',
			'قسيم*',
			'هدي*',
			'لفتر* محدود*',
			'اليوم فقط',
		],
		// HWG §11(1) S. 1 No. 11: statements of third parties.
		'advertising-testimonial': [
			'تقول|قالت|يقول|قال|تروي|يروي|تحكي|يحكي|كتبت|كتب احدى|احد مريض*|مرضى|مراجع*',
			'مريض*|مرضى ~ تقول|قالت|يقول|قال|يقولون|كتبت',
			'اراء|تجارب|شهادات|قصص|تقييمات مرضى|مريض*|مراجع*|عملاء',
			'مرضي|مرضانا|عملاء|عملاؤنا|عملائنا|مراجعينا راض*|سعداء|السعداء|الراضين',
			'تقييمات جوجل|غوغل|google',
			// A star rating, ★★★★☆ (one word).
			'*★*|*☆*|*⭐*',
			'# نجوم|نجمات',
		],
	},
	abbreviations: [],
	firstPerson: ['انا', 'لي', 'نفسي', 'شعرت', 'اشعر'],
	// "صور قبل وبعد", "قبل/بعد" (not "قبل" alone: "قبل العلاج").
	beforeAfterMention: ['قبل بعد', 'صور|صوره|صورة|معرض|نتائج قبل بعد'],
	// A picture of a result is the "after" half of the comparison: "النتيجة بعد ٣ جلسات".
	beforeAfter: ['قبل', 'بعد', 'نتيج*|نتائج'],
};
