import { createHash } from 'node:crypto';

/** Short, stable hash of a text (line endings normalised), shown on leaflets and used to spot stale translations. */
export function contentHash(source: string): string {
	return createHash('sha256').update(source.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}
