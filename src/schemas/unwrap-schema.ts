import type { z } from 'zod';

/** What a walk over a schema along its data needs to know of one node's definition. */
export interface SchemaNode {
	type: string;
	shape?: Record<string, z.core.$ZodType>;
	element?: z.core.$ZodType;
	valueType?: z.core.$ZodType;
}

/**
 * The schema a field's value is checked by, without the wrappers that only make it optional or give it
 * a default (and a pipe's input, which is what the data is written as). The walks over the data along
 * the schema (per-language records in check-languages.ts, the patient-facing texts the advertising check
 * reads) share it, so a wrapper zod adds later is learned in one place.
 */
export function unwrapSchema(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
	const def = schema?._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
	if (!def) return undefined;
	if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
		return unwrapSchema(def.innerType);
	if (def.type === 'pipe') return unwrapSchema(def.in);
	return schema;
}

/** The definition of the unwrapped schema (`unwrapSchema`), as far as a walk reads it. */
export const schemaNode = (schema: z.core.$ZodType | undefined): SchemaNode | undefined =>
	unwrapSchema(schema)?._zod.def as SchemaNode | undefined;
