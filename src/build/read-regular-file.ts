import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Files of an earlier output (its manifest, its PDFs) are input the build did not just make: anyone may
 * have put a FIFO, a device or a link there. Reading a FIFO blocks forever (and with it the thread pool
 * a signal's cleanup needs), a device or a huge file fills the memory. So such a file is opened without
 * following a link and without blocking, checked on the open descriptor (no race with a swap after a
 * check by name), and read only up to `maxBytes`.
 */
export class NotARegularFileError extends Error {
	readonly code = 'ENOTREGULAR';
}

/** A leaflet PDF is a few hundred kilobytes; far bigger is not one the build made. */
export const MAX_PDF_BYTES = 256 * 1024 * 1024;

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function refuse(path: string, why: string): never {
	throw new NotARegularFileError(`${path} ${why}; the build only reads ordinary files it made itself. Remove it, then run again.`);
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isSymbolicLink(): boolean }): string {
	return stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe (FIFO)' : 'a device or socket';
}

function checked(path: string, stat: { isFile(): boolean; size: number } & Parameters<typeof kindOf>[0], maxBytes: number): void {
	if (!stat.isFile()) refuse(path, `is ${kindOf(stat)}, not an ordinary file`);
	if (stat.size > maxBytes) refuse(path, `is ${stat.size} bytes, more than the ${maxBytes} such a file can hold`);
}

/** ELOOP from O_NOFOLLOW: the name is a symbolic link. */
function openError(path: string, error: unknown): never {
	if ((error as NodeJS.ErrnoException).code === 'ELOOP') refuse(path, 'is a symbolic link, not an ordinary file');
	throw error;
}

export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
	const handle = await open(path, FLAGS).catch((error: unknown) => openError(path, error));
	try {
		const stat = await handle.stat();
		checked(path, stat, maxBytes);
		// One byte more than the file had: a file that grew since the check is noticed, not cut short.
		const buffer = Buffer.alloc(stat.size + 1);
		let length = 0;
		for (;;) {
			const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
			if (bytesRead === 0) break;
			length += bytesRead;
			if (length === buffer.length) refuse(path, 'grew while it was read');
		}
		return buffer.subarray(0, length);
	} finally {
		await handle.close();
	}
}

export function readRegularFileSync(path: string, maxBytes: number): Buffer {
	let fd: number;
	try {
		fd = openSync(path, FLAGS);
	} catch (error) {
		openError(path, error);
	}
	try {
		const stat = fstatSync(fd);
		checked(path, stat, maxBytes);
		// One byte more than the file had: a file that grew since the check is noticed, not cut short.
		const buffer = Buffer.alloc(stat.size + 1);
		let length = 0;
		for (;;) {
			const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
			if (bytesRead === 0) break;
			length += bytesRead;
			if (length === buffer.length) refuse(path, 'grew while it was read');
		}
		return buffer.subarray(0, length);
	} finally {
		closeSync(fd);
	}
}
