import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkContent } from '../content/check-content.ts';
import { ContentError } from '../content/content-error.ts';
import { loadSettings } from '../content/load-settings.ts';
import { registerFile } from '../content/load-register.ts';
import { UsageError } from '../cli/parse-cli.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';
import { listLeaflets } from './leaflet-model.ts';

/** The comment a new register starts with. */
export const REGISTER_HEADER = `# The register of issued leaflet versions: one entry per leaflet version handed out to patients, with
# the hash of the text it carries (printed in its footer), who released it and when. Written by
# \`npm run release\`; the register only grows, an entry is never changed or removed (README: "Releasing a
# leaflet version").
`;

/** One entry as the register writes it: a YAML list item, every value in quotes where YAML could read it as another type. */
export function formatRegisterEntry(entry: RegisterEntry): string {
	return [
		`- id: ${entry.id}`,
		`  version: "${entry.version}"`,
		`  issued: ${entry.issued}`,
		`  textHash: "${entry.textHash}"`,
		`  releasedBy: ${entry.releasedBy}`,
		`  releasedAt: "${entry.releasedAt}"`,
		'',
	].join('\n');
}

export interface ReleaseResult {
	/** The entries appended, in leaflet order; empty when nothing was a draft. */
	recorded: RegisterEntry[];
	file: string;
}

/**
 * Records the draft leaflets (all, or the named ones) in the register after their review: runs the
 * content check first and refuses on any error, then appends one entry per leaflet to the file's
 * bytes. Existing entries are never parsed back and written again, so their bytes stay as they are.
 */
export function releaseLeaflets(options: { contentDir: string; by: string; ids?: string[]; now?: Date }): ReleaseResult {
	const file = registerFile(options.contentDir);
	const check = checkContent(options.contentDir);
	if (check.errorCount > 0) throw new ContentError(check.files.filter((f) => f.problems.some((p) => p.severity === 'error')));
	const { clinic, ui } = loadSettings(options.contentDir);
	const physicians = clinic.physicians.map((p) => p.id);
	if (!physicians.includes(options.by))
		throw new UsageError(`--by takes the id of a physician in clinic.yaml: ${physicians.join(', ')} (got "${options.by}").`);
	const published = check.articles.filter((a) => clinic.languages.includes(a.lang));
	const leaflets = listLeaflets(published, clinic.languages, { clinic, ui, register: check.register }, clinic.sourceLanguage);
	const unknown = (options.ids ?? []).filter((id) => !leaflets.some((l) => l.id === id));
	if (unknown.length > 0) throw new UsageError(`Unknown --id ${unknown.join(', ')}; known: ${leaflets.map((l) => l.id).join(', ')}.`);
	const releasedAt = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const recorded = leaflets
		.filter((l) => !l.release && (!options.ids?.length || options.ids.includes(l.id)))
		.map((l) => ({
			id: l.id,
			version: l.article.data.version,
			issued: l.article.data.issued,
			textHash: l.textHash,
			releasedBy: options.by,
			releasedAt,
		}));
	if (recorded.length === 0) return { recorded, file };
	const before = existsSync(file) ? readFileSync(file) : Buffer.from(REGISTER_HEADER);
	// A last line without its line break would run into the first new entry.
	const separator = before.length > 0 && before[before.length - 1] !== 0x0a ? '\n' : '';
	writeFileSync(file, Buffer.concat([before, Buffer.from(separator + recorded.map(formatRegisterEntry).join(''))]));
	return { recorded, file };
}
