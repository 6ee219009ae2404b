/**
 * The check-up's shapes as the API sends them (type-only imports of the server's own schemas and of the
 * core's form type: nothing of the server reaches the phone's bundle), and what the phone keeps.
 */
import type { z } from 'zod';
import type { InstrumentForm } from '../../../core/instruments/availability';
import type {
  checkupSummarySchema,
  historyResponseSchema,
  submissionResponseSchema,
} from '../../../server/checkup/schemas';
import type { Language } from '../../shared/preferences';

export type CheckupSummary = z.infer<typeof checkupSummarySchema>;
export type SubmissionResponse = z.infer<typeof submissionResponseSchema>;
export type HistoryEntry = z.infer<typeof historyResponseSchema>['submissions'][number];

/** A form as the API sends it, ready for the core's scoring code. */
export type Form = InstrumentForm;

export interface CheckupBundle {
  checkup: CheckupSummary;
  forms: Form[];
}

/** One instrument's result, as the server reports it and as the phone computes it when offline. */
export type Result = SubmissionResponse['results'][number];
export type Crisis = Omit<SubmissionResponse['crisis'], 'resources'>;

export type Answers = Record<string, number[]>;

export interface SubmissionBody {
  checkup: string;
  answers: Answers;
  retrievalCode?: string;
  campaign?: string;
  lang: Language;
  /** The campaign's federation, when a campaign link named one. */
  tenant?: string;
}

/** A step-up the worker accepted or declined, in the order they decided. */
export interface Decision {
  target: string;
  accepted: boolean;
}

/**
 * The check-up in progress, kept on the phone so a locked phone or a reload continues where it was. Which
 * check-up it is (checkup.id: "default", a federation's own, or an instrument alone) goes with it.
 */
export interface Progress {
  v: 1;
  checkup: CheckupSummary;
  forms: Form[];
  lang: Language;
  campaign: string | null;
  /** The campaign's name as its link gave it, to say on the report which campaign it came through. */
  campaignName?: string | null;
  /** The campaign's federation (its check-up was fetched from there, and is sent there). */
  tenant?: string | null;
  retrievalCode: string | null;
  /** Per instrument, one slot per item (null: not answered; carried-over step-up items stay null). */
  answers: Record<string, (number | null)[]>;
  decisions: Decision[];
  /** Index into questionsOf(progress); its length means "after the last question". */
  position: number;
  instructionsSeen: string[];
  /** The crisis screen is open (a critical answer was given); it stays open across a reload. */
  crisisOpen: boolean;
  startedAt: string;
}
