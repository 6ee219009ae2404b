import { randomUUID } from 'node:crypto';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { dayEnd, localDateOf } from '../../core/time';
import type { Db } from '../db/client';
import { aad } from '../ops/sealed-columns';
import { findTenant } from '../tenancy/repository';
import type { CaseRow } from './case-repository';
import { insertCaseEvent } from './case-repository';
import { seal } from './sealing';

/**
 * The kinds of a case's timeline. The facts (a reason, who from and to) are sealed: a reason may be health
 * information. The worker's own rights (consent withdrawn, deletion) add kinds of their own.
 */
export type CaseEventKind =
  | 'opened'
  | 'reassigned'
  | 'escalated'
  | 'de_escalated'
  | 'break_glass'
  | 'contact_updated'
  | 'referral_sent'
  | 'referral_answered'
  | 'closed'
  | 'reopened';

export async function addCaseEvent(
  tx: Db,
  cipher: FieldCipher,
  c: Pick<CaseRow, 'id' | 'tenantId'>,
  kind: CaseEventKind,
  actorId: string | null,
  at: Date,
  detail?: Record<string, unknown>,
): Promise<void> {
  const id = randomUUID();
  await insertCaseEvent(tx, {
    id,
    tenantId: c.tenantId,
    caseId: c.id,
    kind,
    actorId,
    at,
    detailSealed: detail ? seal(cipher, detail, aad.caseEventDetail(id)) : null,
  });
}

/** The federation's zone: "today" in a queue is its calendar day. */
export async function zoneOf(db: Db, tenantId: string): Promise<string> {
  return (await findTenant(db, tenantId))?.timeZone ?? 'Asia/Shanghai';
}

export async function endOfToday(db: Db, tenantId: string, now: Date): Promise<Date> {
  const zone = await zoneOf(db, tenantId);
  return dayEnd(localDateOf(now, zone), zone);
}
