import { describe, expect, it } from 'vitest';
import { eventFacts, eventTone } from './case-timeline';
import type { CaseEvent } from './case-types';

const ev = (kind: string, detail: CaseEvent['detail']): CaseEvent => ({
  id: 'e',
  kind,
  at: '2026-12-01T00:00:00Z',
  actor: '李老师',
  detail,
});
const names = new Map([
  ['u-1', '王老师'],
  ['u-2', '张老师'],
  ['org-1', '市心理健康服务中心'],
]);
const nameOf = (id: string) => names.get(id);

describe('the case timeline', () => {
  it('names people and institutions from their ids, and gives the sealed reason', () => {
    expect(eventFacts(ev('reassigned', { from: 'u-1', to: 'u-2', reason: '休假' }), nameOf)).toEqual([
      { key: 'from', text: '王老师' },
      { key: 'to', text: '张老师' },
      { key: 'reason', text: '休假' },
    ]);
    expect(
      eventFacts(
        ev('referral_sent', { referralId: 'r', institutionId: 'org-1', items: ['contact'] }),
        nameOf,
      ),
    ).toEqual([
      { key: 'institution', text: '市心理健康服务中心' },
      { key: 'items', codes: ['contact'] },
    ]);
  });

  it('shows a closure’s reason, why no final measure and cancelled tasks', () => {
    expect(
      eventFacts(
        ev('closed', {
          reason: 'unreachable',
          finalMeasureId: null,
          noFinalMeasureReason: '联系不上',
          note: null,
          tasksCancelled: 2,
        }),
        nameOf,
      ),
    ).toEqual([
      { key: 'closureReason', code: 'unreachable' },
      { key: 'noFinalMeasure', text: '联系不上' },
      { key: 'tasksCancelled', count: 2 },
    ]);
  });

  it('shows nothing of why to a viewer without a basis, and break-glass in red', () => {
    expect(eventFacts(ev('break_glass', null), nameOf)).toEqual([]);
    expect(
      eventFacts(ev('break_glass', { reason: '紧急情况说明', expiresAt: '2026-12-01T01:00:00Z' }), nameOf),
    ).toEqual([
      { key: 'reason', text: '紧急情况说明' },
      { key: 'expiresAt', at: '2026-12-01T01:00:00Z' },
    ]);
    expect(eventTone('break_glass')).toBe('red');
    expect(eventTone('contact_updated')).toBe('default');
  });
});
