// The font files each script's print views use, preloaded from the print view's <head>. Without the
// hint, Chromium finds a font only when it lays out text in it, and lays the leaflet out again each
// time one arrives; with it, the fonts are loading while the HTML is parsed (about 12 % less CPU a
// leaflet, see BENCHMARKS.md). A hint only: a font not listed here still loads from the stylesheet when
// the text needs it, so a missing entry makes a leaflet slower to print, never wrong.
import type { UiStrings } from '../src/schemas/ui-strings.ts';
import plexArabic400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2?url';
import plexArabic700 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff2?url';
import plexLatin400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2?url';
import plexLatin700 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-700-normal.woff2?url';
import sans400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import sans400Italic from '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2?url';
import sans600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url';
import sans700 from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url';
import serif600 from '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2?url';
import sansExt400 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?url';
import sansExt400Italic from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-italic.woff2?url';
import sansExt600 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?url';
import sansExt700 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-700-normal.woff2?url';
import serifExt600 from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff2?url';

// Letters that Fontsource's `latin` files lack and its `latin-ext` files hold (Turkish ğ ş İ, Polish ł,
// Czech ř …); `latin` already covers ı, Œ and œ.
const latinExtLetter = /[\u0100-\u0130\u0132-\u0151\u0154-\u024f\u1e00-\u1eff]/;
const usesLatinExt = new WeakMap<UiStrings, boolean>();

/**
 * Font files to preload for a print view in a language (see leaflet.css): by its writing direction, and
 * the Latin Extended files when the language's UI strings use such letters, as Turkish does.
 */
export function leafletFonts(ui: UiStrings): string[] {
	if (ui.dir === 'rtl') return [plexArabic400, plexArabic700, plexLatin400, plexLatin700];
	let ext = usesLatinExt.get(ui);
	if (ext === undefined) {
		ext = latinExtLetter.test(JSON.stringify(ui));
		usesLatinExt.set(ui, ext);
	}
	const latin = [sans400, sans400Italic, sans600, sans700, serif600];
	return ext ? [...latin, sansExt400, sansExt400Italic, sansExt600, sansExt700, serifExt600] : latin;
}
