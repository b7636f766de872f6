import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A folder name for a process's temporary folder: `<prefix><pid>-<random>`. The pid in the name lets a
 * later run tell a leftover of a killed process (`kill -9`, a crash) from a folder still in use.
 */
export function ownedName(prefix: string, random: string, pid = process.pid): string {
	return `${prefix}${pid}-${random}`;
}

/** Whether process `pid` is running (a process of another user counts: it may not be touched). */
export function processAlive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes the folders in `parent` named by `ownedName(prefix, …)` whose process is gone, and returns
 * their names. Folders of running processes, and every other name, are left alone.
 */
export async function removeStaleFolders(parent: string, prefix: string): Promise<string[]> {
	let names: string[];
	try {
		names = readdirSync(parent);
	} catch {
		return [];
	}
	const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-`);
	const stale = names.filter((name) => {
		const pid = pattern.exec(name)?.[1];
		return pid !== undefined && !processAlive(Number(pid));
	});
	await Promise.all(stale.map((name) => rm(join(parent, name), { recursive: true, force: true })));
	return stale;
}
