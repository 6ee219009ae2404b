import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../../core/recommendations/defaults';
import type { Rule } from '../../../core/recommendations/types';
import { linkOf, recommendationsFor } from './recommend';

const band = (code: string, level: number) => ({ code, level, label: code, min: 0 });

describe('recommendations on the report', () => {
  it('works from the phone’s own results and groups, crisis help first', () => {
    const recs = recommendationsFor(
      defaultRules,
      [{ instrument: 'gad7', band: band('moderate', 2) }],
      { triggered: true },
      ['truck_driver'],
    );
    expect(recs.map((r) => linkOf(r.target))).toEqual([
      '/help',
      '/stations',
      '/tools/grounding',
      '/tools/breathing',
      '/learn?topic=loneliness',
    ]);
  });

  it('passes over what the app cannot show yet (events)', () => {
    const event: Rule = {
      id: 'e',
      when: {},
      recommend: { type: 'event_kind', kind: 'lecture' },
      reason: { zh: '讲座', en: 'Lecture' },
      priority: 100,
    };
    const recs = recommendationsFor([event, ...defaultRules], [], { triggered: false }, []);
    expect(recs.map((r) => r.ruleId)).toEqual(['everyone_emotions']);
    expect(linkOf({ type: 'event_kind', kind: 'lecture' })).toBeNull();
    expect(linkOf({ type: 'article', slug: 'sleep-on-shifts' })).toBe('/learn/sleep-on-shifts');
  });
});
