// npm run verify -- file.pdf [more.pdf]: says which document, version and issue date each leaflet PDF is,
// whether the register of issued versions lists it with the same text, and whether the file was modified
// after the build. Exit 0 when every file is an unmodified, released leaflet; 1 otherwise; 2 on bad flags.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { exitOnUsageError, parseCli, parseEnv, pathSchema } from '../src/cli/parse-cli.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/format-report.ts';
import { loadRegister } from '../src/content/load-register.ts';
import { describeVerdict, isGood, verifyLeafletPdf } from '../src/leaflets/verify-leaflet-pdf.ts';

let values;
try {
	parseEnv(['CONTENT_DIR']);
	values = parseCli(process.argv.slice(2), {
		usage: 'npm run verify -- file.pdf [more.pdf …]',
		options: {},
		allowPositionals: true,
		schema: z.object({ positionals: z.array(pathSchema).min(1, { error: 'name at least one PDF file' }) }),
	});
} catch (error) {
	exitOnUsageError(error);
}
const register = loadRegister(contentDir());
if (register.report.problems.some((p) => p.severity === 'error')) {
	console.error(`${formatProblems([register.report])}\n\nThe register cannot be read; fix it first (npm run check).`);
	process.exit(1);
}
let good = true;
for (const file of values!.positionals) {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		console.log(`${file}\n  cannot be read: ${(error as Error).message}`);
		good = false;
		continue;
	}
	const verdict = verifyLeafletPdf(bytes, register.entries);
	good &&= isGood(verdict);
	console.log([file, ...describeVerdict(verdict).map((line) => `  ${line}`)].join('\n'));
}
process.exitCode = good ? 0 : 1;
