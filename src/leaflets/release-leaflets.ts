import { isDeepStrictEqual } from 'node:util';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkContent } from '../content/check-content.ts';
import { ContentError } from '../content/content-error.ts';
import { loadSettings } from '../content/load-settings.ts';
import { parseRegisterText, registerFile } from '../content/load-register.ts';
import { registerSeal } from '../content/register-seal.ts';
import { UsageError } from '../cli/parse-cli.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';
import { listLeaflets } from './leaflet-model.ts';
import { withRegisterLock } from './register-lock.ts';

/** Thrown when the register's text is in a form the release cannot continue without changing what is there. */
export class RegisterFormError extends Error {}

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
		`  seal: "${entry.seal}"`,
		'',
	].join('\n');
}

export interface ReleaseResult {
	/** The entries appended, in leaflet order; empty when nothing was a draft. */
	recorded: RegisterEntry[];
	file: string;
	/** Leaflets recorded although their translation lags its source (published with `acknowledgeStale`). */
	warnings: string[];
}

/**
 * Records the draft leaflets (all, or the named ones) in the register after their review, under the
 * register's lock: runs the content check first (so the drafts come from the register as read under
 * the lock) and refuses on any error, then appends one sealed entry per leaflet to the file's bytes.
 * Existing entries are never written again: the new text is the old bytes plus the new entries, and it
 * is written (temp file and rename) only if the check's own reader finds exactly the old entries
 * followed by the new ones in it; a register in another YAML form is refused, untouched.
 */
export function releaseLeaflets(options: { contentDir: string; by: string; ids?: string[]; now?: Date }): ReleaseResult {
	const file = registerFile(options.contentDir);
	return withRegisterLock(file, () => releaseLocked(file, options));
}

function releaseLocked(file: string, options: { contentDir: string; by: string; ids?: string[]; now?: Date }): ReleaseResult {
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
	const chosen = leaflets.filter((l) => !l.release && (!options.ids?.length || options.ids.includes(l.id)));
	let seal = check.register.at(-1)?.seal ?? '';
	const recorded = chosen.map((l) => {
		const fields = {
			id: l.id,
			version: l.article.data.version,
			issued: l.article.data.issued,
			textHash: l.textHash,
			releasedBy: options.by,
			releasedAt,
		};
		seal = registerSeal(seal, fields);
		return { ...fields, seal };
	});
	// An acknowledged stale translation passes the check with a warning; its leaflets lag their source.
	const staleFiles = new Set(
		check.files.filter((f) => f.problems.some((p) => p.ruleId === 'translation-stale' && p.severity === 'warning')).map((f) => f.file),
	);
	const warnings = chosen
		.filter((l) => l.article.data.translation?.acknowledgeStale !== undefined && staleFiles.has(l.article.file))
		.map(
			(l) =>
				`${l.id} is the leaflet of a translation that lags its source, published with acknowledgeStale: "${l.article.data.translation!.acknowledgeStale}" (${l.article.file}).`,
		);
	if (recorded.length === 0) return { recorded, file, warnings };
	const before = existsSync(file) ? readFileSync(file).toString('utf8') : REGISTER_HEADER;
	const eol = before.includes('\r\n') ? '\r\n' : '\n';
	// A last line without its line break would run into the first new entry.
	const separator = before.length > 0 && !before.endsWith('\n') ? eol : '';
	const after = before + separator + recorded.map(formatRegisterEntry).join('').replaceAll('\n', eol);
	const old = parseRegisterText(before);
	const parsed = parseRegisterText(after);
	if (!old || !parsed || !isDeepStrictEqual(parsed, [...old, ...recorded]))
		throw new RegisterFormError(
			`${file} is valid, but not in the form npm run release continues (a block list starting at the line start, "- id: …", no "[]", no indentation, no "..." end marker): appended entries would not read as new entries. Nothing was written. Rewrite it in the form the release writes (see README "Releasing a leaflet version") and run npm run release again.`,
		);
	const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temp, after);
		renameSync(temp, file);
	} finally {
		rmSync(temp, { force: true });
	}
	return { recorded, file, warnings };
}
