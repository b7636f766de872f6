// npm run check [-- --format json] [--strict]: validates the content tree without building.
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content/check-content.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/content-error.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, strict: { type: 'boolean', default: false } } });
const result = checkContent(contentDir());
const failed = result.errorCount > 0 || (values.strict && result.warningCount > 0);

if (values.format === 'json') {
	console.log(JSON.stringify({ ok: !failed, errors: result.errorCount, warnings: result.warningCount, files: result.files }, null, 2));
} else {
	if (result.files.length > 0) console.log(formatProblems(result.files));
	console.log(`${result.articles.length} articles checked: ${result.errorCount} errors, ${result.warningCount} warnings.`);
}
process.exitCode = failed ? 1 : 0;
