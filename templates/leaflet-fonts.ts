// The font files each script's print views use, preloaded from the print view's <head>. Without the
// hint, Chromium finds a font only when it lays out text in it, and lays the leaflet out again each
// time one arrives; with it, the fonts are loading while the HTML is parsed (about 12 % less CPU a
// leaflet, see BENCHMARKS.md). A hint only: fonts not listed here (e.g. latin-ext for Turkish) still
// load from the stylesheet, so a language missing here is slower to print, never wrong.
import plexArabic400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2?url';
import plexArabic700 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff2?url';
import plexLatin400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2?url';
import plexLatin700 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-700-normal.woff2?url';
import sans400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import sans400Italic from '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2?url';
import sans600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url';
import sans700 from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url';
import serif600 from '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2?url';

/** Font files to preload for a print view in a language written in this direction (see leaflet.css). */
export function leafletFonts(dir: 'ltr' | 'rtl'): string[] {
	return dir === 'rtl' ? [plexArabic400, plexArabic700, plexLatin400, plexLatin700] : [sans400, sans400Italic, sans600, sans700, serif600];
}
