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
		before: { cues: ['hiçbir', 'hiç', 'asla'], window: 3, stopAt: ['ve', 'veya', 'ama', 'fakat', 'ancak'] },
		after: {
			// "güvenli olup olmadığı" asks whether; it claims nothing.
			cues: ['değil*', 'yok*', '*mez', '*maz', '*mezler', '*mazlar', '*meyiz', '*mayız', '*miyor*', '*mıyor*', '*muyor*', '*müyor*', '*memek*', '*mamak*', '*madı', '*medi', '*mayan', '*meyen', '*madığı*', '*mediği*', 'mi', 'mı', 'mu', 'mü'],
			window: 3,
			stopAt: ['ve', 'veya', 'ya', 'ama', 'fakat', 'ancak', 'ile'],
		},
	},
	exceptions: [
		'en iyisi',
		'en iyi şekilde|biçimde',
		// A time is no ranking: "en iyi zaman kıştır".
		'en iyi zaman*|dönem*|mevsim*',
		// A risk, not a result: "yan etkiler kalıcı olabilir".
		'yan etki|etkiler|etkileri|etkisi ~ kalıcı*',
		// The care, not the treatment: "uygulama güvenli bir ortamda yapılır".
		'tedavi*|yöntem*|uygulama*|işlem*|enjeksiyon* ~ güvenli bir ortam*|şekilde|biçimde',
	],
	terms: {
		// HWG §3: certain success, no harmful effects.
		'advertising-promise': [
			'garanti*',
			'risksiz*',
			'sıfır risk*|ağrı*|acı*|yan',
			'para* ~ iade*',
			'risk|riski yok|yoktur|bulunmaz|taşımaz|içermez',
			'hiçbir risk|riski ~ yok|yoktur|taşımaz|içermez',
			'tehlikesiz*',
			'tamamen|kesinlikle|yüzde|mutlak|mutlaka güvenli*',
			'% 100|100 % güvenli*',
			'yüzde yüz güvenli*',
			'% 100 ~ güvenli*|etkili*|memnun*|memnuniyet*|başarı*',
			'100 % ~ güvenli*|etkili*|memnun*|memnuniyet*|başarı*',
			// "güvenli ve etkili": safety claimed as a quality.
			'güvenli ve|veya etkili*|etkin*|konforlu*|acısız*|ağrısız*|kanıtlanmış*',
			'etkili|etkin|kanıtlanmış ve güvenli*',
			{
				phrase: 'tedavi*|yöntem*|uygulama*|işlem*|enjeksiyon* ~ güvenli*',
				warning: 'a safety claim when it stands alone ("Tedavi güvenlidir"); true of a sentence that names the risks and for whom',
			},
			// Success promised: "her zaman etkili", "herkeste işe yarar".
			'her zaman etkili*|başarılı*',
			'her zaman işe yarar*',
			'her zaman sonuç verir*',
			'herkeste|herkese etkili*',
			'herkeste|herkese işe yarar*',
			'herkeste|herkese sonuç verir*',
			'herkes için etkili*',
			'herkes için işe yarar*',
			'kırışıksız*',
			'kırışıklıksız*',
			{
				phrase: 'klinik|bilimsel olarak kanıtlanmış*|ispatlanmış*|test',
				warning: 'misleading (HWG §3 No. 1) when the proof does not exist; name the study, or acknowledge with its source',
			},
			{
				phrase: 'anında ~ görünür*|sonuç*',
				warning: 'true of some treatments (a filler), a promise of certain success of others; say what is seen when, and for how many',
			},
			'ağrısız*',
			'acısız*',
			'ağrı|acı hissetmezsiniz|duymazsınız|olmaz|yoktur',
			'yan etkisiz*',
			'yan etki|etkisi yok|yoktur|bulunmaz|olmaz|görülmez|olmayan|içermez',
			'hiçbir yan etki|etkisi ~ yok|yoktur|görülmez',
			'kalıcı sonuç*|etki*|güzellik*',
			// Alternatives are single words: "ömür boyu" is a phrase of its own.
			'sonuç*|etki* ~ kalıcı*',
			'sonuç*|etki* ~ ömür boyu',
			'ömür boyu kalıcı*|süren|sürer',
			{ phrase: '% 100', warning: '"%100" alone may be a share (of costs, of a substance); with "güvenli", "etkili" or "memnun" it is an error' },
			{ phrase: '100 %', warning: '"%100" alone may be a share (of costs, of a substance); with "güvenli", "etkili" or "memnun" it is an error' },
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
			'bir|1 numara*|numaralı',
			'en güvenli*',
			'en modern*',
			'en deneyimli*',
			'dünya standartlarında',
			'rakipsiz*',
			'diğer klinik*|doktor*|merkez*|hekim* ~ daha iyi',
			// Against "conventional methods"; not against other medicines, which is information.
			'botoks*|geleneksel*|klasik*|alışılmış* ~ daha iyi*|etkili*|güvenli*|başarılı*',
		],
		// MBO-Ä §27(3) boastful advertising; HWG §7 gifts (a free service as a lure).
		'advertising-price-lure': [
			'sadece|yalnızca|yalnız # €|euro|avro|tl|₺|lira',
			'sadece|yalnızca|yalnız €|₺ #',
			'kampanya*',
			'indirim*',
			'fırsat*',
			'ücretsiz|bedava ~ muayene*|danışma*|konsültasyon*|görüşme*|seans*|tedavi*|uygulama*|analiz*',
			// "İlk görüşme ücretsizdir."
			'muayene*|danışma*|konsültasyon*|görüşme*|seans*|tedavi*|uygulama* ~ ücretsiz*|bedava*',
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
			'memnun|mutlu hasta*',
			'google yorum*|değerlendirme*|puan*',
			'hastalarımız ~ anlatıyor|diyor|söylüyor|tavsiye*',
			// A star rating, ★★★★☆ (one word).
			'*★*|*☆*|*⭐*',
			'# yıldız*',
		],
	},
	abbreviations: ['dr', 'prof', 'vb', 'vs', 'örn', 'bkz'],
	firstPerson: ['ben', 'bana', 'beni', 'benim', 'bende', 'kendimi'],
	// "öncesi sonrası galerisi", "öncesi ve sonrası fotoğrafları" (not "öncesi" alone: "tedavi öncesi").
	beforeAfterMention: ['öncesi sonrası*', 'öncesi ve sonrası fotoğraf*|resim*|görsel*|galeri*|karşılaştırma*'],
	// A picture of a result is the "after" half of the comparison: "3 seans sonra sonuç".
	beforeAfter: ['öncesi*', 'sonrası*', 'önce ~ sonra', 'sonuç*', '# seans*|hafta*|gün*|ay* sonra'],
};
