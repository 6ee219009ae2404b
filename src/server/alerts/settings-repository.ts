import { eq } from 'drizzle-orm';
import { defaultTriageSettings, type TriageSettings } from '../../core/care/triage';
import { careSettings } from '../care/tables';
import type { Db } from '../db/client';

export type CareSettingsRow = typeof careSettings.$inferSelect;

export async function careSettingsRow(db: Db, tenantId: string): Promise<CareSettingsRow | undefined> {
  const [row] = await db.select().from(careSettings).where(eq(careSettings.tenantId, tenantId));
  return row;
}

/** The federation's triage settings, or the defaults when it has not set any. */
export async function triageSettingsOf(db: Db, tenantId: string): Promise<TriageSettings> {
  const row = await careSettingsRow(db, tenantId);
  return row
    ? {
        crisisAckMinutes: row.crisisAckMinutes,
        dutyPhoneAfterMinutes: row.dutyPhoneAfterMinutes,
        highDueMinutes: row.highDueMinutes,
        normalDueMinutes: row.normalDueMinutes,
      }
    : defaultTriageSettings;
}

export async function saveCareSettings(
  db: Db,
  values: typeof careSettings.$inferInsert & { tenantId: string },
): Promise<CareSettingsRow> {
  const { tenantId: _t, ...set } = values;
  const [row] = await db
    .insert(careSettings)
    .values(values)
    .onConflictDoUpdate({ target: careSettings.tenantId, set })
    .returning();
  return row as CareSettingsRow;
}
