import { join } from 'node:path';
import { z } from 'zod';
import { existsSync } from 'node:fs';
import { leafletRegisterSchema, type RegisterEntry } from '../schemas/leaflet-register.ts';
import type { FileProblems } from './content-error.ts';
import { readYamlFile } from './load-settings.ts';
import { parseYaml, type FieldLocator } from './parse-yaml.ts';

// A register with no entry yet (only its comment header) is an empty YAML document, which the parser
// hands over as an empty object (or null): that is an empty list.
const registerFileSchema = z.preprocess(
	(value) => (value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) ? [] : value),
	leafletRegisterSchema,
);

/** Parses register text the way the check reads the file: its entries, or undefined when the text is not a valid register. */
export function parseRegisterText(text: string): RegisterEntry[] | undefined {
	return parseYaml(text, registerFileSchema).data;
}

export const registerFile = (dir: string) => join(dir, 'leaflet-register.yaml');

export interface LoadedRegister {
	/** The entries, in file order; empty when the file is missing, holds only comments, or is broken. */
	entries: RegisterEntry[];
	report: FileProblems;
	/** Where a field of the register stands, e.g. `[3, 'textHash']`. */
	locate: FieldLocator;
	/** Whether the file could be read and validated (a missing file is a valid, empty register). */
	valid: boolean;
}

/** Reads `content/leaflet-register.yaml`, the register of issued leaflet versions. A missing file is an empty register. */
export function loadRegister(dir: string): LoadedRegister {
	const file = registerFile(dir);
	if (!existsSync(file)) return { entries: [], report: { file, problems: [] }, locate: () => ({ line: 1, column: 1 }), valid: true };
	const read = readYamlFile(file, registerFileSchema);
	return { entries: read.data ?? [], report: read.report, locate: read.locate, valid: read.data !== undefined };
}
