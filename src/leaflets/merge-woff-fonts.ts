import { inflateSync } from 'node:zlib';

/**
 * One TrueType font from several WOFF 1 files of one family: Fontsource ships each family split by
 * script (latin, latin-ext, arabic …), but a form field's /DA names one font, which must hold every
 * character a patient may type (a Turkish name, an Arabic one, digits). The first file's glyphs keep
 * their ids, so its layout tables (GSUB with the Arabic joining forms, GPOS, GDEF) stay valid; the
 * others' glyphs are appended (composite glyphs renumbered) and reached through the merged cmap. Their
 * own layout tables are dropped: Latin letters need none to be legible. Pure.
 */
export interface MergedFont {
	/** The TrueType file. */
	ttf: Buffer;
	/** Character code → glyph id. */
	cmap: Map<number, number>;
	/** Advance widths by glyph id, in font units. */
	advances: number[];
	unitsPerEm: number;
	ascent: number;
	descent: number;
	capHeight: number;
	bbox: [number, number, number, number];
	/** The family's PostScript-style name, e.g. IBMPlexSansArabic. */
	name: string;
}

type Tables = Map<string, Buffer>;

/** The sfnt tables of a WOFF 1 file (each zlib-compressed, or stored when that would not be smaller). */
export function woffTables(woff: Buffer): Tables {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 font file');
	const count = woff.readUInt16BE(12);
	const tables: Tables = new Map();
	for (let i = 0; i < count; i++) {
		const at = 44 + i * 20;
		const tag = woff.toString('latin1', at, at + 4);
		const offset = woff.readUInt32BE(at + 4);
		const compressed = woff.readUInt32BE(at + 8);
		const length = woff.readUInt32BE(at + 12);
		const data = woff.subarray(offset, offset + compressed);
		tables.set(tag, compressed === length ? Buffer.from(data) : inflateSync(data));
	}
	return tables;
}

interface Glyphs {
	data: Buffer[];
	advances: number[];
	lsbs: number[];
	cmap: Map<number, number>;
}

function readGlyphs(t: Tables): Glyphs {
	const head = t.get('head')!;
	const numGlyphs = t.get('maxp')!.readUInt16BE(4);
	const longLoca = head.readInt16BE(50) === 1;
	const loca = t.get('loca')!;
	const glyf = t.get('glyf')!;
	const at = (i: number) => (longLoca ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);
	const data = Array.from({ length: numGlyphs }, (_, i) => glyf.subarray(at(i), at(i + 1)));
	const hmtx = t.get('hmtx')!;
	const metrics = t.get('hhea')!.readUInt16BE(34);
	const advances: number[] = [];
	const lsbs: number[] = [];
	for (let i = 0; i < numGlyphs; i++) {
		advances.push(hmtx.readUInt16BE(Math.min(i, metrics - 1) * 4));
		lsbs.push(i < metrics ? hmtx.readInt16BE(i * 4 + 2) : hmtx.readInt16BE(metrics * 4 + (i - metrics) * 2));
	}
	return { data, advances, lsbs, cmap: readCmap(t.get('cmap')!) };
}

/** The Unicode cmap (format 4 or 12 of platform 3 or 0). */
function readCmap(cmap: Buffer): Map<number, number> {
	const map = new Map<number, number>();
	const count = cmap.readUInt16BE(2);
	for (let i = 0; i < count; i++) {
		const platform = cmap.readUInt16BE(4 + i * 8);
		const offset = cmap.readUInt32BE(8 + i * 8);
		const format = cmap.readUInt16BE(offset);
		if (platform !== 0 && platform !== 3) continue;
		if (format === 4) {
			const segments = cmap.readUInt16BE(offset + 6) / 2;
			const ends = offset + 14;
			const starts = ends + segments * 2 + 2;
			const deltas = starts + segments * 2;
			const ranges = deltas + segments * 2;
			for (let s = 0; s < segments; s++) {
				const end = cmap.readUInt16BE(ends + s * 2);
				const start = cmap.readUInt16BE(starts + s * 2);
				const delta = cmap.readInt16BE(deltas + s * 2);
				const range = cmap.readUInt16BE(ranges + s * 2);
				for (let c = start; c <= end && c !== 0xffff; c++) {
					const glyph = range === 0 ? (c + delta) & 0xffff : cmap.readUInt16BE(ranges + s * 2 + range + (c - start) * 2);
					if (glyph !== 0) map.set(c, range === 0 ? glyph : (glyph + delta) & 0xffff);
				}
			}
		} else if (format === 12) {
			const groups = cmap.readUInt32BE(offset + 12);
			for (let g = 0; g < groups; g++) {
				const at = offset + 16 + g * 12;
				const start = cmap.readUInt32BE(at);
				const end = cmap.readUInt32BE(at + 4);
				const glyph = cmap.readUInt32BE(at + 8);
				for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
			}
		}
	}
	return map;
}

