import { isRhythmId, isSessionMinutes, type RhythmId, type SessionMinutes } from '../../tools/breathing';

/** The last rhythm, length and vibration chosen, kept on this phone so the next session starts the same way. */
const KEY = 'carnation.tools.breathing';

export interface BreathingChoice {
  rhythm: RhythmId;
  minutes: SessionMinutes;
  vibrate: boolean;
}

const fallback: BreathingChoice = { rhythm: 'calm', minutes: 3, vibrate: false };

export function readBreathingChoice(): BreathingChoice {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<BreathingChoice> | null;
    return {
      rhythm: isRhythmId(v?.rhythm) ? v.rhythm : fallback.rhythm,
      minutes: isSessionMinutes(v?.minutes) ? v.minutes : fallback.minutes,
      vibrate: v?.vibrate === true,
    };
  } catch {
    return fallback; // storage blocked or damaged: the gentlest start
  }
}

export function saveBreathingChoice(choice: BreathingChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    /* storage blocked: the choice lasts for this visit */
  }
}
