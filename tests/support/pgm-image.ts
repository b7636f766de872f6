import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One page rendered by poppler as a grey image (PGM: a short header, then a byte a pixel). */
export interface GreyPage {
	width: number;
	height: number;
	/** Pixels per PDF point. */
	scale: number;
	pixels: Uint8Array;
	/** The page's raw PGM file, to compare two renders byte for byte. */
	raw: Buffer;
}

/** Every page of a PDF rendered by `pdftoppm -gray` at `dpi`, in order. */
export function renderGrey(pdf: string, dpi: number): GreyPage[] {
	const dir = mkdtempSync(join(tmpdir(), 'clinic-pgm-'));
	try {
		execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdf, join(dir, 'p')]);
		return readdirSync(dir)
			.filter((f) => f.endsWith('.pgm'))
			.sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
			.map((f) => {
				const raw = readFileSync(join(dir, f));
				const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(raw.subarray(0, 40).toString('latin1'));
				if (!header) throw new Error(`${f} is no 8-bit PGM`);
				const width = Number(header[1]);
				const height = Number(header[2]);
				return { width, height, scale: dpi / 72, pixels: raw.subarray(header[0].length), raw };
			});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The share of inked pixels along a row (at y, from x0 to x1) or a column (at x = `y`, from y0 = `x0` to y1 = `x1`). */
export function darkShare(page: GreyPage, y: number, x0: number, x1: number, axis: 'row' | 'column' = 'row'): number {
	let dark = 0;
	let all = 0;
	for (let t = Math.round(x0); t <= Math.round(x1); t++) {
		const [x, yy] = axis === 'row' ? [t, Math.round(y)] : [Math.round(y), t];
		if (x < 0 || yy < 0 || x >= page.width || yy >= page.height) continue;
		all++;
		// Any ink: a thin rule at a fractional position is drawn grey, not black.
		if (page.pixels[yy * page.width + x]! < 200) dark++;
	}
	return all === 0 ? 0 : dark / all;
}
