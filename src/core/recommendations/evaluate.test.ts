import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceIds } from '../content/audiences';
import { selfHelpTools, topicIds } from '../content/topics';
import { catalogue } from '../instruments/catalogue';
import { defaultRules } from './defaults';
import { evaluate, targetKey } from './evaluate';
import type { Facts, Recommend, Rule } from './types';
import { ruleProblems } from './validate';

const fact = (instrument: string, band: string) => {
  const def = catalogue.get(instrument);
  const level = def?.bands.find((b) => b.code === band)?.level ?? 0;
  return { instrument, band, level };
};
const calm: Facts = { results: [fact('phq4', 'normal'), fact('who5', 'not_low')], crisis: false };

describe('recommendations by rules', () => {
  it('says why, in the plain words of the area and the band, never the band’s label', () => {
    const recs = evaluate(defaultRules, { results: [fact('gad7', 'moderate')], crisis: false }, []);
    const breathing = recs.find((r) => r.target.type === 'tool');
    expect(breathing?.target).toEqual({ type: 'tool', tool: 'breathing' });
    expect(breathing?.reason.zh).toBe(
      '因为你这次紧张和担心方面的结果值得多关心一下自己，跟着节奏慢慢呼吸几分钟，常能让身体先松下来。',
    );
    expect(breathing?.reason.en).toContain(
      'Because your worry and tension result this time is worth some care',
    );
    for (const r of recs) expect(r.reason.zh).not.toMatch(/\{\{|焦虑|抑郁|症|诊断/);
  });

  it('fills in the group a rule names', () => {
    const recs = evaluate(defaultRules, calm, ['truck_driver']);
    const road = recs.find((r) => r.ruleId === 'drivers_on_the_road');
    expect(road?.reason.zh).toBe('因为你是货车司机，常常一个人在路上，这里有一些写给路上职工的内容。');
    expect(road?.reason.en).toMatch(/^Because you are among truck drivers, often alone/);
    expect(recs.map((r) => r.ruleId)).toEqual([
      'drivers_on_the_road',
      'drivers_breathe_at_rest',
      'everyone_emotions',
    ]);
  });

  it('puts crisis help first and a counsellor next on the crisis path, whatever the rules', () => {
    const recs = evaluate([], { results: [], crisis: true }, [], { limit: 1 });
    expect(recs.map((r) => r.target.type)).toEqual(['crisis_help', 'counsellor']);
    const withRules = evaluate(defaultRules, { results: [fact('phq9', 'severe')], crisis: true }, []);
    expect(withRules.slice(0, 3).map((r) => r.ruleId)).toEqual([
      'builtin.crisis_help',
      'builtin.counsellor',
      'ground_in_crisis',
    ]);
    // The counsellor rule for a low mood is the same recommendation: listed once.
    expect(withRules.filter((r) => r.target.type === 'counsellor')).toHaveLength(1);
  });

  it('orders by priority, ties in the rule set’s order, and stops at the limit', () => {
    const rule = (id: string, priority: number, recommend: Recommend): Rule => ({
      id,
      when: {},
      recommend,
      reason: { zh: id, en: id },
      priority,
    });
    const rules = [
      rule('a', 1, { type: 'topic', topic: 'sleep' }),
      rule('b', 5, { type: 'tool', tool: 'diary' }),
      rule('c', 5, { type: 'topic', topic: 'emotions' }),
      rule('d', 9, { type: 'tool', tool: 'diary' }),
    ];
    expect(evaluate(rules, calm, []).map((r) => r.ruleId)).toEqual(['d', 'c', 'a']);
    expect(evaluate(rules, calm, [], { limit: 2 }).map((r) => r.ruleId)).toEqual(['d', 'c']);
    expect(evaluate(rules, calm, [], { shows: ['topic'] }).map((r) => r.ruleId)).toEqual(['c', 'a']);
  });

  it('applies a rule only when every condition holds', () => {
    const only: Rule = {
      id: 'x',
      when: { instrument: 'cbi_work', bands: ['high'], crisis: false, audiences: ['factory_shift'] },
      recommend: { type: 'article', slug: 'rest-between-shifts' },
      reason: { zh: '{{group}}', en: '{{group}}' },
      priority: 1,
    };
    const high = { results: [fact('cbi_work', 'high')], crisis: false };
    expect(evaluate([only], high, ['factory_shift'])).toHaveLength(1);
    expect(evaluate([only], high, [])).toHaveLength(0);
    expect(evaluate([only], { ...high, crisis: true }, ['factory_shift'])).toHaveLength(2);
    expect(
      evaluate([only], { results: [fact('cbi_work', 'low')], crisis: false }, ['factory_shift']),
    ).toEqual([]);
  });
});

describe('the default rules', () => {
  it('pass the server’s checks', () => {
    expect(ruleProblems(defaultRules)).toEqual([]);
  });

  it('are refused when a band, an instrument or a placeholder is wrong', () => {
    const base = defaultRules[0] as Rule;
    const bad: Rule[] = [
      { ...base, id: 'b1', when: { instrument: 'phq9', bands: ['positive'] } },
      { ...base, id: 'b2', when: { instrument: 'scl90' } },
      { ...base, id: 'b3', when: {}, reason: { zh: '{{band}}', en: '{{who}}' } },
      { ...base, id: 'b3' },
    ];
    expect(ruleProblems(bad).map((p) => p.code)).toEqual([
      'unknown_band',
      'unknown_instrument',
      'placeholder_needs_instrument',
      'unknown_placeholder',
      'duplicate_rule_id',
    ]);
  });
});

const usable = [...catalogue.values()].filter((d) => d.status === 'usable');
const arbResult = fc
  .constantFrom(...usable)
  .chain((d) => fc.constantFrom(...d.bands).map((b) => ({ instrument: d.id, band: b.code, level: b.level })));
const arbRecommend: fc.Arbitrary<Recommend> = fc.oneof(
  fc.constantFrom(...selfHelpTools).map((tool) => ({ type: 'tool' as const, tool })),
  fc.constantFrom(...topicIds).map((topic) => ({ type: 'topic' as const, topic })),
  fc.constantFrom('a-one', 'a-two').map((slug) => ({ type: 'article' as const, slug })),
  fc.constant({ type: 'counsellor' as const }),
  fc.constant({ type: 'event_kind' as const, kind: 'lecture' }),
);
const arbRule: fc.Arbitrary<Rule> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  when: fc.record(
    {
      instrument: fc.constantFrom(...usable.map((d) => d.id)),
      crisis: fc.boolean(),
      audiences: fc.subarray([...audienceIds]),
    },
    { requiredKeys: [] },
  ),
  recommend: arbRecommend,
  reason: fc.constant({ zh: '因为你的{{area}}{{band}}', en: 'Because {{area}} {{band}}' }),
  priority: fc.integer({ min: 0, max: 100 }),
});
const arbFacts = fc.record({ results: fc.array(arbResult, { maxLength: 6 }), crisis: fc.boolean() });
const arbMine = fc.subarray([...audienceIds]);
const arbLimit = fc.integer({ min: 0, max: 8 });

