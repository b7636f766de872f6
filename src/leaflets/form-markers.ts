import { htmlFragmentText } from './html-headings.ts';
import type { FormMarkerText } from './pdf-form.ts';

/**
 * The form markers of a print view (templates/FormMarker.astro) by id, with their tooltips: the printed
 * label of each blank, which Chromium does not carry into the PDF. Read from the HTML file the build
 * wrote, like the headings (html-headings.ts): the print views are this project's own well-formed
 * markup, whose marker elements have no markup inside.
 */
export function formMarkers(html: string): Map<string, FormMarkerText> {
	const markers = new Map<string, FormMarkerText>();
	for (const tag of html.matchAll(/<a\b[^>]*\bclass="form-marker"[^>]*>/g)) {
		const attributes = new Map([...tag[0].matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, htmlFragmentText(m[2]!)]));
		const id = attributes.get('id');
		const tooltip = attributes.get('data-tooltip');
		if (!id || tooltip === undefined) throw new Error(`A form marker of the print view has no id or tooltip: ${tag[0]}`);
		if (markers.has(id)) throw new Error(`The print view has the form marker "${id}" twice.`);
		const group = attributes.get('data-group-tooltip');
		markers.set(id, { tooltip, ...(group ? { groupTooltip: group } : {}) });
	}
	return markers;
}

/** The print view's writing direction, from its `<html dir>`: the footer's blanks are in its reading order. */
export function htmlDirection(html: string): 'ltr' | 'rtl' {
	return /<html\b[^>]*\bdir="rtl"/.test(html) ? 'rtl' : 'ltr';
}
