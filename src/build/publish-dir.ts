import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Builds into a fresh temporary folder next to `target` and replaces `target` only when `build`
 * succeeded: a failed build leaves the last good output exactly as it was, and never a half-built one.
 */
export async function publishDir(target: string, build: (tmp: string) => Promise<void>): Promise<void> {
	const staging = join(dirname(target), '.build-tmp');
	await mkdir(staging, { recursive: true });
	const tmp = await mkdtemp(join(staging, 'out-'));
	try {
		await build(tmp);
	} catch (error) {
		await rm(tmp, { recursive: true, force: true });
		await rmdir(staging).catch(() => {}); // only when empty: another build may be using it
		throw error;
	}
	// Two renames on one file system: `target` is missing only for the instant between them.
	const old = `${tmp}-old`;
	if (existsSync(target)) await rename(target, old);
	try {
		await rename(tmp, target);
	} catch (error) {
		if (existsSync(old)) await rename(old, target);
		throw error;
	}
	await rm(old, { recursive: true, force: true });
	await rmdir(staging).catch(() => {});
}
