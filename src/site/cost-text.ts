import type { ArticleData } from '../schemas/article.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import { format, formatEuro } from '../i18n/format.ts';

/** "150 € bis 350 € pro Sitzung": the cost range in the language's words and number format. */
export function costText(costs: ArticleData['facts']['costs'], ui: UiStrings): string {
	const amount =
		costs.from === costs.to
			? format(ui.facts.costSingle, { amount: formatEuro(costs.from, ui.locale) })
			: format(ui.facts.costRange, { from: formatEuro(costs.from, ui.locale), to: formatEuro(costs.to, ui.locale) });
	return `${amount} ${costs.per === 'session' ? ui.facts.perSession : ui.facts.perCourse}`;
}
