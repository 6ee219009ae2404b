import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../core/time';
import { auditEvents } from '../audit/tables';
import { demoTenant } from '../demo/data';
import { organisations } from '../organisations/tables';
import { computeOverview, resolvePeriod, systemScope } from '../statistics/dashboard';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import type { ReportFigures } from './model';
import { generateMonthlyReports } from './monthly-job';
import { reportFigures, unionsOf } from './repository';
import { reportSchema } from './schemas';

type Report = ReturnType<typeof reportSchema.parse>;

describe.each(testDrivers)('monthly reports ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let officer: Agent;
  let tenantId: string;
  let ownEnterprise: string;
  let otherEnterprise: string;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    officer = await t.signInAs('enterprise_officer');
    const user = officer.session.user as { organisationId: string; tenantId: string };
    tenantId = user.tenantId;
    ownEnterprise = user.organisationId;
    const [other] = await db.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.tenantId, tenantId),
          eq(organisations.kind, 'enterprise_union'),
          ne(organisations.id, ownEnterprise),
        ),
      )
      .limit(1);
    otherEnterprise = other?.id as string;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const generate = async (body: Record<string, unknown>, who = admin) => {
    const res = await who.request('POST', '/api/v1/statistics/reports', body);
    return { res, report: res.statusCode === 201 ? reportSchema.parse(res.json().report) : null };
  };
  const list = async (who: Agent) =>
    ((await who.request('GET', '/api/v1/statistics/reports')).json().reports as unknown[]).map((r) =>
      reportSchema.parse(r),
    );

  it('generates the federation’s report on demand, stores it, lists it and serves both files', async () => {
    const { res, report } = await generate({ month: '2026-11' });
    expect(res.statusCode).toBe(201);
    expect(report).toMatchObject({ organisationId: null, tenantId, month: '2026-11', name: demoTenant.name });
    expect(report?.generatedBy?.id).toBe((admin.session.user as { id: string }).id);
    expect((await list(admin)).map((r) => r.id)).toContain(report?.id);

    const xlsx = await admin.request('GET', report?.xlsx.url as string);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename="report-2026-11.xlsx"/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    if (t.config.reportFont) {
      const pdf = await admin.request('GET', report?.pdf?.url as string);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.length).toBe(report?.pdf?.bytes);
    }
    // Downloads of the figures are audited, like the events' exports.
    const audited = await db.database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'statistics.report.download'),
          eq(auditEvents.objectId, report?.id as string),
        ),
      );
    expect(audited.length).toBe(t.config.reportFont ? 2 : 1);
  });

  it('holds exactly the dashboard’s figures for the month, and generating again replaces it', async () => {
    const first = (await generate({ month: '2026-10' })).report as Report;
    t.clock.advance(60_000);
    const again = (await generate({ month: '2026-10' })).report as Report;
    expect(again.id).toBe(first.id);
    expect(again.generatedAt > first.generatedAt).toBe(true);
    expect(
      (await list(admin)).filter((r) => r.month === '2026-10' && r.organisationId === null),
    ).toHaveLength(1);

    const stored = (await reportFigures(db.database.db, again.id)) as ReportFigures;
    const scope = await systemScope(db.database.db, tenantId, null);
    const period = resolvePeriod(
      { granularity: 'month', date: '2026-10-01' },
      scope.zone,
      localDateOf(t.clock.now(), scope.zone),
    );
    const dashboard = await computeOverview(db.database.db, scope, period, t.config.minGroupSize);
    expect(stored.overview).toEqual(JSON.parse(JSON.stringify(dashboard)));
    expect(stored.breakdowns.map((b) => b.dimension)).toContain('organisation');
    expect(stored.breakdowns.map((b) => b.dimension)).not.toContain('counsellor');
  });

  it('refuses a month not begun yet and a month that is not one, changing nothing', async () => {
    const before = (await list(admin)).length;
    expect((await generate({ month: '2027-01' })).res.statusCode).toBe(400);
    expect((await generate({ month: '2026-13' })).res.statusCode).toBe(400);
    expect((await list(admin)).length).toBe(before);
  });

  it('lets an officer see and fetch their enterprise’s report only: another enterprise’s is 403', async () => {
    const own = (await generate({ organisationId: ownEnterprise, month: '2026-11' })).report as Report;
    const other = (await generate({ organisationId: otherEnterprise, month: '2026-11' })).report as Report;
    // An enterprise's report holds only what its officer may see: the breakdown by organisation.
    const figures = (await reportFigures(db.database.db, own.id)) as ReportFigures;
    expect(figures.breakdowns.map((b) => b.dimension)).toEqual(['organisation']);

    const seen = (await list(officer)).map((r) => r.id);
    expect(seen).toContain(own.id);
    expect(seen).not.toContain(other.id);
    expect((await officer.request('GET', own.xlsx.url)).statusCode).toBe(200);
    const refused = await officer.request('GET', other.xlsx.url);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect(
      (await officer.request('GET', `/api/v1/statistics/reports/${other.id}/report.pdf`)).statusCode,
    ).toBe(403);
    expect(
      (await generate({ organisationId: ownEnterprise, month: '2026-11' }, officer)).res.statusCode,
    ).toBe(403);
  });

  it('makes last month’s reports from 02:00 on the 1st in the federation’s zone, once', async () => {
    const deps = { db: db.database.db, config: { ...t.config, reportFont: undefined } };
    const unions = await unionsOf(db.database.db, tenantId);
    expect((await generateMonthlyReports(deps, new Date('2026-12-01T01:30:00+08:00'))).made).toBe(0);
    // The federation's November report was made on demand on 30 November, before the month was over: made again.
    const run = await generateMonthlyReports(deps, new Date('2026-12-01T02:05:00+08:00'));
    expect(run.made).toBe(1 + unions.length);
    expect((await generateMonthlyReports(deps, new Date('2026-12-01T03:05:00+08:00'))).made).toBe(0);
    const november = (await list(admin)).filter((r) => r.month === '2026-11');
    const whole = november.find((r) => r.organisationId === null);
    expect(whole?.generatedBy).toBeNull();
    // Made without a font: the workbook is there, the PDF is refused with a clear 503.
    expect(whole?.pdf).toBeNull();
    const pdf = await admin.request('GET', `/api/v1/statistics/reports/${whole?.id}/report.pdf`);
    expect(pdf.statusCode).toBe(503);
    expect(pdf.json().error.code).toBe('report_font_missing');
    expect((await admin.request('GET', whole?.xlsx.url as string)).statusCode).toBe(200);
    for (const u of unions) expect(november.map((r) => r.organisationId)).toContain(u.id);
  });
});
