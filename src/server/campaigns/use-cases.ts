import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { AppError } from '../../core/errors';
import { notFound, reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { withinReach } from '../identity/repository';
import { organisations } from '../organisations/tables';
import { readableOrganisation } from '../organisations/use-cases';
import { campaigns } from './tables';

type CampaignRow = typeof campaigns.$inferSelect;

/** Eight characters from an alphabet without look-alikes: short enough for a printed poster. */
export const newCampaignCode = () => {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(8), (b) => alphabet[b % alphabet.length]).join('');
};

export const campaignLink = (publicUrl: string, code: string) =>
  `${publicUrl.replace(/\/$/, '')}/checkup?c=${code}`;

export async function listCampaigns(db: Db, ctx: RequestContext) {
  const rows = await db
    .select({ c: campaigns, organisationName: organisations.name })
    .from(campaigns)
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .where(and(withinReach(reachFor(ctx, 'campaign.manage'), campaigns.tenantId, organisations.path)))
    .orderBy(asc(campaigns.createdAt));
  return rows.map((r) => ({ ...r.c, organisationName: r.organisationName }));
}

async function ownCampaign(db: Db, ctx: RequestContext, id: string): Promise<CampaignRow> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) throw notFound('The campaign');
  const org = await readableOrganisation(db, ctx, row.organisationId);
  requireOn(ctx, 'campaign.manage', { tenantId: org.tenantId, orgPath: org.path }, 'this campaign');
  return row;
}

export async function createCampaign(
  db: Db,
  ctx: RequestContext,
  input: { organisationId: string; name: string; checkupId: string; startsAt?: Date; endsAt?: Date },
) {
  const org = await readableOrganisation(db, ctx, input.organisationId);
  requireOn(ctx, 'campaign.manage', { tenantId: org.tenantId, orgPath: org.path }, 'this organisation');
  if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt)
    throw new AppError('bad_request', 'The campaign must end after it starts');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({
        name: input.name,
        checkupId: input.checkupId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        tenantId: org.tenantId,
        organisationId: org.id,
        code: newCampaignCode(),
        createdBy: ctx.actorId,
        createdAt: ctx.now,
      })
      .returning();
    const created = row as CampaignRow;
    await recordAudit(tx, ctx, {
      tenantId: org.tenantId,
      action: 'campaign.create',
      objectType: 'campaign',
      objectId: created.id,
      organisationId: org.id,
    });
    return { ...created, organisationName: org.name };
  });
}

export async function changeCampaign(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { name?: string; active?: boolean; endsAt?: Date | null },
) {
  const row = await ownCampaign(db, ctx, id);
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(campaigns).set(input).where(eq(campaigns.id, id)).returning();
    await recordAudit(tx, ctx, {
      tenantId: row.tenantId,
      action: 'campaign.update',
      objectType: 'campaign',
      objectId: id,
      organisationId: row.organisationId,
      details: { fields: Object.keys(input) },
    });
    return updated as CampaignRow;
  });
}

/** The link and its QR code, as an SVG a poster or a slide can carry. */
export async function campaignPoster(db: Db, ctx: RequestContext, id: string, publicUrl: string) {
  const row = await ownCampaign(db, ctx, id);
  const link = campaignLink(publicUrl, row.code);
  return { link, qrSvg: await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
}
