import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../../core/recommendations/defaults';
import type { Rule } from '../../../core/recommendations/types';
import { cleanRule, freshId, moveRule, putRule, removeRule } from './rule-edit';

const [a, b, c] = defaultRules as [Rule, Rule, Rule];

describe('editing the rule list', () => {
  it('moves, removes and puts rules without touching the others', () => {
    expect(moveRule([a, b, c], 1, -1)).toEqual([b, a, c]);
    expect(moveRule([a, b, c], 2, 1)).toEqual([a, b, c]);
    expect(removeRule([a, b, c], 0)).toEqual([b, c]);
    expect(putRule([a, b], -1, c)).toEqual([a, b, c]);
    expect(putRule([a, b], 0, c)).toEqual([c, b]);
  });

  it('gives new rules an unused id and leaves empty conditions out', () => {
    expect(freshId([{ ...a, id: 'rule_2' }])).toBe('rule_3');
    expect(
      cleanRule({
        ...a,
        id: ' x ',
        when: { bands: ['mild'], audiences: [] },
        reason: { zh: ' 好 ', en: 'ok ' },
      }),
    ).toMatchObject({ id: 'x', when: {}, reason: { zh: '好', en: 'ok' } });
  });
});
