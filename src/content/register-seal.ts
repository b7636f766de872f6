import { createHash } from 'node:crypto';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';

/**
 * The seal of a register entry: 12 hex characters of the sha256 of the previous entry's seal ("" for
 * the first) and the entry's own fields in a fixed order. It chains the entries, so an entry edited,
 * moved, or one removed before it no longer matches, seen from the file alone. It is no secret (anyone
 * can compute it): it shows an edit by hand, not a forgery; removing the last entries leaves no trace
 * in the file (git history has them). Pure.
 */
export function registerSeal(previousSeal: string, entry: Omit<RegisterEntry, 'seal'>): string {
	const canonical = JSON.stringify([previousSeal, entry.id, entry.version, entry.issued, entry.textHash, entry.releasedBy, entry.releasedAt]);
	return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}
