import { describe, expect, it } from 'vitest';
import {
  approvalStep,
  contentStatuses,
  estimateReadingMinutes,
  liveForWorkers,
  mayReview,
  transition,
  workflowSteps,
} from './workflow';

describe('editorial workflow', () => {
  const legal: Record<string, string> = {
    'draft edit': 'draft',
    'review edit': 'draft',
    'scheduled edit': 'draft',
    'published edit': 'draft',
    'draft submit': 'review',
    'review approve': 'published',
    'review schedule': 'scheduled',
    'review return': 'draft',
    'published archive': 'archived',
    'scheduled archive': 'archived',
    'archived restore': 'draft',
  };

  it('allows exactly the listed steps and refuses every other one', () => {
    for (const from of contentStatuses) {
      for (const step of workflowSteps) {
        const want = legal[`${from} ${step}`];
        const got = transition(from, step);
        expect(got, `${from} ${step}`).toEqual(
          want ? { ok: true, to: want } : { ok: false, reason: 'invalid_transition' },
        );
      }
    }
  });

  it('never lets the one who saved a version review it', () => {
    expect(mayReview('u1', 'u1')).toBe(false);
    expect(mayReview('u1', 'u2')).toBe(true);
    expect(mayReview('u1', null)).toBe(true);
  });

  it('schedules an approval only for a time still ahead', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(approvalStep(now, null)).toBe('approve');
    expect(approvalStep(now, new Date('2026-12-01T09:59:00Z'))).toBe('approve');
    expect(approvalStep(now, new Date('2026-12-01T10:01:00Z'))).toBe('schedule');
  });

  it('keeps the published version live while a new draft is written, not once archived', () => {
    expect(liveForWorkers('draft', 1)).toBe(true);
    expect(liveForWorkers('draft', null)).toBe(false);
    expect(liveForWorkers('archived', 3)).toBe(false);
    expect(liveForWorkers('scheduled', null)).toBe(false);
  });

  it('estimates reading minutes from the longer language, at least one', () => {
    expect(estimateReadingMinutes('短', null)).toBe(1);
    expect(estimateReadingMinutes('字'.repeat(1200), 'word '.repeat(200))).toBe(3);
    expect(estimateReadingMinutes('字', 'word '.repeat(1000))).toBe(5);
  });
});
