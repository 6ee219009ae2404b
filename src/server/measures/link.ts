import { canonicalJson } from '../../core/audit/hash-chain';
import { AppError } from '../../core/errors';
import { renderForm } from '../../core/instruments/availability';
import { catalogue } from '../../core/instruments/catalogue';
import { type CrisisAssessment, crisisResources } from '../../core/instruments/crisis';
import type { Lang } from '../../core/instruments/types';
import { appendAuditEvent } from '../audit/repository';
import { findCase } from '../care/case-repository';
import { aad, unsealJson } from '../ops/sealed-columns';
import type { CareEvent } from '../realtime/bus';
import { announceCompletion } from './completion';
import { bandOf, percentageOf, statusOf } from './presenters';
import { closeRequested, completeRequested, findMeasureByToken, type MeasureRow } from './repository';
import { type MeasureDeps, offeredInstrument, scoreOrRefuse, tokenHashOf } from './use-cases';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

const closedWords: Record<string, string> = {
  completed: 'This questionnaire has already been answered. Thank you.',
  cancelled: 'This questionnaire was withdrawn by your counsellor.',
  expired: 'This link has expired; ask your counsellor for a new one.',
};

async function measureOfToken(deps: Pick<MeasureDeps, 'db'>, token: string): Promise<MeasureRow> {
  const m = TOKEN.test(token) ? await findMeasureByToken(deps.db, tokenHashOf(token)) : undefined;
  if (m?.via !== 'link')
    throw new AppError(
      'invalid_measure_token',
      'This questionnaire link is not valid; check the link you were sent',
    );
  return m;
}

/** Refuses a link that can no longer be answered, marking a lapsed one expired. */
async function refuseClosed(deps: Pick<MeasureDeps, 'db'>, m: MeasureRow, now: Date): Promise<never> {
  const status = statusOf(m, now);
  if (status === 'expired' && m.status === 'requested') await closeRequested(deps.db, m.id, 'expired');
  throw new AppError('measure_closed', closedWords[status] ?? 'This questionnaire is closed', { status });
}

/** The questionnaire a link asks for, in the worker's language (the same form /api/v1/instruments/:id gives). */
export async function currentMeasure(deps: MeasureDeps, token: string, lang: Lang | undefined, now: Date) {
  const m = await measureOfToken(deps, token);
  if (statusOf(m, now) !== 'requested') return refuseClosed(deps, m, now);
  const wanted = lang ?? (m.lang as Lang);
  const { def, variant } = await offeredInstrument(deps.directory, m.tenantId, m.instrumentId, wanted);
  return { instrument: renderForm(def, wanted, variant), expiresAt: (m.expiresAt as Date).toISOString() };
}

const resources = (lang: Lang) =>
  crisisResources.map((c) => ({ name: c.name[lang], phone: c.phone, hours: c.hours[lang], kind: c.kind }));

function answerOf(m: MeasureRow, lang: Lang, crisis: Pick<CrisisAssessment, 'triggered' | 'level'>) {
  return {
    score: m.score as number,
    percentage: percentageOf(m.instrumentId, m.score),
    band: bandOf(m.instrumentId, m.bandCode, m.bandLevel, lang) ?? { code: '', label: '', level: 0 },
    crisis: { triggered: crisis.triggered, level: crisis.level, resources: resources(lang) },
  };
}

/** A retry of a completed questionnaire: the same answers get the same result; others are refused. */
function replay(deps: MeasureDeps, m: MeasureRow, answers: number[], lang: Lang) {
  const stored = unsealJson<number[]>(deps.cipher, m.answersSealed as string, aad.measureAnswers(m.id));
  if (canonicalJson(stored) !== canonicalJson(answers))
    throw new AppError('measure_closed', closedWords.completed as string, { status: 'completed' });
  const level = (m.crisisLevel as 'urgent' | 'elevated' | null) ?? null;
  return answerOf(m, lang, { triggered: level !== null, level });
}

/**
 * The worker's answers to a link. Stored once: a retry (a weak signal) with the same answers answers the
 * same, and the counsellor is told once. A critical answer raises a crisis request (see completion.ts).
 */
export async function answerMeasure(
  deps: MeasureDeps,
  token: string,
  answers: number[],
  lang: Lang | undefined,
  now: Date,
) {
  const m = await measureOfToken(deps, token);
  const wanted = lang ?? (m.lang as Lang);
  if (m.status === 'completed') return replay(deps, m, answers, wanted);
  if (statusOf(m, now) !== 'requested') return refuseClosed(deps, m, now);
  const def = catalogue.get(m.instrumentId);
  if (!def) throw new AppError('not_found', `No instrument "${m.instrumentId}"`);
  const { result, crisis } = scoreOrRefuse(def, answers);
  const outcome = await deps.db.transaction(async (tx) => {
    const done = await completeRequested(
      tx,
      m.id,
      {
        completedAt: now,
        answersSealed: deps.cipher.encrypt(JSON.stringify(answers), aad.measureAnswers(m.id)),
        score: result.score,
        bandCode: result.band.code,
        bandLevel: result.band.level,
        flags: result.flags.map((f) => f.code),
        crisisLevel: crisis.level,
      },
      now,
    );
    if (!done) return null;
    const c = await findCase(tx, m.caseId);
    if (!c) throw new AppError('not_found', 'This questionnaire’s case no longer exists');
    await appendAuditEvent(
      tx,
      {
        tenantId: m.tenantId,
        actorId: null,
        actorLabel: 'anonymous worker',
        action: 'case.measure.complete',
        objectType: 'case',
        objectId: m.caseId,
        outcome: 'success',
        details: { number: c.number, measureId: m.id, instrumentId: m.instrumentId, via: 'link' },
      },
      now,
    );
    const events: CareEvent[] = await announceCompletion(tx, deps.cipher, c, done, crisis, now);
    return { done, events };
  });
  if (!outcome) {
    // Another request (a retry racing this one) got there first: answer as if this were its retry.
    const again = await measureOfToken(deps, token);
    if (again.status === 'completed') return replay(deps, again, answers, wanted);
    return refuseClosed(deps, again, now);
  }
  for (const e of outcome.events) await deps.events.publish(e);
  return answerOf(outcome.done, wanted, crisis);
}
