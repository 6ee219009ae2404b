import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBreathingChoice, saveBreathingChoice } from './breathing-choice';

const storage = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the breathing choice kept on the phone', () => {
  it('starts with the gentlest rhythm, three minutes, no vibration', () => {
    vi.stubGlobal('localStorage', storage());
    expect(readBreathingChoice()).toEqual({ rhythm: 'calm', minutes: 3, vibrate: false });
  });

  it('reads back what was chosen last time', () => {
    vi.stubGlobal('localStorage', storage());
    saveBreathingChoice({ rhythm: 'relax478', minutes: 5, vibrate: true });
    expect(readBreathingChoice()).toEqual({ rhythm: 'relax478', minutes: 5, vibrate: true });
  });

  it('ignores what it does not know, and blocked or damaged storage', () => {
    vi.stubGlobal('localStorage', storage({ 'carnation.tools.breathing': '{"rhythm":"fast","minutes":60}' }));
    expect(readBreathingChoice()).toEqual({ rhythm: 'calm', minutes: 3, vibrate: false });
    vi.stubGlobal('localStorage', storage({ 'carnation.tools.breathing': '{oops' }));
    expect(readBreathingChoice().rhythm).toBe('calm');
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(readBreathingChoice().minutes).toBe(3);
    expect(() => saveBreathingChoice({ rhythm: 'box', minutes: 1, vibrate: false })).not.toThrow();
  });
});
