// npm run verify -- file.pdf [more.pdf]: says which document, version and issue date each leaflet PDF is,
// whether the register of issued versions lists it with the same text, and whether the file was modified
// after the build. Exit 0 when every file is an unmodified, released leaflet; 1 otherwise; 2 on bad flags.
import { z } from 'zod';
import { exitOnUsageError, parseCli, parseEnv, pathSchema } from '../src/cli/parse-cli.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/format-report.ts';
import { loadRegister } from '../src/content/load-register.ts';
import { readLeafletPdfFile } from '../src/leaflets/read-leaflet-pdf-file.ts';
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
	const read = readLeafletPdfFile(file);
	if ('reason' in read) {
		console.log(`${file}\n  ${read.reason}`);
		good = false;
		continue;
	}
	const verdict = verifyLeafletPdf(read.bytes, register.entries);
	good &&= isGood(verdict);
	console.log([file, ...describeVerdict(verdict).map((line) => `  ${line}`)].join('\n'));
}
process.exitCode = good ? 0 : 1;