/** A composite glyph with its component glyph ids mapped (a simple glyph is returned as it is). */
function renumber(glyph: Buffer, map: (id: number) => number): Buffer {
	if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return glyph;
	const out = Buffer.from(glyph);
	let at = 10;
	for (;;) {
		const flags = out.readUInt16BE(at);
		out.writeUInt16BE(map(out.readUInt16BE(at + 2)), at + 2);
		at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
		if (!(flags & 0x0020)) return out;
	}
}

/** Merges the WOFF files into one TrueType font, the first file's glyphs and layout first. */
export function mergeWoffFonts(woffs: Buffer[]): MergedFont {
	const fonts = woffs.map(woffTables);
	const base = fonts[0]!;
	const all: Glyphs = { data: [], advances: [], lsbs: [], cmap: new Map() };
	for (const [k, t] of fonts.entries()) {
		const g = readGlyphs(t);
		const offset = all.data.length - (k === 0 ? 0 : 1);
		// Glyph 0 (.notdef) of the other files is dropped; their glyph n becomes offset + n.
		const map = (id: number) => (k === 0 ? id : id === 0 ? 0 : offset + id);
		g.data.forEach((data, id) => {
			if (k > 0 && id === 0) return;
			all.data.push(renumber(data, map));
			all.advances.push(g.advances[id]!);
			all.lsbs.push(g.lsbs[id]!);
		});
		for (const [c, id] of g.cmap) if (!all.cmap.has(c)) all.cmap.set(c, map(id));
	}
	const tables: Tables = new Map();
	// glyf and loca (long offsets), each glyph padded to 4 bytes.
	const padded = all.data.map((d) => (d.length % 4 === 0 ? d : Buffer.concat([d, Buffer.alloc(4 - (d.length % 4))])));
	tables.set('glyf', Buffer.concat(padded));
	const loca = Buffer.alloc((padded.length + 1) * 4);
	padded.reduce((at, d, i) => (loca.writeUInt32BE(at, i * 4), at + d.length), 0);
	loca.writeUInt32BE(tables.get('glyf')!.length, padded.length * 4);
	tables.set('loca', loca);
	const hmtx = Buffer.alloc(all.data.length * 4);
	all.advances.forEach((a, i) => (hmtx.writeUInt16BE(a, i * 4), hmtx.writeInt16BE(all.lsbs[i]!, i * 4 + 2)));
	tables.set('hmtx', hmtx);
	const hhea = Buffer.from(base.get('hhea')!);
	hhea.writeUInt16BE(Math.max(...all.advances), 10);
	hhea.writeUInt16BE(all.data.length, 34);
	tables.set('hhea', hhea);
	const maxp = Buffer.from(base.get('maxp')!);
	maxp.writeUInt16BE(all.data.length, 4);
	// The limits (points, contours, component depth …) of the merged font: the largest of any file.
	if (maxp.length >= 32)
		for (let at = 6; at < 32; at += 2) maxp.writeUInt16BE(Math.max(...fonts.map((t) => t.get('maxp')!.readUInt16BE(at))), at);
	tables.set('maxp', maxp);
	const head = Buffer.from(base.get('head')!);
	head.writeInt16BE(1, 50);
	head.writeUInt32BE(0, 8);
	const bbox: [number, number, number, number] = [0, 0, 0, 0];
	for (const [i, pick] of [Math.min, Math.min, Math.max, Math.max].entries()) {
		bbox[i] = pick(...fonts.map((t) => t.get('head')!.readInt16BE(36 + i * 2)));
		head.writeInt16BE(bbox[i], 36 + i * 2);
	}
	tables.set('head', head);
	tables.set('cmap', writeCmap(all.cmap));
	const post = Buffer.from(base.get('post')!.subarray(0, 32));
	post.writeUInt32BE(0x00030000, 0);
	tables.set('post', post);
	for (const tag of ['OS/2', 'name', 'gasp', 'GDEF', 'GSUB', 'GPOS']) if (base.has(tag)) tables.set(tag, base.get(tag)!);
	const ttf = writeSfnt(tables);
	// checkSumAdjustment: 0xB1B0AFBA minus the whole file's checksum.
	ttf.writeUInt32BE((0xb1b0afba - checksum(ttf)) >>> 0, headOffset(ttf) + 8);
	const os2 = base.get('OS/2')!;
	const hheaBase = base.get('hhea')!;
	return {
		ttf,
		cmap: all.cmap,
		advances: all.advances,
		unitsPerEm: head.readUInt16BE(18),
		ascent: hheaBase.readInt16BE(4),
		descent: hheaBase.readInt16BE(6),
		capHeight: os2.length >= 90 ? os2.readInt16BE(88) : hheaBase.readInt16BE(4),
		bbox,
		name: postScriptName(base.get('name')!),
	};
}

