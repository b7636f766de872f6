// npm run release -- --by <physician-id> [--id <leaflet-id> …]: after review, records every draft leaflet
// (or the named ones) in content/leaflet-register.yaml, the register of issued versions. Refuses while the
// content check reports an error, while another release holds the register's lock, or when the register is
// in a form appending cannot continue; warns of leaflets of a translation published with acknowledgeStale. Exit 0 when recorded or nothing was a draft, 1 on content errors, 2 on bad flags.
import { relative } from 'node:path';
import { z } from 'zod';
import { exitOnUsageError, listSchema, parseCli, parseEnv, UsageError } from '../src/cli/parse-cli.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { ContentError } from '../src/content/content-error.ts';
import { slug } from '../src/schemas/common.ts';
import { RegisterFormError, releaseLeaflets } from '../src/leaflets/release-leaflets.ts';
import { RegisterLockedError } from '../src/leaflets/register-lock.ts';

let values;
try {
	parseEnv(['CONTENT_DIR']);
	values = parseCli(process.argv.slice(2), {
		usage: 'npm run release -- --by <physician-id> [--id <leaflet-id> …]',
		options: { by: { type: 'string' }, id: { type: 'string', multiple: true, default: [] } },
		schema: z.object({
			by: z.string({ error: 'is required: the id of the physician who reviewed the leaflets (clinic.yaml)' }).pipe(slug),
			id: listSchema(slug),
		}),
	});
} catch (error) {
	exitOnUsageError(error);
}
try {
	const result = releaseLeaflets({ contentDir: contentDir(), by: values!.by, ids: values!.id });
	const file = relative(process.cwd(), result.file) || result.file;
	for (const warning of result.warnings) console.warn(`warning: ${warning}`);
	if (result.recorded.length === 0) console.log('Nothing to release: every leaflet version is in the register already.');
	else {
		for (const e of result.recorded)
			console.log(`Released ${e.id} version ${e.version} of ${e.issued} (text ${e.textHash}) by ${e.releasedBy}.`);
		console.log(`${result.recorded.length} leaflet version(s) recorded in ${file}. Build again: the draft mark is gone from them.`);
	}
} catch (error) {
	if (error instanceof ContentError) {
		console.error(`${error.message}\n\nNothing released: fix the errors above first (npm run check).`);
		process.exitCode = 1;
	} else if (error instanceof RegisterFormError || error instanceof RegisterLockedError) {
		console.error(`${error.message}\n\nNothing released.`);
		process.exitCode = 1;
	} else if (error instanceof UsageError) exitOnUsageError(error);
	else throw error;
}
