import { beforeEach, describe, expect, it } from 'vitest';
import { answer, screenOf, startProgress } from './flow';
import { clearProgress, loadProgress, saveProgress } from './progress-store';
import { KEYS } from './storage';
import { forms, summary, useMemoryStorage } from './test-fixtures';

describe('resuming a check-up on the phone', () => {
  beforeEach(() => {
    useMemoryStorage();
  });

  it('continues at the same question, with the same answers, campaign and forms, after a reload', () => {
    let p = startProgress(summary(), forms(), { lang: 'zh-CN', campaign: 'demo-shunda' });
    for (let i = 0; i < 4; i++) p = answer(p, 1, null).progress;
    expect(saveProgress(p)).toBe(true);
    const again = loadProgress();
    expect(again).toEqual(p);
    expect(screenOf(again ?? p, null)).toMatchObject({ kind: 'question', number: 5, total: 19 });
    expect(again?.campaign).toBe('demo-shunda');
  });

  it('forgets the answers on request, and ignores anything damaged or of another shape', () => {
    saveProgress(startProgress(summary(), forms(), { lang: 'en' }));
    clearProgress();
    expect(loadProgress()).toBeNull();
    localStorage.setItem(KEYS.progress, '{not json');
    expect(loadProgress()).toBeNull();
    localStorage.setItem(KEYS.progress, JSON.stringify({ v: 1, checkup: { id: 'default' } }));
    expect(loadProgress()).toBeNull();
    const noForms = { ...startProgress(summary(), forms(), { lang: 'en' }), forms: [] };
    localStorage.setItem(KEYS.progress, JSON.stringify(noForms));
    expect(loadProgress()).toBeNull();
  });
});
