import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { publishDir } from '../../src/build/publish-dir.ts';
import { removeStaleFolders } from '../../src/build/stale-folders.ts';
import { PROFILE_PREFIX } from '../../src/browser/launch-browser.ts';

/** The pid of a process that has ended (as after a `kill -9`). */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

const folder = (parent: string, name: string) => {
	mkdirSync(join(parent, name), { recursive: true });
	writeFileSync(join(parent, name, 'some-file'), 'left over');
	return name;
};

describe('leftovers of killed builds', () => {
	it("removes the folders of dead processes only: a running build's folder and other programs' folders stay", async () => {
		const parent = mkdtempSync(join(tmpdir(), 'clinic-stale-'));
		const dead = deadPid();
		const stale = [folder(parent, `${PROFILE_PREFIX}${dead}-abc123`), folder(parent, `${PROFILE_PREFIX}${deadPid()}-def456`)];
		const kept = [
			folder(parent, `${PROFILE_PREFIX}${process.pid}-0a0a0a`), // this process: running
			folder(parent, `${PROFILE_PREFIX}1-0b0b0b`), // pid 1 is always running
			folder(parent, `puppeteer_dev_chrome_profile-${dead}`), // another program's
			folder(parent, `${PROFILE_PREFIX}x-0c0c0c`),
			folder(parent, `other-${dead}-0d0d0d`),
		];
		expect((await removeStaleFolders(parent, PROFILE_PREFIX)).sort()).toEqual(stale.sort());
		expect(readdirSync(parent).sort()).toEqual(kept.sort());
	});

	it('publishDir removes stale temporary build folders (.build-tmp/<target>/out-<pid>-*) of dead builds, not of a running one', async () => {
		const root = mkdtempSync(join(tmpdir(), 'clinic-stale-'));
		const staging = join(root, '.build-tmp', 'dist');
		const stale = folder(staging, `out-${deadPid()}-0123456789ab`);
		const running = folder(staging, `out-${process.pid}-ba9876543210`);
		const seen: string[][] = [];
		await publishDir(
			join(root, 'dist'),
			async (tmp) => {
				seen.push(readdirSync(staging).filter((name) => join(staging, name) !== tmp));
				writeFileSync(join(tmp, 'index.html'), 'new');
			},
			{ projectDir: join(root, 'project'), contentDir: join(root, 'content') },
		);
		expect(seen).toEqual([[running]]);
		expect(readdirSync(staging)).toEqual([running]);
		expect(existsSync(join(staging, stale))).toBe(false);
	});

	it('puts back the last good output a killed build had renamed aside in the instant of the swap', async () => {
		const root = mkdtempSync(join(tmpdir(), 'clinic-stale-'));
		const aside = join(root, '.build-tmp', 'dist', `out-${deadPid()}-0123456789ab-old`);
		mkdirSync(aside, { recursive: true });
		writeFileSync(join(aside, 'index.html'), 'last good build');
		writeFileSync(join(aside, OUTPUT_MARKER), '');
		await expect(
			publishDir(
				join(root, 'dist'),
				async () => {
					throw new Error('this build fails');
				},
				{ projectDir: join(root, 'project'), contentDir: join(root, 'content') },
			),
		).rejects.toThrow('this build fails');
		expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('last good build');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	const failingBuild = (root: string, target: string) =>
		publishDir(
			join(root, target),
			async () => {
				throw new Error('this build fails');
			},
			{ projectDir: join(root, 'project'), contentDir: join(root, 'content') },
		);
	const lastGood = (dir: string, text: string) => {
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), text);
		writeFileSync(join(dir, OUTPUT_MARKER), '');
	};

	it("puts a killed build's saved output back into its own target only, never into another output of the same folder", async () => {
		const root = mkdtempSync(join(tmpdir(), 'clinic-stale-'));
		const ofA = join(root, '.build-tmp', 'a', `out-${deadPid()}-0123456789ab-old`);
		lastGood(ofA, 'last good build of a');
		await expect(failingBuild(root, 'b')).rejects.toThrow('this build fails');
		expect(existsSync(join(root, 'b'))).toBe(false);
		expect(readFileSync(join(ofA, 'index.html'), 'utf8')).toBe('last good build of a');
		await expect(failingBuild(root, 'a')).rejects.toThrow('this build fails');
		expect(readFileSync(join(root, 'a', 'index.html'), 'utf8')).toBe('last good build of a');
		expect(readdirSync(root).sort()).toEqual(['a']);
	});

	it('a leftover in the shared staging folder (an older version, its target unknown) is neither moved into a target nor deleted', async () => {
		for (const target of ['b', 'dist', 'a-old']) {
			const root = mkdtempSync(join(tmpdir(), 'clinic-stale-'));
			const legacy = join(root, '.build-tmp', `out-${deadPid()}-0123456789ab-old`);
			lastGood(legacy, 'last good build of some target');
			await expect(failingBuild(root, target)).rejects.toThrow('this build fails');
			expect(existsSync(join(root, target)), target).toBe(false);
			expect(readFileSync(join(legacy, 'index.html'), 'utf8')).toBe('last good build of some target');
		}
	});
});
