import { describe, expect, it } from 'vitest';
import { contentPowers, mayOpenContent } from './content-access';
import { allowedActions, awaitsMyReview, ownWorkBlocksApproval, savedCurrentVersion } from './content-status';
import type { ContentStatus } from './content-types';
import type { Session } from './types';

const editor = { editor: true, reviewer: false };
const reviewer = { editor: false, reviewer: true };
const admin = { editor: true, reviewer: true };

describe('allowedActions', () => {
  const cases: [ContentStatus, typeof editor, boolean, string[]][] = [
    ['draft', editor, true, ['edit', 'submit']],
    ['draft', reviewer, false, []],
    ['review', editor, true, ['edit']],
    ['review', reviewer, false, ['approve', 'schedule', 'return']],
    ['review', admin, false, ['edit', 'approve', 'schedule', 'return']],
    // Whoever saved the version under review neither approves nor returns it (the server: review_own_work).
    ['review', admin, true, ['edit']],
    ['scheduled', admin, false, ['edit', 'archive']],
    ['scheduled', reviewer, false, []],
    ['published', editor, false, ['edit', 'archive']],
    ['published', reviewer, false, []],
    ['archived', editor, false, ['restore']],
    ['archived', admin, true, ['restore']],
    ['archived', reviewer, false, []],
  ];
  it.each(cases)('%s for %o (saved it: %s)', (status, who, mine, expected) => {
    expect(allowedActions(status, who, mine)).toEqual(expected);
  });

  it('offers nothing to someone who neither edits nor reviews', () => {
    for (const s of ['draft', 'review', 'archived'] as const)
      expect(allowedActions(s, { editor: false, reviewer: false }, false)).toEqual([]);
  });
});

describe('own work', () => {
  const item = {
    currentVersion: 3,
    versions: [
      { version: 2, savedAt: '', savedBy: { id: 'u1', displayName: 'A' }, note: null },
      { version: 3, savedAt: '', savedBy: { id: 'u2', displayName: 'B' }, note: null },
    ],
  };
  it('knows who saved the current version', () => {
    expect(savedCurrentVersion(item, 'u2')).toBe(true);
    expect(savedCurrentVersion(item, 'u1')).toBe(false);
  });
  it('says when approval is blocked', () => {
    expect(ownWorkBlocksApproval('review', admin, true)).toBe(true);
    expect(ownWorkBlocksApproval('review', editor, true)).toBe(false);
    expect(ownWorkBlocksApproval('draft', admin, true)).toBe(false);
  });
  it('lists every item under review for a reviewer, and nothing for an editor', () => {
    expect(awaitsMyReview('review', reviewer)).toBe(true);
    expect(awaitsMyReview('review', admin)).toBe(true);
    expect(awaitsMyReview('draft', reviewer)).toBe(false);
    expect(awaitsMyReview('review', editor)).toBe(false);
  });
});

describe('content roles', () => {
  const session = (roles: string[], stage = 'full') =>
    ({ stage, roles: roles.map((role) => ({ role })) }) as unknown as Session;
  it('gives counsellors editing, supervisors reviewing and federation administrators both', () => {
    expect(contentPowers(session(['counsellor']))).toEqual(editor);
    expect(contentPowers(session(['supervisor']))).toEqual(reviewer);
    expect(contentPowers(session(['federation_admin']))).toEqual(admin);
  });
  it('keeps the library from other roles and unfinished sign-ins', () => {
    for (const r of [
      'station_manager',
      'enterprise_officer',
      'auditor',
      'platform_operator',
      'partner_staff',
    ])
      expect(mayOpenContent(session([r]))).toBe(false);
    expect(mayOpenContent(session(['counsellor'], 'totp_enrolment'))).toBe(false);
    expect(mayOpenContent(null)).toBe(false);
  });
});

describe('status labels', () => {
  it('names and colours every status in both languages', async () => {
    const { contentZh } = await import('../i18n/content.zh-CN');
    const { contentEn } = await import('../i18n/content.en');
    const { statusColors, statusKey } = await import('./content-status');
    const { contentStatuses } = await import('./content-types');
    expect(contentStatuses.map((s) => contentZh.status[s])).toEqual([
      '草稿',
      '待审核',
      '已排期',
      '已发布',
      '已归档',
    ]);
    for (const s of contentStatuses) {
      expect(statusKey(s)).toBe(`status.${s}`);
      expect(contentEn.status[s]).toMatch(/\w/);
      expect(statusColors[s]).toBeTruthy();
    }
  });
});
