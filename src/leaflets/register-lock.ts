import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/** Thrown when another `npm run release` holds the register's lock. */
export class RegisterLockedError extends Error {}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * Runs `work` while holding an exclusive lock file (`<register>.lock`, created with `wx`, holding the
 * pid), so two releases cannot both read the register and both append to it. A lock whose process is
 * gone (a release killed half-way) is stale and taken over; a held one refuses.
 */
export function withRegisterLock<T>(registerPath: string, work: () => T): T {
	const lock = `${registerPath}.lock`;
	let fd: number | undefined;
	for (let attempt = 0; fd === undefined; attempt++) {
		try {
			fd = openSync(lock, 'wx');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
			let pid = Number.NaN;
			try {
				pid = Number(readFileSync(lock, 'utf8').trim());
			} catch {
				// Removed meanwhile: try again.
			}
			if (Number.isInteger(pid) && pid > 0 && alive(pid))
				throw new RegisterLockedError(
					`Another release (process ${pid}) is writing the register now (${lock}). Wait for it to finish, then run npm run release again.`,
				);
			rmSync(lock, { force: true });
		}
	}
	try {
		writeSync(fd, `${process.pid}\n`);
		closeSync(fd);
		return work();
	} finally {
		rmSync(lock, { force: true });
	}
}
