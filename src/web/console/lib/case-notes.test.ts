import { describe, expect, it } from 'vitest';
import { coreConcerns, noteBodyOf, noteThreads, riskWarns } from './case-notes';
import type { CaseNote } from './case-types';

describe('the session note form', () => {
  it('puts the three core troubles first', () => {
    expect(coreConcerns).toEqual(['work', 'family', 'relationships']);
  });

  it('builds the sealed body, trimmed, without the primary concern among the others', () => {
    const body = noteBodyOf({
      kind: 'session',
      happenedAt: '2026-12-01T02:00:00Z',
      primary: 'family',
      others: ['family', 'work'],
      riskLevel: 'moderate',
      selfHarmThoughts: true,
      protectiveFactors: '  孩子  ',
      methods: ['safety_plan'],
      plan: ' 一周后回访 ',
    });
    expect(body).toEqual({
      concern: { primary: 'family', others: ['work'] },
      risk: { level: 'moderate', selfHarmThoughts: true, harmToOthers: false, protectiveFactors: '孩子' },
      intervention: { methods: ['safety_plan'], text: '' },
      plan: '一周后回访',
      text: '',
    });
  });

  it('warns for a high risk or any thought of harm', () => {
    expect(riskWarns({ riskLevel: 'low' })).toBe(false);
    expect(riskWarns({ riskLevel: 'high' })).toBe(true);
    expect(riskWarns({ riskLevel: 'low', harmToOthers: true })).toBe(true);
  });
});

const note = (
  id: string,
  happenedAt: string,
  createdAt: string,
  amendsId: string | null = null,
): CaseNote => ({
  id,
  kind: amendsId ? 'addendum' : 'session',
  happenedAt,
  bookingId: null,
  amendsId,
  author: { id: 'c1', name: '王老师' },
  riskLevel: 'low',
  body: {
    concern: { primary: 'work', others: [] },
    risk: { level: 'low', selfHarmThoughts: false, harmToOthers: false, protectiveFactors: '' },
    intervention: { methods: [], text: '' },
    plan: '',
    text: '',
  },
  createdAt,
});

describe('the notes timeline', () => {
  it('shows the newest contact first, each correction beneath the note it corrects', () => {
    const notes = [
      note('n1', '2026-11-01T02:00:00Z', '2026-11-01T03:00:00Z'),
      note('n2', '2026-11-08T02:00:00Z', '2026-11-08T03:00:00Z'),
      note('a2', '2026-11-10T02:00:00Z', '2026-11-10T02:00:00Z', 'n1'),
      note('a1', '2026-11-02T02:00:00Z', '2026-11-02T02:00:00Z', 'n1'),
      note('lost', '2026-11-03T02:00:00Z', '2026-11-03T02:00:00Z', 'gone'),
    ];
    expect(noteThreads(notes).map((t) => [t.note.id, t.addenda.map((a) => a.id)])).toEqual([
      ['n2', []],
      ['lost', []],
      ['n1', ['a1', 'a2']],
    ]);
  });
});
