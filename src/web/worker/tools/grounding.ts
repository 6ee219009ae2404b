/**
 * 5-4-3-2-1 grounding (54321感官法): five things seen, four touched, three heard, two smelled, one tasted.
 * The walk through it is a small reducer; what the worker types stays in memory and is never kept.
 */
export const groundingSenses = [
  { sense: 'see', count: 5 },
  { sense: 'touch', count: 4 },
  { sense: 'hear', count: 3 },
  { sense: 'smell', count: 2 },
  { sense: 'taste', count: 1 },
] as const;

export type Sense = (typeof groundingSenses)[number]['sense'];

export interface GroundingState {
  /** -1 before the start, 0–4 the senses, 5 the end. */
  step: number;
  /** How many things the worker has tapped for each sense (optional; never needed to go on). */
  found: number[];
}

export type GroundingAction =
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'found' }
  | { type: 'restart' };

export const END_STEP = groundingSenses.length;

export const initialGrounding = (): GroundingState => ({ step: -1, found: groundingSenses.map(() => 0) });

export function grounding(state: GroundingState, action: GroundingAction): GroundingState {
  switch (action.type) {
    case 'start':
      return { ...state, step: 0 };
    case 'next':
      return { ...state, step: Math.min(END_STEP, state.step + 1) };
    case 'back':
      return { ...state, step: Math.max(0, state.step - 1) };
    case 'found': {
      const sense = groundingSenses[state.step];
      if (!sense) return state;
      const found = [...state.found];
      // Counting stops at the step's number; the worker can still go on at any count.
      found[state.step] = Math.min(sense.count, (found[state.step] ?? 0) + 1);
      return { ...state, found };
    }
    case 'restart':
      return { ...initialGrounding(), step: 0 };
  }
}

export const currentSense = (state: GroundingState) => groundingSenses[state.step] ?? null;
