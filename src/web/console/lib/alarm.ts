/**
 * The crisis alarm, made with the Web Audio API (no sound file to download or cache). Browsers let a page make
 * sound only after a user gesture on it, so `unlock` is called from a click; until then `ring` plays nothing
 * and says so, and it never throws: a crisis must still reach the screen when the speaker cannot.
 */

/** The part of AudioContext the alarm uses (a fake one in tests). */
export interface AudioLike {
  readonly state: string;
  readonly currentTime: number;
  readonly destination: unknown;
  resume(): Promise<void>;
  createOscillator(): OscillatorLike;
  createGain(): GainLike;
}

interface ParamLike {
  setValueAtTime(value: number, at: number): unknown;
  linearRampToValueAtTime(value: number, at: number): unknown;
  exponentialRampToValueAtTime(value: number, at: number): unknown;
}

export interface OscillatorLike {
  type: string;
  frequency: ParamLike;
  connect(node: unknown): unknown;
  start(at: number): void;
  stop(at: number): void;
}

export interface GainLike {
  gain: ParamLike;
  connect(node: unknown): unknown;
}

/** One tone: when it starts (seconds from now), its pitch, how long it lasts, how loud. */
interface Tone {
  at: number;
  hz: number;
  length: number;
  volume: number;
}

// Three pairs of a high and a lower tone, like a hospital call bell: urgent without being shrill.
const alarmTones: Tone[] = [0, 0.9, 1.8].flatMap((start) => [
  { at: start, hz: 880, length: 0.28, volume: 0.35 },
  { at: start + 0.32, hz: 660, length: 0.36, volume: 0.35 },
]);
const chimeTones: Tone[] = [
  { at: 0, hz: 660, length: 0.18, volume: 0.2 },
  { at: 0.2, hz: 880, length: 0.3, volume: 0.2 },
];

function defaultAudio(): AudioLike | null {
  const w = globalThis as { AudioContext?: new () => AudioLike; webkitAudioContext?: new () => AudioLike };
  const Ctor = w.AudioContext ?? w.webkitAudioContext;
  return Ctor ? new Ctor() : null;
}

export class Alarm {
  private audio: AudioLike | null = null;

  constructor(private readonly create: () => AudioLike | null = defaultAudio) {}

  /** Sound is allowed and the context is running. */
  get ready(): boolean {
    return this.audio?.state === 'running';
  }

  /** From a user gesture: makes (or wakes) the audio context. True when sound can now be made. */
  async unlock(): Promise<boolean> {
    try {
      this.audio ??= this.create();
      if (!this.audio) return false;
      if (this.audio.state !== 'running') await this.audio.resume();
      return this.ready;
    } catch {
      return false;
    }
  }

  /** The alarm (about 2.5 seconds). False, and silent, when sound is not allowed yet. */
  ring(): boolean {
    return this.play(alarmTones);
  }

  /** A short, soft chime that says sound works (after enabling it). */
  chime(): boolean {
    return this.play(chimeTones);
  }

  private play(tones: readonly Tone[]): boolean {
    try {
      const audio = this.audio;
      if (audio?.state !== 'running') {
        // Without a gesture this stays suspended; with one the next ring will sound. Never awaited here.
        audio?.resume().catch(() => undefined);
        return false;
      }
      const now = audio.currentTime;
      for (const tone of tones) {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.type = 'sine';
        const start = now + tone.at;
        const end = start + tone.length;
        osc.frequency.setValueAtTime(tone.hz, start);
        // A short rise and fall, so the tones do not click.
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.linearRampToValueAtTime(tone.volume, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, end);
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start(start);
        osc.stop(end + 0.02);
      }
      return true;
    } catch {
      return false;
    }
  }
}
