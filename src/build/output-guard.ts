import { readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isProjectOutput, OUTPUT_MARKER, STAGING_DIR } from './output-marker.ts';
import { inside } from './path-inside.ts';

export interface OutputGuardOptions {
	/** How the user named the folder, for the message: `OUT_DIR`, `--out`. */
	label: string;
	/**
	 * `replace`: the folder is replaced as a whole (build, merge); a missing or empty folder is fine.
	 * `update`: files are written into an existing build output (`npm run leaflets`).
	 */
	mode: 'replace' | 'update';
	projectDir?: string;
	contentDir?: string;
}

/** The output folder is one the build must not touch; the message says why and what to do. */
export class UnsafeOutputError extends Error {}

/**
 * Refuses every output folder whose replacement could destroy what the build did not make: the file
 * system root, the home folder, the project, the content tree, any of their ancestors, and any folder
 * holding files without the build's marker. Symbolic links are resolved first, so a link to the
 * content tree is the content tree.
 */
export function assertSafeOutput(target: string, options: OutputGuardOptions): void {
	const dir = realPath(target);
	const project = realPath(options.projectDir ?? process.cwd());
	const content = realPath(options.contentDir ?? process.env.CONTENT_DIR ?? 'content');
	const home = realPath(homedir());
	const refuse = (
		why: string,
		what = `Choose a folder of its own for the output, e.g. ${options.label.startsWith('--') ? `${options.label} dist` : `${options.label}=dist`} (the default).`,
	) => {
		throw new UnsafeOutputError(`Refusing ${options.label}=${target}: ${why}. Nothing was changed. ${what}`);
	};
	if (dirname(dir) === dir) refuse('it is the root of the file system');
	if (dir === home) refuse('it is your home folder');
	if (inside(home, dir)) refuse(`it holds your home folder (${home})`);
	if (inside(project, dir)) refuse(dir === project ? 'it is the project folder' : `it holds the project folder (${project})`);
	if (inside(content, dir)) refuse(dir === content ? 'it is the content folder' : `it holds the content folder (${content})`);
	if (inside(dir, content)) refuse(`it is inside the content folder (${content})`);
	if (dir.split(sep).includes(STAGING_DIR)) refuse(`it is in ${STAGING_DIR}, where builds in progress are made`);

	let entries: string[] | undefined;
	try {
		if (!statSync(dir).isDirectory()) refuse('it is a file, not a folder');
		entries = readdirSync(dir);
	} catch (error) {
		if (error instanceof UnsafeOutputError) throw error;
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') refuse(`it cannot be read (${(error as Error).message})`);
	}
	if (options.mode === 'update') {
		if (!entries || !isProjectOutput(dir)) {
			refuse(
				entries ? `it holds no build of this project (no ${OUTPUT_MARKER} file in it)` : 'it does not exist',
				'Run `npm run build` (or `npm run build:site`) into it first.',
			);
		}
		return;
	}
	if (entries && entries.length > 0 && !isProjectOutput(dir)) {
		refuse(
			`it holds files that no build of this project made (no ${OUTPUT_MARKER} file in it), and the build replaces its output folder as a whole`,
			'Choose a new or empty folder.',
		);
	}
}

/** The real path of `path`, or of its nearest existing ancestor followed by the rest, for a missing one. */
export function realPath(path: string): string {
	let head = resolve(path);
	const rest: string[] = [];
	for (;;) {
		try {
			return join(realpathSync(head), ...rest.reverse());
		} catch {
			const parent = dirname(head);
			if (parent === head) return resolve(path);
			rest.push(basename(head));
			head = parent;
		}
	}
}
