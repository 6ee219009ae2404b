import { call } from '../../lib/call';

/** The monthly reports API (src/server/reports/routes.ts). */
export interface StoredReport {
  id: string;
  organisationId: string | null;
  name: string;
  nameEn: string | null;
  month: string;
  generatedAt: string;
  generatedBy: { id: string; name: string | null } | null;
  pdf: { url: string; bytes: number } | null;
  xlsx: { url: string; bytes: number };
}

export interface OrganisationOption {
  id: string;
  parentId: string | null;
  name: string;
  nameEn: string | null;
}

export const reportsApi = {
  list: () => call<{ reports: StoredReport[] }>('GET', '/api/v1/statistics/reports').then((r) => r.reports),
  generate: (body: { organisationId: string | null; month: string }) =>
    call<{ report: StoredReport }>('POST', '/api/v1/statistics/reports', body).then((r) => r.report),
  organisations: () =>
    call<{ organisations: OrganisationOption[] }>('GET', '/api/v1/organisations').then(
      (r) => r.organisations,
    ),
};

/** The months one may generate: this one and the eleven before, newest first ('YYYY-MM'). */
export function recentMonths(today: Date, count = 12): string[] {
  const out: string[] = [];
  let y = today.getFullYear();
  let m = today.getMonth() + 1;
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}
