import type { Leaflet } from './leaflet-model.ts';

/** Route params of a leaflet's print view and its assets: `/<lang>/leaflets/<doc>/`. */
export function leafletDocParams(leaflet: Leaflet): { lang: string; doc: string } {
	return { lang: leaflet.lang, doc: leaflet.viewPath.split('/').at(-2)! };
}
