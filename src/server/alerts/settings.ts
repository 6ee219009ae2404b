import { maskMobile, normaliseMobile } from '../../core/booking/phone';
import { defaultTriageSettings, type TriageSettings } from '../../core/care/triage';
import { DecryptionError, type FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findOrganisation } from '../organisations/repository';
import { rootOrganisationOf } from '../tenancy/repository';
import { type CareSettingsRow, careSettingsRow, saveCareSettings } from './settings-repository';

export const dutyPhoneAad = (tenantId: string) => `care_settings.duty_phone:${tenantId}`;

export interface CareSettingsView extends TriageSettings {
  dutyPhone: string | null;
  dutyPhoneLabel: string | null;
}

export interface CareSettingsInput extends TriageSettings {
  /** Undefined keeps the number as it is (it is only ever shown masked); null removes it. */
  dutyPhone?: string | null;
  dutyPhoneLabel?: string | null;
}

/** The federation's duty phone in clear, for the escalation text; null when none is set. */
export function dutyPhoneOf(cipher: FieldCipher, row: CareSettingsRow | undefined): string | null {
  if (!row?.dutyPhoneSealed) return null;
  return cipher.decrypt(row.dutyPhoneSealed, dutyPhoneAad(row.tenantId));
}

function present(cipher: FieldCipher, row: CareSettingsRow | undefined): CareSettingsView {
  let phone: string | null;
  try {
    phone = dutyPhoneOf(cipher, row);
  } catch (err) {
    if (err instanceof DecryptionError)
      throw new AppError(
        'record_unreadable',
        'A confidential record could not be opened: it was changed or its key is missing',
      );
    throw err;
  }
  return {
    crisisAckMinutes: row?.crisisAckMinutes ?? defaultTriageSettings.crisisAckMinutes,
    dutyPhoneAfterMinutes: row?.dutyPhoneAfterMinutes ?? defaultTriageSettings.dutyPhoneAfterMinutes,
    highDueMinutes: row?.highDueMinutes ?? defaultTriageSettings.highDueMinutes,
    normalDueMinutes: row?.normalDueMinutes ?? defaultTriageSettings.normalDueMinutes,
    dutyPhone: phone ? maskMobile(phone) : null,
    dutyPhoneLabel: row?.dutyPhoneLabel ?? null,
  };
}

/** Care settings belong to the whole federation: a federation administrator must hold its root. */
async function federationOf(db: Db, ctx: RequestContext): Promise<string> {
  if (ctx.principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in to continue');
  const tenantId = ctx.principal.tenantId;
  const rootId = await rootOrganisationOf(db, tenantId);
  const root = rootId ? await findOrganisation(db, rootId) : undefined;
  if (!root) throw new AppError('not_found', 'The federation was not found');
  requireOn(ctx, 'care.settings', { tenantId, orgPath: root.path }, 'the federation’s care settings');
  return tenantId;
}

export async function readCareSettings(db: Db, cipher: FieldCipher, ctx: RequestContext) {
  const tenantId = await federationOf(db, ctx);
  return present(cipher, await careSettingsRow(db, tenantId));
}

export async function updateCareSettings(
  db: Db,
  cipher: FieldCipher,
  ctx: RequestContext,
  input: CareSettingsInput,
): Promise<CareSettingsView> {
  const tenantId = await federationOf(db, ctx);
  let sealed: string | null | undefined;
  if (input.dutyPhone === null) sealed = null;
  else if (input.dutyPhone !== undefined) {
    // The escalation goes out as a text message: only a mobile number can take it.
    const mobile = normaliseMobile(input.dutyPhone);
    if (!mobile)
      throw new AppError(
        'invalid_phone',
        'The duty phone must be a mobile number (11 digits, starting with 1)',
      );
    sealed = cipher.encrypt(mobile, dutyPhoneAad(tenantId));
  }
  const row = await db.transaction(async (tx) => {
    const before = await careSettingsRow(tx, tenantId);
    const saved = await saveCareSettings(tx, {
      tenantId,
      crisisAckMinutes: input.crisisAckMinutes,
      dutyPhoneAfterMinutes: input.dutyPhoneAfterMinutes,
      highDueMinutes: input.highDueMinutes,
      normalDueMinutes: input.normalDueMinutes,
      ...(sealed !== undefined ? { dutyPhoneSealed: sealed } : {}),
      ...(input.dutyPhoneLabel !== undefined ? { dutyPhoneLabel: input.dutyPhoneLabel } : {}),
      updatedBy: ctx.actorId,
      updatedAt: ctx.now,
    });
    // Minutes and whether the phone changed: never the number itself.
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'care.settings.update',
      objectType: 'care_settings',
      objectId: tenantId,
      details: {
        crisisAckMinutes: saved.crisisAckMinutes,
        dutyPhoneAfterMinutes: saved.dutyPhoneAfterMinutes,
        highDueMinutes: saved.highDueMinutes,
        normalDueMinutes: saved.normalDueMinutes,
        dutyPhoneChanged: sealed !== undefined,
        dutyPhoneSet: saved.dutyPhoneSealed !== null,
        firstSettings: before === undefined,
      },
    });
    return saved;
  });
  return present(cipher, row);
}
