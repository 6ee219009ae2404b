import type { z } from 'zod';
import type { Rule } from '../../../core/recommendations/types';
import type { previewResponse, ruleSetResponse, sampleSchema } from '../../../server/recommendations/schemas';
import { call } from './call';

/** The recommendation rule set's calls; shapes inferred from the server's own schemas (type-only). */
export type RuleSet = z.infer<typeof ruleSetResponse>;
export type Sample = z.input<typeof sampleSchema>;
export type PreviewResult = z.infer<typeof previewResponse>['recommendations'][number];

export const loadRuleSet = () => call<RuleSet>('GET', '/api/v1/recommendation-rule-set');

export const saveRuleSet = (rules: Rule[], baseVersion: number, note?: string) =>
  call<RuleSet>('PUT', '/api/v1/recommendation-rule-set', {
    rules,
    baseVersion,
    ...(note?.trim() ? { note: note.trim() } : {}),
  });

export const previewRules = (rules: Rule[], sample: Sample) =>
  call<{ recommendations: PreviewResult[] }>('POST', '/api/v1/recommendation-rule-set/preview', {
    rules,
    sample,
  }).then((r) => r.recommendations);
