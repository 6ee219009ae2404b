import type { Lang } from '../../core/instruments/types';
import { appendAuditEvent } from '../audit/repository';
import type { Credential } from '../booking/booking';
import { accessLogOf } from './access-log';
import { holdingsHtml } from './export-html';
import { gatherHoldings } from './holdings';
import { type Consent, deleteMyData, withdrawConsent } from './rights';
import { type MyDataDeps, type Subject, subjectOf } from './subject';

export interface Asking {
  tenant: string | undefined;
  credential: Credential;
  lang: Lang;
  now: Date;
}

/** The worker's own reads are audited too (who they are is never written: the subject is not named). */
async function auditRead(
  deps: MyDataDeps,
  s: Subject,
  action: string,
  details: Record<string, unknown>,
  now: Date,
) {
  await deps.db.transaction((tx) =>
    appendAuditEvent(
      tx,
      {
        tenantId: s.tenantId,
        actorId: null,
        actorLabel: 'anonymous worker',
        action,
        objectType: 'subject',
        outcome: 'success',
        details: { ...details, via: s.via },
      },
      now,
    ),
  );
}

export async function readMyData(deps: MyDataDeps, a: Asking) {
  const s = await subjectOf(deps, a.tenant, a.credential, a.now);
  const holdings = await gatherHoldings(deps, s, a.lang, false);
  await auditRead(
    deps,
    s,
    'my_data.read',
    { cases: holdings.cases.length, requests: holdings.requests.length, checkups: holdings.checkups.length },
    a.now,
  );
  return holdings;
}

export async function readAccessLog(deps: MyDataDeps, a: Asking) {
  const s = await subjectOf(deps, a.tenant, a.credential, a.now);
  const entries = await accessLogOf(deps, s, a.lang);
  await auditRead(deps, s, 'my_data.access_log', { entries: entries.length }, a.now);
  return { entries };
}

/** The download: complete in JSON (sealed records opened), or a readable page to print. */
export async function exportMyData(deps: MyDataDeps, a: Asking, format: 'json' | 'html') {
  const s = await subjectOf(deps, a.tenant, a.credential, a.now);
  const holdings = await gatherHoldings(deps, s, a.lang, true);
  const accessLog = await accessLogOf(deps, s, a.lang);
  await auditRead(deps, s, 'my_data.export', { format, cases: holdings.cases.length }, a.now);
  if (format === 'json')
    return JSON.stringify({ generatedAt: a.now.toISOString(), ...holdings, accessLog }, null, 2);
  const { timeZone } = await deps.directory.byId(s.tenantId);
  return holdingsHtml(holdings, accessLog, a.lang, timeZone, a.now);
}

export async function withdrawMyConsent(deps: MyDataDeps, a: Asking, consent: Consent) {
  const s = await subjectOf(deps, a.tenant, a.credential, a.now);
  return withdrawConsent(deps, s, consent, a.lang, a.now);
}

export async function deleteMine(deps: MyDataDeps, a: Asking) {
  const s = await subjectOf(deps, a.tenant, a.credential, a.now);
  return deleteMyData(deps, s, a.lang, a.now);
}
