import { describe, expect, it } from 'vitest';
import { basisView, type CaseViewer, caseActions, minutesLeft } from './case-view';

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

describe('why the viewer sees the case', () => {
  const now = new Date('2026-12-01T01:30:00Z');

  it('names the basis: assigned, escalated by whom, break-glass until when, or metadata only', () => {
    // The server says when the viewer's own grant runs out.
    const c = { counsellor: { id: 'c1', name: '王老师' }, breakGlassUntil: '2026-12-01T02:00:00Z' };
    expect(basisView({ ...c, basis: 'assigned' }, counsellor)).toEqual({ kind: 'assigned' });
    expect(basisView({ ...c, basis: 'escalated' }, supervisor)).toEqual({
      kind: 'escalated',
      by: '王老师',
    });
    expect(basisView({ ...c, basis: 'break_glass' }, supervisor)).toEqual({
      kind: 'break_glass',
      expiresAt: '2026-12-01T02:00:00Z',
    });
    expect(basisView({ ...c, basis: null }, supervisor)).toEqual({
      kind: 'metadata',
      canBreakGlass: true,
    });
  });

  it('counts the minutes left, never below zero', () => {
    expect(minutesLeft('2026-12-01T02:00:00Z', now)).toBe(30);
    expect(minutesLeft('2026-12-01T01:00:00Z', now)).toBe(0);
  });
});
