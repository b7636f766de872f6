import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LeafletManifest } from '../../src/schemas/leaflet-manifest.ts';
import { fixtureContent } from '../support/build-site.ts';
import { releaseLeaflets } from '../../src/leaflets/release-leaflets.ts';
import { skiaPdfText } from '../../src/leaflets/skia-pdf-text.ts';

const build = (content: string, out: string) => {
	const run = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
		encoding: 'utf8',
		timeout: 200_000,
	});
	expect(run.status, run.stderr).toBe(0);
	const counts = /Leaflets: (\d+) rendered, (\d+) unchanged/.exec(run.stdout);
	return { rendered: Number(counts![1]), reused: Number(counts![2]) };
};
const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'leaflets.json'), 'utf8')) as LeafletManifest;
const edit = (file: string, from: string, to: string) => {
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
};

describe('incremental and deterministic leaflet builds', () => {
	it('renders nothing without a change, only the changed article after an edit, and everything after a clinic change', () => {
		const content = fixtureContent('site');
		// The edits below change released texts; without the register the leaflets are drafts, not errors.
		rmSync(join(content, 'leaflet-register.yaml'));
		const out = join(mkdtempSync(join(tmpdir(), 'clinic-inc-')), 'dist');
		expect(build(content, out)).toEqual({ rendered: 9, reused: 0 });
		const first = manifest(out);

		expect(build(content, out)).toEqual({ rendered: 0, reused: 9 });
		expect(manifest(out)).toEqual(first);
		// The reused PDFs (hard links into the last build, which is gone now) are whole and unchanged.
		for (const leaflet of first.leaflets) {
			expect(
				createHash('sha256')
					.update(readFileSync(join(out, leaflet.pdf)))
					.digest('hex'),
				leaflet.id,
			).toBe(leaflet.sha256);
		}

		// A PDF that no longer has its recorded sha256 (damaged, edited by hand) is rendered again, not reused.
		writeFileSync(join(out, first.leaflets[0]!.pdf), 'not the PDF that was rendered');
		expect(build(content, out)).toEqual({ rendered: 1, reused: 8 });
		expect(manifest(out)).toEqual(first);

		// beta exists only in English: its two leaflets change, nothing else.
		edit(join(content, 'articles/en/beta-treatment.md'), 'Alpha is a fixture.', 'Beta is a fixture.');
		expect(build(content, out)).toEqual({ rendered: 2, reused: 7 });
		const changed = manifest(out)
			.leaflets.filter((l, i) => l.sha256 !== first.leaflets[i]!.sha256)
			.map((l) => l.id);
		// The edit is in a section only the consent form prints: the aftercare sheet, rendered again because
		// both share one page stylesheet, carries the same text and hash and comes out byte for byte the same.
		expect(changed.sort()).toEqual(['beta-consent-en']);

		// The clinic profile is on every leaflet.
		edit(join(content, 'clinic.yaml'), 'phone: +49 251 5550100', 'phone: +49 251 5550199');
		expect(build(content, out)).toEqual({ rendered: 9, reused: 0 });
		expect(manifest(out).leaflets.every((l) => l.draft)).toBe(true);

		// A release removes the draft mark: the released leaflet is rendered again, the others are reused.
		releaseLeaflets({ contentDir: content, by: 'lena-hartmann', ids: ['beta-consent-en'] });
		expect(build(content, out)).toEqual({ rendered: 1, reused: 8 });
		expect(
			manifest(out)
				.leaflets.filter((l) => !l.draft)
				.map((l) => l.id),
		).toEqual(['beta-consent-en']);
		const text = (id: string) =>
			skiaPdfText(readFileSync(join(out, manifest(out).leaflets.find((l) => l.id === id)!.pdf))).text.replace(/\s+/g, ' ');
		expect(text('beta-consent-en')).not.toContain('DRAFT');
		expect(text('beta-aftercare-en')).toContain('DRAFT – not to be handed to patients');
	});

	it('produces byte-identical PDFs from two clean builds of the same content', () => {
		const content = fixtureContent('site');
		const a = join(mkdtempSync(join(tmpdir(), 'clinic-det-')), 'dist');
		const b = join(mkdtempSync(join(tmpdir(), 'clinic-det-')), 'dist');
		build(content, a);
		build(content, b);
		const hashes = (out: string) => manifest(out).leaflets.map((l) => [l.id, l.sha256]);
		expect(hashes(a)).toEqual(hashes(b));
		for (const leaflet of manifest(a).leaflets) {
			expect(readFileSync(join(a, leaflet.pdf)).equals(readFileSync(join(b, leaflet.pdf))), leaflet.id).toBe(true);
		}
	});
});
