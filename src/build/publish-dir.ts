import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { whileRunning } from './interrupt.ts';
import { assertSafeOutput, type OutputGuardOptions } from './output-guard.ts';
import { STAGING_DIR, writeOutputMarker } from './output-marker.ts';
import { ownedName, processAlive, removeStaleFolders } from './stale-folders.ts';

const PREFIX = 'out-';

/**
 * Builds into a fresh temporary folder next to `target` and replaces `target` only when `build`
 * succeeded: a failed build leaves the last good output exactly as it was, and never a half-built one.
 * `target` must pass the output guard (missing, empty, or an earlier output of this project); the new
 * output carries the marker that lets the next build replace it.
 */
export async function publishDir(
	target: string,
	build: (tmp: string) => Promise<void>,
	guard: Partial<OutputGuardOptions> = {},
): Promise<void> {
	const check = () => assertSafeOutput(target, { label: 'OUT_DIR', ...guard, mode: 'replace' });
	check();
	// One staging folder per target: a leftover found in it can only be the last good output of this
	// target, never that of another output in the same parent folder (`P/a` and `P/b`).
	const staging = join(dirname(target), STAGING_DIR, basename(target));
	await mkdir(staging, { recursive: true });
	await removeLeftovers(staging, target);
	// mkdir, not mkdtemp: the output gets ordinary permissions (0777 less the umask, 0755 usually), so a
	// web server running as another user can read it; mkdtemp's 0700 would stay on the published folder.
	const tmp = join(staging, ownedName(PREFIX, randomBytes(6).toString('hex')));
	await mkdir(tmp);
	const old = `${tmp}-old`;
	const release = whileRunning(async () => {
		// Stopped between the two renames below: the last good output is put back first.
		if (!existsSync(target) && existsSync(old)) await rename(old, target);
		await rm(tmp, { recursive: true, force: true });
		await rm(old, { recursive: true, force: true });
		await removeStaging(staging);
	});
	try {
		try {
			await build(tmp);
			writeOutputMarker(tmp);
			// Someone may have put files into the target while the build ran.
			check();
		} catch (error) {
			await rm(tmp, { recursive: true, force: true });
			await removeStaging(staging); // only when empty: another build may be using it
			throw error;
		}
		// Two renames on one file system: `target` is missing only for the instant between them.
		if (existsSync(target)) await rename(target, old);
		try {
			await rename(tmp, target);
		} catch (error) {
			if (existsSync(old)) await rename(old, target);
			throw error;
		}
		await rm(old, { recursive: true, force: true });
		await removeStaging(staging);
	} finally {
		release();
	}
}

/**
 * Temporary folders of builds that were killed (`kill -9`, a crash): removed, except a last good output
 * that was renamed aside when its process died between the two renames; that one is put back.
 */
async function removeLeftovers(staging: string, target: string): Promise<void> {
	for (const name of readdirSync(staging)) {
		const pid = /^out-(\d+)-[0-9a-f]+-old$/.exec(name)?.[1];
		if (pid && !processAlive(Number(pid)) && !existsSync(target)) await rename(join(staging, name), target);
	}
	await removeStaleFolders(staging, PREFIX);
}

/** The target's staging folder and the shared one above it, each only when empty (another build may use it). */
async function removeStaging(staging: string): Promise<void> {
	await rmdir(staging).catch(() => {});
	await rmdir(dirname(staging)).catch(() => {});
}
