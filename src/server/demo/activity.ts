import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { DEFAULT_TIME_ZONE, localDateOf } from '../../core/time';
import { alerts } from '../alerts/tables';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { type DemoStaff, loadDemoAlerts } from './activity-alerts';
import { loadDemoAppointments } from './activity-appointments';
import { loadDemoCases } from './activity-cases';
import { loadDemoCheckups } from './activity-checkups';
import { loadDemoLibraryCounts } from './activity-library';
import { DemoRandom } from './activity-random';

export interface DemoActivitySummary {
  submissions: number;
  alerts: number;
  bookings: number;
  cases: number;
  closedCases: number;
  notes: number;
  tasks: number;
  referrals: number;
  libraryRows: number;
  ms: number;
}

async function staffOf(db: Db, tenantId: string): Promise<DemoStaff & { adminId: string | null }> {
  const logins = [
    'demo-counsellor',
    'demo-counsellor-zhang',
    'demo-counsellor-liu',
    'demo-supervisor',
    'demo-enterprise',
    'demo-partner',
    'demo-admin',
  ];
  const rows = await db
    .select({ id: users.id, login: users.login, organisationId: users.organisationId })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.login, logins)));
  const by = (login: string) => rows.find((r) => r.login === login);
  const [centre] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.kind, 'partner_institution')));
  return {
    counsellors: logins.slice(0, 3).flatMap((l) => by(l)?.id ?? []),
    supervisorId: by('demo-supervisor')?.id ?? null,
    officerId: by('demo-enterprise')?.id ?? null,
    officerOrganisationId: by('demo-enterprise')?.organisationId ?? null,
    partnerId: by('demo-partner')?.id ?? null,
    institutionId: centre?.id ?? null,
    adminId: by('demo-admin')?.id ?? null,
  };
}

/**
 * A year of the demo federation's service before "today", so that its statistics have something to show:
 * check-ups (anonymous, and through enterprises' campaigns), requests for help and how fast they were taken,
 * appointments at the stations, cases with notes, tasks and referrals, and the library's daily counts. The
 * same day gives the same year (a seeded PRNG). Loaded once per demo (also into demos loaded before it).
 * Written as history, like the demo's events and orders: no audit events (the chain only moves forward) and
 * no notifications.
 */
export async function ensureDemoActivity(
  db: Db,
  cipher: FieldCipher,
  tenantId: string,
  now: Date,
): Promise<DemoActivitySummary | null> {
  const [loaded] = await db
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.tenantId, tenantId), eq(alerts.isDemo, true)))
    .limit(1);
  if (loaded) return null;
  const started = Date.now();
  const zone = DEFAULT_TIME_ZONE;
  const today = localDateOf(now, zone);
  const rnd = new DemoRandom(`carnation-demo-year:${today}`);
  const ids = () => randomUUID();
  const staff = await staffOf(db, tenantId);
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name, memberCount: organisations.memberCount })
    .from(organisations)
    .where(eq(organisations.tenantId, tenantId));

  const submissions = await loadDemoCheckups(db, cipher, rnd, ids, {
    tenantId,
    today,
    zone,
    orgs,
    adminId: staff.adminId,
  });
  const bookings = await loadDemoAppointments(db, cipher, rnd, ids, {
    tenantId,
    today,
    zone,
    submissions,
    now,
  });
  const demoAlerts = await loadDemoAlerts(db, cipher, rnd, ids, { tenantId, now, submissions, staff });
  const care = await loadDemoCases(db, cipher, rnd, ids, {
    tenantId,
    now,
    zone,
    alerts: demoAlerts,
    bookings,
    staff,
  });
  const library = await loadDemoLibraryCounts(db, rnd, { tenantId, today });
  return {
    submissions: submissions.length,
    alerts: demoAlerts.length,
    bookings: bookings.length,
    cases: care.cases,
    closedCases: care.closed,
    notes: care.notes,
    tasks: care.tasks,
    referrals: care.referrals,
    libraryRows: library.rows,
    ms: Date.now() - started,
  };
}
