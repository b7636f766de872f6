// npm run compare-translations: compares the facts of every translation (risks and their classes,
// questions, alternatives, warning-sign actions, cost figures and flags, section keys) with its source and
// prints each difference; `npm run check` reports the same differences (compareTranslation) at their lines.
// Exit 0 when all match, 1 on any difference or an article that does not load.
import { contentDir } from '../src/content/content-dir.ts';
import { compareTranslations } from '../src/content/compare-translation.ts';
import { formatReport } from '../src/content/format-report.ts';
import { listArticleFiles } from '../src/content/list-articles.ts';
import { loadArticleFile } from '../src/content/load-articles.ts';
import { clinicFile, readYamlFile } from '../src/content/load-settings.ts';
import { clinicSchema } from '../src/schemas/clinic.ts';

const dir = contentDir();
const clinic = readYamlFile(clinicFile(dir), clinicSchema);
const loaded = listArticleFiles(dir).map((file) => loadArticleFile(file));
const broken = [clinic.report, ...loaded.map((l) => l.report)].filter((r) => r.problems.some((p) => p.severity === 'error'));
if (!clinic.data || broken.length > 0) {
	console.error(`${formatReport(broken, { color: false })}\n\nThe content does not load; fix it first (npm run check).`);
	process.exit(1);
}
const comparisons = compareTranslations(
	loaded.flatMap((l) => l.article ?? []),
	clinic.data.sourceLanguage,
);
for (const { file, sourceFile, differences } of comparisons) {
	if (differences.length === 0) {
		console.log(`ok    ${file}`);
		continue;
	}
	console.log(`DIFF  ${file} (source: ${sourceFile ?? 'none'})`);
	for (const d of differences) console.log(`      ${d.path}: source ${d.source}, translation ${d.translation}`);
}
const failed = comparisons.filter((c) => c.differences.length > 0).length;
console.log(
	`\n${comparisons.length} translation(s) compared with their source: ${failed === 0 ? 'all facts identical.' : `${failed} differ.`}`,
);
process.exitCode = failed > 0 ? 1 : 0;
