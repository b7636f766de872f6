// npm run check [-- --format json] [--strict]: validates the whole content tree without building and
// reports every problem, grouped by file. Exit 0 when clean, 1 on any error (or warning with --strict).
import { z } from 'zod';
import { exitOnUsageError, oneOf, parseCli, parseEnv } from '../src/cli/parse-cli.ts';
import { checkContent } from '../src/content/check-content.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatMatrix, formatReport, translationMatrix } from '../src/content/format-report.ts';
import { formatReadability } from '../src/content/format-readability.ts';

let values;
try {
	parseEnv(['CONTENT_DIR']);
	values = parseCli(process.argv.slice(2), {
		usage: 'npm run check [-- --format text|json] [--strict]',
		options: { format: { type: 'string', default: 'text' }, strict: { type: 'boolean', default: false } },
		schema: z.object({ format: oneOf(['text', 'json'] as const).transform((f) => f as 'text' | 'json'), strict: z.boolean() }),
	});
} catch (error) {
	exitOnUsageError(error);
}
const dir = contentDir();
const result = checkContent(dir);
// The check has read the clinic profile already: its languages order the matrix.
const clinic = result.clinic;
const languages = clinic?.languages ?? [];
const matrix = translationMatrix(result.articles, languages, clinic?.sourceLanguage);
const failed = result.errorCount > 0 || (values!.strict && result.warningCount > 0);

if (values!.format === 'json') {
	console.log(
		JSON.stringify(
			{
				ok: !failed,
				errors: result.errorCount,
				warnings: result.warningCount,
				files: result.files,
				translations: matrix,
				readability: result.readability,
			},
			null,
			2,
		),
	);
} else {
	const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
	if (result.files.length > 0) console.log(`${formatReport(result.files, { color })}\n`);
	if (matrix.length > 0) console.log(`${formatMatrix(matrix, languages, { color })}\n`);
	if (result.readability.length > 0) console.log(`${formatReadability(result.readability, languages, { color })}\n`);
	console.log(
		`${result.articles.length} articles checked: ${result.errorCount} error(s), ${result.warningCount} warning(s).${failed ? '' : ' Ready to build.'}`,
	);
}
process.exitCode = failed ? 1 : 0;
