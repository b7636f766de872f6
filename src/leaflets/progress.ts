import type { LeafletJob } from '../schemas/leaflet-manifest.ts';

/**
 * Progress of a leaflet run: a bar redrawn in place on a terminal, one line per leaflet elsewhere (CI logs).
 */
export function progressPrinter(
	stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number, job: LeafletJob, failed: boolean) => void {
	const started = performance.now();
	return (done, total, job, failed) => {
		if (stream.isTTY) {
			const width = 24;
			const filled = Math.round((done / total) * width);
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			stream.write(
				`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${seconds}s ${failed ? 'FAILED ' : ''}${job.id}`,
			);
			if (done === total) stream.write('\n');
		} else {
			stream.write(`${failed ? 'FAILED' : 'ok'}  ${String(done).padStart(String(total).length)}/${total}  ${job.id}\n`);
		}
	};
}