describe('properties', () => {
  it('never lists one thing twice, and keeps to the limit', () => {
    fc.assert(
      fc.property(
        fc.array(arbRule, { maxLength: 30 }),
        arbFacts,
        arbMine,
        arbLimit,
        (rules, facts, mine, limit) => {
          const recs = evaluate(rules, facts, mine, { limit });
          const keys = recs.map((r) => targetKey(r.target));
          expect(new Set(keys).size).toBe(keys.length);
          expect(recs.length).toBeLessThanOrEqual(Math.max(limit, facts.crisis ? 2 : 0));
        },
      ),
    );
  });

  it('puts crisis help first and a counsellor second on the crisis path, and crisis help nowhere else', () => {
    fc.assert(
      fc.property(fc.array(arbRule, { maxLength: 30 }), arbFacts, arbMine, (rules, facts, mine) => {
        const recs = evaluate(rules, facts, mine);
        if (facts.crisis)
          expect(recs.slice(0, 2).map((r) => r.target.type)).toEqual(['crisis_help', 'counsellor']);
        else expect(recs.some((r) => r.target.type === 'crisis_help')).toBe(false);
      }),
    );
  });

  it('is deterministic and leaves no placeholder unfilled', () => {
    fc.assert(
      fc.property(fc.array(arbRule, { maxLength: 30 }), arbFacts, arbMine, (rules, facts, mine) => {
        const once = evaluate(rules, facts, mine);
        expect(evaluate(structuredClone(rules), structuredClone(facts), [...mine])).toEqual(once);
        for (const r of once) expect(`${r.reason.zh}${r.reason.en}`).not.toContain('{{');
      }),
    );
  });
});