/** A format 4 cmap of platform 3, encoding 1 (Unicode BMP), one segment per run of consecutive codes and glyphs. */
function writeCmap(map: Map<number, number>): Buffer {
	const codes = [...map.keys()].filter((c) => c < 0xffff).sort((a, b) => a - b);
	const segments: { start: number; end: number; delta: number }[] = [];
	for (const c of codes) {
		const last = segments.at(-1);
		const delta = (map.get(c)! - c) & 0xffff;
		if (last && last.end === c - 1 && last.delta === delta) last.end = c;
		else segments.push({ start: c, end: c, delta });
	}
	segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
	const n = segments.length;
	const sub = Buffer.alloc(16 + n * 8);
	sub.writeUInt16BE(4, 0);
	sub.writeUInt16BE(sub.length, 2);
	sub.writeUInt16BE(n * 2, 6);
	const power = 2 ** Math.floor(Math.log2(n));
	sub.writeUInt16BE(power * 2, 8);
	sub.writeUInt16BE(Math.log2(power), 10);
	sub.writeUInt16BE(n * 2 - power * 2, 12);
	segments.forEach((s, i) => {
		sub.writeUInt16BE(s.end, 14 + i * 2);
		sub.writeUInt16BE(s.start, 16 + n * 2 + i * 2);
		sub.writeUInt16BE(s.delta, 16 + n * 4 + i * 2);
		// idRangeOffset 0: glyph = code + delta.
	});
	const header = Buffer.alloc(12);
	header.writeUInt16BE(1, 2);
	header.writeUInt16BE(3, 4);
	header.writeUInt16BE(1, 6);
	header.writeUInt32BE(12, 8);
	return Buffer.concat([header, sub]);
}

function checksum(data: Buffer): number {
	const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
	return sum;
}

function writeSfnt(tables: Tables): Buffer {
	const tags = [...tables.keys()].sort();
	const n = tags.length;
	const power = 2 ** Math.floor(Math.log2(n));
	const header = Buffer.alloc(12 + n * 16);
	header.writeUInt32BE(0x00010000, 0);
	header.writeUInt16BE(n, 4);
	header.writeUInt16BE(power * 16, 6);
	header.writeUInt16BE(Math.log2(power), 8);
	header.writeUInt16BE(n * 16 - power * 16, 10);
	const bodies: Buffer[] = [];
	let offset = header.length;
	tags.forEach((tag, i) => {
		const data = tables.get(tag)!;
		const at = 12 + i * 16;
		header.write(tag.padEnd(4, ' '), at, 'latin1');
		header.writeUInt32BE(checksum(data), at + 4);
		header.writeUInt32BE(offset, at + 8);
		header.writeUInt32BE(data.length, at + 12);
		const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
		bodies.push(padded);
		offset += padded.length;
	});
	return Buffer.concat([header, ...bodies]);
}

function headOffset(ttf: Buffer): number {
	const n = ttf.readUInt16BE(4);
	for (let i = 0; i < n; i++) if (ttf.toString('latin1', 12 + i * 16, 16 + i * 16) === 'head') return ttf.readUInt32BE(20 + i * 16);
	throw new Error('the merged font has no head table');
}

/** Name id 6 (PostScript name) of the name table, or a fallback. */
function postScriptName(name: Buffer): string {
	const count = name.readUInt16BE(2);
	const strings = name.readUInt16BE(4);
	for (let i = 0; i < count; i++) {
		const at = 6 + i * 12;
		if (name.readUInt16BE(at + 6) !== 6) continue;
		const platform = name.readUInt16BE(at);
		const length = name.readUInt16BE(at + 8);
		const offset = strings + name.readUInt16BE(at + 10);
		const raw = name.subarray(offset, offset + length);
		const text = platform === 3 || platform === 0 ? Buffer.from(raw).swap16().toString('utf16le') : raw.toString('latin1');
		const clean = text.replace(/[^A-Za-z0-9-]/g, '');
		if (clean) return clean;
	}
	return 'FormFont';
}
