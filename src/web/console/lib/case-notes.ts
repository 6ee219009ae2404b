import {
  type Concern,
  concerns,
  type Intervention,
  type NoteKind,
  type RiskLevel,
  riskCallsForEscalation,
} from '../../../core/care/records';
import type { CaseNote, NoteBody } from './case-types';

/** The session note form and the notes timeline: pure pieces of the case page. */

/** The three core troubles of the service first (work, family, relationships), then the other themes. */
export const coreConcerns: readonly Concern[] = concerns.slice(0, 3);
export const otherConcerns: readonly Concern[] = concerns.slice(3);

export interface NoteFormValues {
  kind: Exclude<NoteKind, 'addendum'>;
  /** YYYY-MM-DD HH:mm on the federation's clock, turned into an instant by the page. */
  happenedAt: string;
  primary: Concern;
  others?: Concern[];
  riskLevel: RiskLevel;
  selfHarmThoughts?: boolean;
  harmToOthers?: boolean;
  protectiveFactors?: string;
  methods?: Intervention[];
  interventionText?: string;
  plan?: string;
  text?: string;
}

/** The structured note as the server seals it; the primary concern is never repeated among the others. */
export function noteBodyOf(v: NoteFormValues): NoteBody {
  return {
    concern: { primary: v.primary, others: (v.others ?? []).filter((c) => c !== v.primary) },
    risk: {
      level: v.riskLevel,
      selfHarmThoughts: Boolean(v.selfHarmThoughts),
      harmToOthers: Boolean(v.harmToOthers),
      protectiveFactors: (v.protectiveFactors ?? '').trim(),
    },
    intervention: { methods: v.methods ?? [], text: (v.interventionText ?? '').trim() },
    plan: (v.plan ?? '').trim(),
    text: (v.text ?? '').trim(),
  };
}

/** The form's risk answers themselves call for a supervisor: warn before the note is even saved. */
export const riskWarns = (
  v: Pick<NoteFormValues, 'riskLevel' | 'selfHarmThoughts' | 'harmToOthers'>,
): boolean => riskCallsForEscalation(v.riskLevel) || Boolean(v.selfHarmThoughts) || Boolean(v.harmToOthers);

export const riskColour: Record<RiskLevel, string> = {
  none: 'default',
  low: 'blue',
  moderate: 'gold',
  high: 'orange',
  imminent: 'red',
};

export interface NoteThread {
  note: CaseNote;
  /** Addenda that correct this note, oldest first (they were written after it). */
  addenda: CaseNote[];
}

/**
 * Notes newest contact first, each with the addenda that correct it beneath it; an addendum whose note is
 * not in the list (it should not happen) stands on its own rather than disappear.
 */
export function noteThreads(notes: readonly CaseNote[]): NoteThread[] {
  const ids = new Set(notes.map((n) => n.id));
  const byAmended = new Map<string, CaseNote[]>();
  for (const n of notes)
    if (n.amendsId && ids.has(n.amendsId))
      byAmended.set(n.amendsId, [...(byAmended.get(n.amendsId) ?? []), n]);
  return notes
    .filter((n) => !(n.amendsId && ids.has(n.amendsId)))
    .sort(
      (a, b) =>
        Date.parse(b.happenedAt) - Date.parse(a.happenedAt) ||
        Date.parse(b.createdAt) - Date.parse(a.createdAt),
    )
    .map((note) => ({
      note,
      addenda: [...(byAmended.get(note.id) ?? [])].sort(
        (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
      ),
    }));
}
