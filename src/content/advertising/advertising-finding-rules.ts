import { termRuleIds } from './rule-table.ts';

/** Every rule an advertising finding can have, and so an acknowledgement can name. */
export const advertisingFindingRules = [...termRuleIds, 'advertising-before-after'] as const;
export type AdvertisingFindingRule = (typeof advertisingFindingRules)[number];
