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

  it('shows an event kind as the events list filtered to it', () => {
    const event: Rule = {
      id: 'e',
      when: {},
      recommend: { type: 'event_kind', kind: 'roadside_station' },
      reason: { zh: '路上心灵驿站', en: 'Roadside station' },
      priority: 100,
    };
    const recs = recommendationsFor([event, ...defaultRules], [], { triggered: false }, []);
    expect(recs.map((r) => r.ruleId)).toContain('e');
    expect(linkOf({ type: 'event_kind', kind: 'roadside_station' })).toBe('/events?kind=roadside_station');
    expect(linkOf({ type: 'event_kind', kind: 'custom:tea-talk' })).toBe('/events?kind=custom%3Atea-talk');
    expect(linkOf({ type: 'article', slug: 'sleep-on-shifts' })).toBe('/learn/sleep-on-shifts');
  });
});
