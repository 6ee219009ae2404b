import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-types';
import { basisView, breakGlassExpiry, type CaseViewer, caseActions, minutesLeft } from './case-view';

const counsellor: CaseViewer = { userId: 'c1', name: '王老师', counsellor: true, supervisor: false };
const supervisor: CaseViewer = { userId: 's1', name: '李老师', counsellor: false, supervisor: true };

const facts = (over: Partial<Parameters<typeof caseActions>[0]> = {}) => ({
  status: 'open' as const,
  basis: 'assigned' as const,
  escalatedTo: null,
  counsellor: { id: 'c1', name: '王老师' },
  records: { contactWithdrawn: false },
  ...over,
});

describe('what a viewer may do with a case', () => {
  it('gives the assigned counsellor the records and escalation, not supervision', () => {
    expect([...caseActions(facts(), counsellor)].sort()).toEqual(
      ['close', 'contact', 'escalate', 'measure', 'note', 'refer', 'task'].sort(),
    );
  });

  it('offers a supervisor without a basis the metadata actions and break-glass only', () => {
    const a = caseActions(facts({ basis: null, records: null }), supervisor);
    expect([...a].sort()).toEqual(['breakGlass', 'reassign']);
  });

  it('lets the supervisor it is escalated to read and end the escalation, not escalate again', () => {
    const a = caseActions(
      facts({ basis: 'escalated', escalatedTo: { id: 's1', name: '李老师' } }),
      supervisor,
    );
    expect(a.has('note')).toBe(true);
    expect(a.has('deEscalate')).toBe(true);
    expect(a.has('escalate')).toBe(false);
    expect(a.has('breakGlass')).toBe(false);
  });

  it('keeps a closed case to reopening, and a withdrawn contact from being edited', () => {
    expect([...caseActions(facts({ status: 'closed' }), counsellor)]).toEqual(['reopen']);
    expect(caseActions(facts({ records: { contactWithdrawn: true } }), counsellor).has('contact')).toBe(
      false,
    );
  });
});

const event = (actor: string, expiresAt: string, kind = 'break_glass'): CaseEvent => ({
  id: `${actor}-${expiresAt}`,
  kind,
  at: '2026-12-01T01:00:00Z',
  actor,
  detail: { reason: 'emergency call', expiresAt },
});

describe('why the viewer sees the case', () => {
  const now = new Date('2026-12-01T01:30:00Z');

  it('finds the viewer’s own running break-glass grant, not an expired or another’s one', () => {
    const events = [
      event('李老师', '2026-12-01T01:10:00Z'),
      event('赵老师', '2026-12-01T02:20:00Z'),
      event('李老师', '2026-12-01T02:00:00Z'),
      event('李老师', '2026-12-01T03:00:00Z', 'escalated'),
    ];
    expect(breakGlassExpiry(events, '李老师', now)).toBe('2026-12-01T02:00:00Z');
    expect(breakGlassExpiry(events.slice(0, 1), '李老师', now)).toBeNull();
  });

  it('names the basis: assigned, escalated by whom, break-glass until when, or metadata only', () => {
    const c = { counsellor: { id: 'c1', name: '王老师' }, events: [event('李老师', '2026-12-01T02:00:00Z')] };
    expect(basisView({ ...c, basis: 'assigned' }, counsellor, now)).toEqual({ kind: 'assigned' });
    expect(basisView({ ...c, basis: 'escalated' }, supervisor, now)).toEqual({
      kind: 'escalated',
      by: '王老师',
    });
    expect(basisView({ ...c, basis: 'break_glass' }, supervisor, now)).toEqual({
      kind: 'break_glass',
      expiresAt: '2026-12-01T02:00:00Z',
    });
    expect(basisView({ ...c, basis: null }, supervisor, now)).toEqual({
      kind: 'metadata',
      canBreakGlass: true,
    });
  });

  it('counts the minutes left, never below zero', () => {
    expect(minutesLeft('2026-12-01T02:00:00Z', now)).toBe(30);
    expect(minutesLeft('2026-12-01T01:00:00Z', now)).toBe(0);
  });
});
