import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../content/content-hash.ts';
import { clinicFile, uiStringsFile } from '../content/load-settings.ts';

/** Hash of what every leaflet of a language depends on besides its article: clinic profile, UI strings, templates. */
export function leafletInputsHash(contentDir: string, templatesDir: string): (lang: string) => string {
	const templates = readdirSync(templatesDir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((f) => `${f}\n${safeRead(join(templatesDir, f))}`)
		.join('\n');
	const shared = `${safeRead(clinicFile(contentDir))}\n${contentHash(templates)}`;
	const cache = new Map<string, string>();
	return (lang) => {
		let hash = cache.get(lang);
		if (!hash) {
			hash = contentHash(`${shared}\n${safeRead(uiStringsFile(contentDir, lang))}`);
			cache.set(lang, hash);
		}
		return hash;
	};
}

function safeRead(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
