import { join, relative } from 'node:path';
import { clinicSchema, type Clinic } from '../schemas/clinic.ts';
import { uiStringsSchema, type UiStrings } from '../schemas/ui-strings.ts';
import type { z } from 'zod';
import { ContentError, type FileProblems } from './content-error.ts';
import { createProblem } from './content-problem.ts';
import { fieldLocator, parseYaml, type FieldLocator } from './parse-yaml.ts';
import { readContentFile, type ContentText } from './read-content-file.ts';

const atStart: FieldLocator = () => ({ line: 1, column: 1 });

/**
 * Reads and validates one YAML file; `problems` is empty when `data` is set. `locate` finds a field in the
 * text read here, for problems found later (placeholders), without reading the file again.
 */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S): { data?: z.infer<S>; report: FileProblems; locate: FieldLocator } {
	const name = relative(process.cwd(), file) || file;
	let read: ContentText;
	try {
		read = readContentFile(file);
	} catch {
		return { report: { file: name, problems: [createProblem('missing-file', { line: 1, column: 1 }, {})] }, locate: atStart };
	}
	const { data, problems } = parseYaml(read.text, schema);
	// A file with unsafe characters or bytes is not used, even when its YAML is valid.
	const errors = read.problems.some((p) => p.severity === 'error');
	return { data: errors ? undefined : data, report: { file: name, problems: [...read.problems, ...problems] }, locate: fieldLocator(read.text) };
}

export const clinicFile = (dir: string) => join(dir, 'clinic.yaml');
export const uiStringsFile = (dir: string, lang: string) => join(dir, 'ui', `${lang}.yaml`);

/**
 * The clinic profile and the UI strings of every language it offers; throws a ContentError listing all
 * problems. `locateClinic` places later problems about the profile's fields (check-languages.ts).
 */
export function loadSettings(dir: string): { clinic: Clinic; ui: Record<string, UiStrings>; locateClinic: FieldLocator } {
	const clinic = readYamlFile(clinicFile(dir), clinicSchema);
	if (!clinic.data) throw new ContentError([clinic.report]);
	const strings = clinic.data.languages.map((lang) => [lang, readYamlFile(uiStringsFile(dir, lang), uiStringsSchema)] as const);
	const failed = strings.filter(([, s]) => !s.data).map(([, s]) => s.report);
	if (failed.length > 0) throw new ContentError(failed);
	return { clinic: clinic.data, ui: Object.fromEntries(strings.map(([lang, s]) => [lang, s.data!])), locateClinic: clinic.locate };
}
