import { aliasedTable, and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Reach } from '../../core/access/policy';
import type { Db } from '../db/client';
import { withinReach } from '../identity/repository';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';
import { monthlyReports } from './tables';

const scopeOrg = aliasedTable(organisations, 'scope_org');
const rootOrg = aliasedTable(organisations, 'root_org');

/** A report's organisation path: its organisation's, or the tenant root's for the whole tenant. */
const pathOf = sql<string>`coalesce(${scopeOrg.path}, ${rootOrg.path})`;

export interface StoredReport {
  id: string;
  tenantId: string;
  organisationId: string | null;
  /** The organisation, or the tenant root for a whole-tenant report. */
  name: string;
  nameEn: string | null;
  orgPath: string;
  month: string;
  generatedAt: Date;
  generatedBy: string | null;
  generatedByName: string | null;
  hasPdf: boolean;
  pdfBytes: number;
  xlsxBytes: number;
}

const listColumns = {
  id: monthlyReports.id,
  tenantId: monthlyReports.tenantId,
  organisationId: monthlyReports.organisationId,
  name: sql<string>`coalesce(${scopeOrg.name}, ${rootOrg.name})`,
  nameEn: sql<string | null>`coalesce(${scopeOrg.nameEn}, ${rootOrg.nameEn})`,
  orgPath: pathOf,
  month: monthlyReports.month,
  generatedAt: monthlyReports.generatedAt,
  generatedBy: monthlyReports.generatedBy,
  generatedByName: users.displayName,
  hasPdf: sql<boolean>`${monthlyReports.pdf} is not null`,
  pdfBytes: sql<number>`coalesce(octet_length(${monthlyReports.pdf}), 0)::int`,
  xlsxBytes: sql<number>`octet_length(${monthlyReports.xlsx})::int`,
};

const joined = (db: Db) =>
  db
    .select(listColumns)
    .from(monthlyReports)
    .leftJoin(scopeOrg, eq(scopeOrg.id, monthlyReports.organisationId))
    .leftJoin(rootOrg, and(eq(rootOrg.tenantId, monthlyReports.tenantId), isNull(rootOrg.parentId)))
    .leftJoin(users, eq(users.id, monthlyReports.generatedBy));

/** Reports whose organisation lies in the reach, newest month first. */
export async function reportsInReach(db: Db, reach: Reach, limit = 500): Promise<StoredReport[]> {
  return joined(db)
    .where(withinReach(reach, monthlyReports.tenantId, pathOf))
    .orderBy(desc(monthlyReports.month), pathOf)
    .limit(limit);
}

export async function storedReport(db: Db, id: string): Promise<StoredReport | undefined> {
  const [row] = await joined(db).where(eq(monthlyReports.id, id));
  return row;
}

export async function reportFile(db: Db, id: string, kind: 'pdf' | 'xlsx'): Promise<Buffer | null> {
  const [row] = await db
    .select({ file: kind === 'pdf' ? monthlyReports.pdf : monthlyReports.xlsx })
    .from(monthlyReports)
    .where(eq(monthlyReports.id, id));
  return row?.file ? Buffer.from(row.file) : null;
}

export async function reportFigures(db: Db, id: string): Promise<unknown> {
  const [row] = await db
    .select({ figures: monthlyReports.figures })
    .from(monthlyReports)
    .where(eq(monthlyReports.id, id));
  return row?.figures;
}

export interface ReportInsert {
  tenantId: string;
  organisationId: string | null;
  month: string;
  generatedAt: Date;
  generatedBy: string | null;
  pdf: Buffer | null;
  xlsx: Buffer;
  figures: unknown;
}

/** Stores a report; one already there for the same tenant, organisation and month is replaced. */
export async function upsertReport(db: Db, r: ReportInsert): Promise<string> {
  const [row] = await db
    .insert(monthlyReports)
    .values(r)
    .onConflictDoUpdate({
      target: [monthlyReports.tenantId, monthlyReports.organisationId, monthlyReports.month],
      set: {
        generatedAt: r.generatedAt,
        generatedBy: r.generatedBy,
        pdf: r.pdf,
        xlsx: r.xlsx,
        figures: r.figures,
      },
    })
    .returning({ id: monthlyReports.id });
  if (!row) throw new Error('the report was not stored');
  return row.id;
}

/** When each of a tenant's reports of a month was made (organisation id, or null for the whole tenant). */
export async function generatedTimes(db: Db, tenantId: string, month: string) {
  const rows = await db
    .select({ organisationId: monthlyReports.organisationId, generatedAt: monthlyReports.generatedAt })
    .from(monthlyReports)
    .where(and(eq(monthlyReports.tenantId, tenantId), eq(monthlyReports.month, month)));
  return new Map(rows.map((r) => [r.organisationId, r.generatedAt]));
}

/** Federations the monthly job writes reports for (not the platform itself), with their zones. */
export const reportingTenants = (db: Db) =>
  db.select({ id: tenants.id, timeZone: tenants.timeZone }).from(tenants).where(ne(tenants.kind, 'platform'));

/** A tenant's district and industry unions: each gets its own monthly report. */
export const unionsOf = (db: Db, tenantId: string) =>
  db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        eq(organisations.active, true),
        inArray(organisations.kind, ['district_union', 'industry_union']),
      ),
    );

export async function organisationOf(db: Db, id: string) {
  const [row] = await db
    .select({
      id: organisations.id,
      tenantId: organisations.tenantId,
      path: organisations.path,
      parentId: organisations.parentId,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

export async function tenantOf(db: Db, id: string) {
  const [row] = await db
    .select({ id: tenants.id, name: tenants.name, nameEn: tenants.nameEn, timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, id));
  return row;
}
