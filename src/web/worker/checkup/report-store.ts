import type { Language } from '../../shared/preferences';
import { announceChange, KEYS, readJson, remove, writeJson } from './storage';
import type { Crisis, Form, Result, SubmissionResponse } from './types';

/** What the report shows of each instrument besides its result. */
export interface FormMeta {
  id: string;
  name: string;
  shortName: string;
  attribution: string;
  range: [number, number];
  percentRange?: [number, number];
  direction: 'higher_is_worse' | 'higher_is_better';
  bandsDescriptive: boolean;
}

/**
 * The latest check-up's report, kept on the phone while the worker is on it (a reload shows it again) and
 * until its submission has reached the server; then it goes when they leave the report.
 */
export interface ReportRecord {
  key: string;
  createdAt: string;
  lang: Language;
  /** Which check-up it was, to title the report (absent in reports kept before there was a choice). */
  checkup?: { id: string; name: string; instruments: string[] };
  /** The campaign it came through, by the name its link gave. */
  campaignName?: string;
  meta: FormMeta[];
  /** Computed on the phone: all there is until the server answers. */
  local: { results: Result[]; crisis: Crisis };
  /** A retrieval code went with the submission, so earlier results may exist for a trend. */
  sentCode: boolean;
  response?: SubmissionResponse;
  codeDropped?: boolean;
  failed?: string;
  codeAcknowledged?: boolean;
  /** The worker left the report before it was saved; it stays until the server has it. */
  left?: boolean;
}

export const metaOf = (f: Form): FormMeta => ({
  id: f.id,
  name: f.name,
  shortName: f.shortName,
  attribution: f.attribution,
  range: f.scoring.range,
  ...(f.scoring.transform ? { percentRange: f.scoring.transform.range } : {}),
  direction: f.scoring.direction,
  bandsDescriptive: f.bandsDescriptive,
});

export const loadReport = (): ReportRecord | null => readJson<ReportRecord>(KEYS.report);

export function saveReport(report: ReportRecord): void {
  writeJson(KEYS.report, report);
  announceChange();
}

/** Merges a change into the stored report, if it is still the one with this key. */
export function updateReport(key: string, change: Partial<ReportRecord>): void {
  const report = loadReport();
  if (report?.key === key) saveReport({ ...report, ...change });
}

/** A saved report older than this, with nothing left to learn from it (its code known), is not shown again. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * A report left open when the phone was put away (never "left" in the app) should not wait there for the
 * next person who picks the phone up: once saved, its code written down or already known, and a day old,
 * it is stale. One still waiting for the server, or whose new code was never seen, is kept.
 */
export function isStale(report: ReportRecord, now: Date = new Date()): boolean {
  const codeKnown = report.codeAcknowledged === true || (report.sentCode && !report.codeDropped);
  return Boolean(report.response) && codeKnown && now.getTime() - Date.parse(report.createdAt) > KEEP_MS;
}

export function forgetReport(): void {
  remove(KEYS.report);
  announceChange();
}

/** Leaving the report: a saved one is forgotten on the phone; an unsaved one waits for the server. */
export function leaveReport(): void {
  const report = loadReport();
  if (!report) return;
  if (report.response || report.failed) forgetReport();
  else if (!report.left) saveReport({ ...report, left: true });
}
