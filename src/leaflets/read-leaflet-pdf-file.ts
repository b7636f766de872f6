import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** Leaflets are well under 10 MB; a file far beyond is no leaflet, and reading it whole would exhaust memory. */
export const MAX_LEAFLET_PDF_BYTES = 200 * 1024 * 1024;

const kind = (stat: Stats) =>
	stat.isDirectory()
		? 'a directory'
		: stat.isFIFO()
			? 'a named pipe (FIFO)'
			: stat.isSocket()
				? 'a socket'
				: stat.isCharacterDevice() || stat.isBlockDevice()
					? 'a device'
					: 'not a regular file';

/**
 * Reads a file `npm run verify` was given, refusing what is no regular file or too large with a reason
 * instead of hanging (a FIFO) or crashing (a string too long). Opened non-blocking and checked on the
 * open descriptor, so the file checked is the file read.
 */
export function readLeafletPdfFile(path: string): { bytes: Buffer } | { reason: string } {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return { reason: `cannot be read: ${(error as Error).message}` };
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { reason: `cannot be read: it is ${kind(stat)}, not a PDF file.` };
		if (stat.size > MAX_LEAFLET_PDF_BYTES)
			return {
				reason: `not a leaflet: the file has ${stat.size} bytes, more than the ${MAX_LEAFLET_PDF_BYTES / 1024 / 1024} MB a leaflet could have (they are well under 10 MB).`,
			};
		return { bytes: readFileSync(fd) };
	} catch (error) {
		return { reason: `cannot be read: ${(error as Error).message}` };
	} finally {
		closeSync(fd);
	}
}
