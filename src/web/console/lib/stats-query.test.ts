import { describe, expect, it } from 'vitest';
import {
  apiParams,
  breakdownPath,
  csvPath,
  daysInRange,
  overviewPath,
  readView,
  type StatsView,
  scopesPath,
  shiftPeriod,
  withOrg,
  writeView,
} from './stats-query';

const ORG = '0a1b2c3d-0000-4000-8000-000000000001';
const CITY = '0a1b2c3d-0000-4000-8000-000000000002';
const read = (q: string) => readView(new URLSearchParams(q));

describe('the dashboard view in the address bar', () => {
  it('defaults to this month, the whole reach and the organisation breakdown', () => {
    expect(read('')).toEqual({ granularity: 'month', dimension: 'organisation' });
  });

  it('reads back what it writes, so a copied link reproduces the view', () => {
    const views: StatsView[] = [
      { granularity: 'week', date: '2026-11-18', org: ORG, dimension: 'service_point' },
      { granularity: 'custom', from: '2026-01-01', to: '2026-03-31', dimension: 'industry' },
      { granularity: 'year', date: '2025-06-01', tenant: CITY, dimension: 'organisation' },
      { granularity: 'month', rollup: true, dimension: 'audience' },
    ];
    for (const v of views) expect(readView(writeView(v))).toEqual(v);
    expect(writeView(views[0] as StatsView).toString()).toBe(
      `org=${ORG}&granularity=week&date=2026-11-18&dimension=service_point`,
    );
  });

  it('drops what the server would refuse instead of asking with it', () => {
    expect(read('granularity=fortnight&date=2026-02-30&org=abc&dimension=salary')).toEqual({
      granularity: 'month',
      dimension: 'organisation',
    });
    // A custom range needs both ends, in order, and at most 366 days.
    expect(read('granularity=custom&from=2026-01-01').granularity).toBe('month');
    expect(read('granularity=custom&from=2026-03-01&to=2026-01-01').granularity).toBe('month');
    expect(read('granularity=custom&from=2025-01-01&to=2026-01-02').granularity).toBe('month');
    expect(read('granularity=custom&from=2025-01-01&to=2026-01-01')).toMatchObject({
      granularity: 'custom',
      from: '2025-01-01',
      to: '2026-01-01',
    });
    // A date means nothing to a custom range.
    expect(read('granularity=custom&from=2026-01-01&to=2026-01-31&date=2026-01-05').date).toBeUndefined();
  });

  it('counts a range’s days with both ends', () => {
    expect(daysInRange('2026-11-01', '2026-11-30')).toBe(30);
    expect(daysInRange('2024-01-01', '2024-12-31')).toBe(366);
  });
});

describe('the API query', () => {
  it('uses the contract’s names and leaves the defaults to the server', () => {
    expect(overviewPath({ granularity: 'month', dimension: 'organisation' })).toBe(
      '/api/v1/statistics/overview?granularity=month',
    );
    expect(
      apiParams({
        granularity: 'quarter',
        date: '2026-08-15',
        org: ORG,
        tenant: CITY,
        dimension: 'organisation',
      }).toString(),
    ).toBe(`granularity=quarter&date=2026-08-15&organisationId=${ORG}&tenantId=${CITY}`);
    expect(apiParams({ granularity: 'month', rollup: true, dimension: 'organisation' }).get('rollup')).toBe(
      'cities',
    );
  });

  it('asks for a custom range by its two ends only', () => {
    const p = apiParams({
      granularity: 'custom',
      from: '2026-01-01',
      to: '2026-02-15',
      dimension: 'organisation',
    });
    expect(p.toString()).toBe('granularity=custom&from=2026-01-01&to=2026-02-15');
  });

  it('names the breakdown’s dimension, the tab’s own when asked for another', () => {
    const view: StatsView = { granularity: 'day', date: '2026-12-01', dimension: 'industry' };
    expect(breakdownPath(view)).toBe(
      '/api/v1/statistics/breakdown?granularity=day&date=2026-12-01&dimension=industry',
    );
    expect(new URL(breakdownPath(view, 'counsellor'), 'http://x').searchParams.get('dimension')).toBe(
      'counsellor',
    );
  });

  it('asks for the scopes in reach with no query (the server takes none)', () => {
    expect(scopesPath()).toBe('/api/v1/statistics/scopes');
  });
});

describe('the CSV link', () => {
  const view: StatsView = { granularity: 'week', date: '2026-11-18', org: ORG, dimension: 'service_point' };

  it('is the server’s .csv route with the same query and the reader’s language', () => {
    expect(csvPath('overview', view, 'zh-CN')).toBe(
      `/api/v1/statistics/overview.csv?granularity=week&date=2026-11-18&organisationId=${ORG}&lang=zh`,
    );
    expect(csvPath('breakdown', view, 'en')).toBe(
      `/api/v1/statistics/breakdown.csv?granularity=week&date=2026-11-18&organisationId=${ORG}&dimension=service_point&lang=en`,
    );
  });
});

describe('moving between views', () => {
  it('keeps the period when the scope changes, and drops the organisation for the whole reach', () => {
    const view: StatsView = { granularity: 'week', date: '2026-11-18', org: ORG, dimension: 'organisation' };
    expect(withOrg(view, CITY)).toEqual({ ...view, org: CITY });
    expect(withOrg(view, null)).toEqual({
      granularity: 'week',
      date: '2026-11-18',
      dimension: 'organisation',
    });
  });

  it('steps a period back and forth, across month and year ends', () => {
    expect(shiftPeriod('day', '2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftPeriod('week', '2026-12-30', 1)).toBe('2027-01-06');
    expect(shiftPeriod('month', '2026-01-31', -1)).toBe('2025-12-01');
    expect(shiftPeriod('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftPeriod('quarter', '2026-02-10', -1)).toBe('2025-11-01');
    expect(shiftPeriod('year', '2026-07-04', 1)).toBe('2027-07-01');
  });
});
