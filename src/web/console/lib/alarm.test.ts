import { describe, expect, it } from 'vitest';
import { Alarm, type AudioLike } from './alarm';

/** An audio context that records the tones it is asked to play. */
function fakeAudio(state: 'running' | 'suspended', resumes: 'allowed' | 'refused' | 'pending' = 'allowed') {
  const started: number[] = [];
  const param = {
    setValueAtTime: () => 0,
    linearRampToValueAtTime: () => 0,
    exponentialRampToValueAtTime: () => 0,
  };
  const audio = {
    state: state as string,
    currentTime: 10,
    destination: {},
    resume() {
      if (resumes === 'refused') return Promise.reject(new Error('NotAllowedError'));
      if (resumes === 'pending') return new Promise<void>(() => undefined);
      audio.state = 'running';
      return Promise.resolve();
    },
    createOscillator: () => ({
      type: '',
      frequency: param,
      connect: () => undefined,
      start: (at: number) => started.push(at),
      stop: () => undefined,
    }),
    createGain: () => ({ gain: param, connect: () => undefined }),
  } satisfies AudioLike & { state: string };
  return { audio, started };
}

describe('crisis alarm', () => {
  it('rings once sound is unlocked by a gesture', async () => {
    const { audio, started } = fakeAudio('suspended');
    const alarm = new Alarm(() => audio);
    expect(alarm.ring()).toBe(false);
    expect(await alarm.unlock()).toBe(true);
    expect(alarm.ready).toBe(true);
    expect(alarm.ring()).toBe(true);
    expect(started).toHaveLength(6);
    expect(Math.min(...started)).toBe(10);
  });

  it('stays silent without throwing while the browser does not allow sound', async () => {
    const pending = fakeAudio('suspended', 'pending');
    const alarm = new Alarm(() => pending.audio);
    // Unlocking without a gesture never settles: the alarm must not wait for it to ring (or not).
    void alarm.unlock();
    expect(alarm.ring()).toBe(false);
    expect(pending.started).toHaveLength(0);

    const refused = new Alarm(() => fakeAudio('suspended', 'refused').audio);
    expect(await refused.unlock()).toBe(false);
    expect(refused.ring()).toBe(false);
  });

  it('does not throw where there is no Web Audio at all, or it breaks', async () => {
    const none = new Alarm(() => null);
    expect(await none.unlock()).toBe(false);
    expect(none.ring()).toBe(false);
    const broken = new Alarm(() => {
      throw new Error('no audio device');
    });
    expect(await broken.unlock()).toBe(false);
    expect(broken.chime()).toBe(false);
    expect(new Alarm().ring()).toBe(false); // node: no AudioContext
  });
});
