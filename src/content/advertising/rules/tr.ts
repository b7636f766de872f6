import type { RuleTableInput } from '../rule-table.ts';

/**
 * Turkish, lower-cased with the `tr` locale (GARANTİLİ → garantili, IŞIK → ışık). Turkish joins its
 * suffixes to the word (`garanti*` finds garantili, garantilidir) and negates after it: a verb with
 * -me/-ma (edemeyiz, vermiyoruz, içermez) or değil, yok.
 */
export const tr: RuleTableInput = {
	locale: 'tr',
	negation: {
		// "Hiçbir tedavi risksiz değildir."
		before: { cues: ['hiçbir', 'hiç', 'asla'], window: 3, stopAt: ['ve', 'veya'] },
		after: {
			cues: ['değil*', 'yok*', '*mez', '*maz', '*mezler', '*mazlar', '*meyiz', '*mayız', '*miyor*', '*mıyor*', '*muyor*', '*müyor*', '*memek*', '*mamak*', '*madı', '*medi', '*mayan', '*meyen'],
			window: 3,
			stopAt: ['ve', 'veya', 'ya', 'ama', 'fakat', 'ancak', 'ile'],
		},
	},
	exceptions: ['en iyisi', 'en iyi şekilde|biçimde'],
	terms: {
		// HWG §3: certain success, no harmful effects.
		'advertising-promise': [
			'garanti*',
			'risksiz*',
			'risk|riski yok|yoktur|bulunmaz|taşımaz|içermez',
			'hiçbir risk|riski ~ yok|yoktur|taşımaz|içermez',
			'tehlikesiz*',
			'tamamen|kesinlikle|yüzde güvenli*',
			'ağrısız*',
			'acısız*',
			'ağrı|acı hissetmezsiniz|duymazsınız|olmaz|yoktur',
			'yan etkisiz*',
			'yan etki|etkisi yok|yoktur|bulunmaz|olmaz|görülmez|olmayan|içermez',
			'hiçbir yan etki|etkisi ~ yok|yoktur|görülmez',
			'kalıcı sonuç*|etki*|güzellik*',
			'sonuç*|etki* ~ kalıcı*|ömür boyu',
			'ömür boyu kalıcı*|süren|sürer',
			'% 100',
			'100 %',
			'yüzde yüz',
			'kesin sonuç*|başarı*',
			'başarı* ~ kesin*|garanti*',
		],
		// MBO-Ä §27(3): boastful and comparative advertising.
		'advertising-superlative': [
			'en iyi*',
			'eşsiz*',
			'benzersiz*',
			'tek adres*',
			'lider*',
			'bir numara*|numaralı',
			'en modern*',
			'en deneyimli*',
			'dünya standartlarında',
			'rakipsiz*',
			'diğer klinik*|doktor*|merkez*|hekim* ~ daha iyi',
		],
		// MBO-Ä §27(3) boastful advertising; HWG §7 gifts (a free service as a lure).
		'advertising-price-lure': [
			'sadece|yalnızca|yalnız # €|euro|avro|tl|₺|lira',
			'sadece|yalnızca|yalnız €|₺ #',
			'kampanya*',
			'indirim*',
			'fırsat*',
			'ücretsiz|bedava muayene*|danışma*|konsültasyon*|görüşme*|seans*|tedavi*|uygulama*',
			'bedava*',
			'hediye*',
			'kupon*',
			'özel fiyat*',
			'sadece bugün*',
		],
		// HWG §11(1) S. 1 No. 11: statements of third parties.
		'advertising-testimonial': [
			'hastamız*',
			'hasta yorum*|deneyim*|görüş*|hikaye*|hikâye*',
			'hastalarımızın yorum*|deneyim*|görüş*|hikaye*',
			'memnun hasta*',
			'hastalarımız ~ anlatıyor|diyor|söylüyor|tavsiye*',
			// A star rating, ★★★★☆ (one word).
			'*★*|*☆*|*⭐*',
			'# yıldız*',
		],
	},
	abbreviations: ['dr', 'prof', 'vb', 'vs', 'örn', 'bkz'],
	firstPerson: ['ben', 'bana', 'beni', 'benim', 'bende', 'kendimi'],
	beforeAfter: ['öncesi*', 'sonrası*', 'önce ~ sonra'],
};
