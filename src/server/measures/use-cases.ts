import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { availability } from '../../core/instruments/availability';
import { catalogue } from '../../core/instruments/catalogue';
import { assessCrisis } from '../../core/instruments/crisis';
import { answerProblems, scoreAnswers } from '../../core/instruments/scoring';
import type { InstrumentDefinition, Lang } from '../../core/instruments/types';
import { auditCase, caseFor } from '../care/case-access';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { aad, unsealJson } from '../ops/sealed-columns';
import type { EventBus } from '../realtime/bus';
import type { SmsSender } from '../sms/sender';
import { type MeasureView, presentMeasure } from './presenters';
import { closeRequested, findMeasure, insertMeasure } from './repository';

export interface MeasureDeps {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
  events: EventBus;
  directory: TenantDirectory;
  publicUrl: string | undefined;
}

/** A link works for a week: long enough for a shift pattern, short enough that a lost phone matters little. */
export const MEASURE_LINK_DAYS = 7;

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The instrument, if this federation may give it in this language (approved text, licence). */
export async function offeredInstrument(
  directory: TenantDirectory,
  tenantId: string,
  instrumentId: string,
  lang: Lang,
): Promise<{ def: InstrumentDefinition; variant: 'A' | 'B' | null }> {
  const def = catalogue.get(instrumentId);
  if (!def) throw new AppError('not_found', `No instrument "${instrumentId}"`);
  const tenant = await directory.byId(tenantId);
  const a = availability(def, lang, tenant.policy);
  if (!a.ok)
    throw new AppError('instrument_unavailable', 'This instrument is not offered in this language here', {
      reason: a.reason,
    });
  return { def, variant: a.variant };
}

export function scoreOrRefuse(def: InstrumentDefinition, answers: number[]) {
  const problems = answerProblems(def, answers);
  if (problems.length)
    throw new AppError('invalid_answers', 'Some answers do not fit this questionnaire', { problems });
  const result = scoreAnswers(def, answers);
  return { result, crisis: assessCrisis([result]) };
}

const smsText = {
  'zh-CN': (link: string, minutes: number) =>
    `【康乃馨】您好，请抽空完成一份简短问卷（约${minutes}分钟）：${link} ${MEASURE_LINK_DAYS}天内有效。`,
  en: (link: string, minutes: number) =>
    `[Carnation] Hello, please take a moment for a short questionnaire (about ${minutes} min): ${link} It works for ${MEASURE_LINK_DAYS} days.`,
};

export type GiveInput =
  | { instrumentId: string; via: 'in_room'; answers: number[]; lang?: Lang }
  | { instrumentId: string; via: 'link'; send: 'sms' | 'none'; lang?: Lang };

export interface GiveResult {
  measure: MeasureView;
  link: string | null;
  sms: 'sent' | 'failed' | 'not_sent';
}

/**
 * A questionnaire in a case: answered in the room (the counsellor enters the answers) or sent by a single-use
 * link. Only the case's counsellor (or the supervisor it is escalated to) gives one, on an open case.
 */
export async function giveMeasure(
  deps: MeasureDeps,
  ctx: RequestContext,
  caseId: string,
  input: GiveInput,
  viewLang: Lang,
): Promise<GiveResult> {
  const access = await caseFor(deps.db, ctx, caseId, 'records');
  const c = access.row;
  if (c.status !== 'open') throw new AppError('case_closed', 'This case is closed; reopen it first');
  const lang = input.lang ?? 'zh-CN';
  const { def } = await offeredInstrument(deps.directory, c.tenantId, input.instrumentId, lang);
  const id = randomUUID();
  const now = ctx.now;
  const base = {
    id,
    tenantId: c.tenantId,
    caseId: c.id,
    instrumentId: def.id,
    instrumentVersion: def.version,
    lang,
    requestedBy: ctx.actorId as string,
    requestedAt: now,
  };

  if (input.via === 'in_room') {
    const { result, crisis } = scoreOrRefuse(def, input.answers);
    const row = await deps.db.transaction(async (tx) => {
      const inserted = await insertMeasure(tx, {
        ...base,
        via: 'in_room',
        status: 'completed',
        completedAt: now,
        answersSealed: deps.cipher.encrypt(JSON.stringify(input.answers), aad.measureAnswers(id)),
        score: result.score,
        bandCode: result.band.code,
        bandLevel: result.band.level,
        flags: result.flags.map((f) => f.code),
        crisisLevel: crisis.level,
      });
      await auditCase(tx, ctx, access, 'case.measure.record', {
        measureId: id,
        instrumentId: def.id,
        via: 'in_room',
      });
      return inserted;
    });
    return { measure: presentMeasure(row, viewLang, now), link: null, sms: 'not_sent' };
  }

  let phone: string | null = null;
  if (input.send === 'sms') {
    const contact = c.contactSealed
      ? unsealJson<{ phone?: string | null }>(deps.cipher, c.contactSealed, aad.caseContact(c.id))
      : null;
    phone = contact?.phone ?? null;
    if (!phone)
      throw new AppError(
        'phone_required',
        'This case has no phone number the worker agreed to be contacted on; hand the link over yourself',
      );
  }
  const token = randomBytes(16).toString('base64url');
  const link = `${deps.publicUrl ?? ''}/measure#t=${token}`;
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertMeasure(tx, {
      ...base,
      via: 'link',
      status: 'requested',
      tokenHash: tokenHashOf(token),
      expiresAt: new Date(now.getTime() + MEASURE_LINK_DAYS * 86_400_000),
    });
    await auditCase(tx, ctx, access, 'case.measure.request', {
      measureId: id,
      instrumentId: def.id,
      via: 'link',
      send: input.send,
    });
    return inserted;
  });
  let sms: GiveResult['sms'] = 'not_sent';
  if (phone) {
    // After commit: the link must work the moment it arrives.
    sms = await deps.sms
      .send({
        tenantId: c.tenantId,
        to: phone,
        body: smsText[lang](link, Math.max(1, Math.ceil(def.minutes))),
        purpose: 'measure',
      })
      .then(
        () => 'sent' as const,
        () => 'failed' as const,
      );
  }
  return { measure: presentMeasure(row, viewLang, now), link, sms };
}

/** Withdraws a link nobody has answered yet; an answered, expired or cancelled one cannot be. */
export async function cancelMeasure(
  deps: MeasureDeps,
  ctx: RequestContext,
  measureId: string,
  viewLang: Lang,
): Promise<MeasureView> {
  const m = await findMeasure(deps.db, measureId);
  if (!m) throw new AppError('not_found', 'That questionnaire was not found');
  const access = await caseFor(deps.db, ctx, m.caseId, 'records');
  if (m.status === 'requested' && m.expiresAt && m.expiresAt.getTime() <= ctx.now.getTime())
    throw new AppError('measure_closed', 'This link has already expired', { status: 'expired' });
  return deps.db.transaction(async (tx) => {
    const cancelled = await closeRequested(tx, m.id, 'cancelled');
    if (!cancelled)
      throw new AppError('measure_closed', 'Only a link nobody has answered yet can be cancelled', {
        status: m.status,
      });
    await auditCase(tx, ctx, access, 'case.measure.cancel', {
      measureId: m.id,
      instrumentId: m.instrumentId,
    });
    return presentMeasure(cancelled, viewLang, ctx.now);
  });
}
