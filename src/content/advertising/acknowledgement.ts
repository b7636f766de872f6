import { advertisingFindingRules, type AdvertisingFindingRule } from './advertising-finding-rules.ts';

/** An `advertising-ok` acknowledgement as written in a comment, read. */
export type ParsedAcknowledgement =
	| { ok: true; rule: AdvertisingFindingRule; reason: string; written: string }
	| { ok: false; problem: 'no-reason' | 'unknown-rule'; written: string };

const marker = /advertising-ok\b/;

/** Whether a comment's text is (meant as) an acknowledgement. */
export const isAcknowledgement = (comment: string) => marker.test(comment);

/**
 * Reads `advertising-ok: <rule> "<reason>"` from a comment's text (the markdown `<!-- … -->` or a YAML
 * `# …`). The rule is one rule id, so an acknowledgement hides only what it names; the reason is required,
 * in straight, curly or German quotes, since a reviewer must be able to tell why the wording stays.
 */
export function parseAcknowledgement(comment: string): ParsedAcknowledgement {
	const at = comment.search(marker);
	const written = comment.slice(at).replace(/\s*-->\s*$/, '').trim();
	const match = /^advertising-ok\s*:?\s*([a-z-]*)\s*(?:"([^"]*)"|“([^”]*)”|„([^“”]*)[“”])?/.exec(written);
	const rule = match?.[1] ?? '';
	if (!(advertisingFindingRules as readonly string[]).includes(rule)) return { ok: false, problem: 'unknown-rule', written };
	const reason = (match?.[2] ?? match?.[3] ?? match?.[4] ?? '').trim();
	if (reason === '') return { ok: false, problem: 'no-reason', written };
	return { ok: true, rule: rule as AdvertisingFindingRule, reason, written };
}
