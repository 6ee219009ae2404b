import { and, eq } from 'drizzle-orm';
import { catalogue } from '../../core/instruments/catalogue';
import { campaigns } from '../campaigns/tables';
import { upsertReview } from '../checkup/repository';
import { instrumentTextReviews } from '../checkup/tables';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { demoTenant } from './data';

/**
 * In the demo the supervisor has already approved the Chinese texts of the default check-up and of its step-ups
 * (GAD-7 in wording A), recorded as demo approvals. K10 and K6 stay unapproved, as a real federation would find them.
 */
export const demoApprovals: { instrumentId: string; variant: 'A' | null }[] = [
  { instrumentId: 'phq4', variant: 'A' },
  { instrumentId: 'who5', variant: null },
  { instrumentId: 'cbi_work', variant: null },
  { instrumentId: 'ucla3', variant: null },
  { instrumentId: 'phq9', variant: null },
  { instrumentId: 'gad7', variant: 'A' },
];

export async function ensureDemoApprovals(db: Db, tenantId: string, now: Date): Promise<void> {
  const existing = await db
    .select({ id: instrumentTextReviews.instrumentId })
    .from(instrumentTextReviews)
    .where(and(eq(instrumentTextReviews.tenantId, tenantId), eq(instrumentTextReviews.isDemo, true)));
  if (existing.length) return;
  const [supervisor] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.login, 'demo-supervisor'));
  for (const a of demoApprovals) {
    const def = catalogue.get(a.instrumentId);
    if (!def) continue;
    await upsertReview(db, {
      tenantId,
      instrumentId: def.id,
      version: def.version,
      lang: 'zh-CN',
      status: 'approved',
      variant: a.variant,
      reason: '演示数据：督导已审核（demo approval, not a real clinical review）',
      decidedBy: supervisor?.id ?? null,
      decidedAt: now,
      isDemo: true,
    });
  }
}

/** A QR campaign of the logistics company, so the demo shows attribution from the first check-up. */
export async function ensureDemoCampaign(db: Db, tenantId: string, now: Date): Promise<void> {
  const [existing] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.code, 'demo-shunda'));
  if (existing) return;
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.industry, 'logistics')));
  if (!org) return;
  await db.insert(campaigns).values({
    tenantId,
    organisationId: org.id,
    code: 'demo-shunda',
    name: `${demoTenant.name}·顺达物流“路上心灵驿站”体检活动（演示）`,
    createdAt: now,
  });
}
