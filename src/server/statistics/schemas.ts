import { z } from 'zod';
import { dimensions, metricKeys } from '../../core/statistics/metrics';

/** Query strings and answers of the dashboard routes (issue 8), with their OpenAPI descriptions. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

export const scopeQuery = {
  organisationId: z
    .uuid()
    .optional()
    .describe('The organisation whose subtree is counted; default the viewer’s own reach (403 outside it)'),
  tenantId: z
    .uuid()
    .optional()
    .describe('A child city of a province’s or the nation’s federation (its administrator at the root only)'),
  rollup: z.enum(['cities']).optional().describe('cities: the sum of all child cities (province roll-up)'),
};

export const periodQuery = {
  granularity: z
    .enum(['day', 'week', 'month', 'quarter', 'year', 'custom'])
    .default('month')
    .describe('The period; a week is ISO, Monday first; custom takes from and to (at most 366 days)'),
  date: day.optional().describe('Any day inside the wanted period (default today in the tenant’s zone)'),
  from: day.optional().describe('custom only: the first day'),
  to: day.optional().describe('custom only: the last day, included'),
};

const lang = z.enum(['zh', 'en']).default('zh').describe('The language of the CSV header');

export const overviewQuery = z.strictObject({ ...periodQuery, ...scopeQuery });
export const overviewCsvQuery = z.strictObject({ ...periodQuery, ...scopeQuery, lang });
const dimension = z
  .enum(dimensions)
  .describe(
    'organisation (the scope’s child organisations and its own level), service_point, counsellor (needs statistics.workload), audience, employment_form, industry; an enterprise officer only organisation',
  );
export const breakdownQuery = z.strictObject({ ...periodQuery, ...scopeQuery, dimension });
export const breakdownCsvQuery = z.strictObject({ ...periodQuery, ...scopeQuery, dimension, lang });
export const scopesQuery = z.strictObject({});

const figure = z
  .object({
    value: z.number().nullable(),
    hidden: z
      .enum(['small', 'complement'])
      .nullable()
      .describe(
        'small: fewer than the minimum group size; complement: hidden so a small one cannot be worked out',
      ),
  })
  .meta({ id: 'StatisticsFigure' });
const metricKey = z.enum(metricKeys);
const dayRange = { from: z.string(), to: z.string() };

const periodView = z.object({
  ...dayRange,
  granularity: z.enum(['day', 'week', 'month', 'quarter', 'year', 'custom']),
  timeZone: z.string(),
  previous: z.object(dayRange),
});
const scopeView = z.object({
  tenantId: z.string(),
  organisationId: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.string(),
  trail: z.array(
    z.object({ organisationId: z.string().nullable(), name: z.string(), nameEn: z.string().nullable() }),
  ),
});

export const overviewSchema = z
  .object({
    period: periodView,
    scope: scopeView,
    minGroupSize: z.number().int(),
    metrics: z.array(z.object({ key: metricKey, current: figure, previous: figure })),
    trend: z.object({
      buckets: z.array(z.object({ ...dayRange, key: z.string(), zh: z.string(), en: z.string() })),
      series: z.array(z.object({ key: metricKey, values: z.array(figure) })),
    }),
    bands: z.array(
      z.object({
        instrumentId: z.string(),
        total: figure,
        bands: z.array(z.object({ bandCode: z.string(), bandLevel: z.number(), count: figure })),
      }),
    ),
    hasData: z.boolean(),
  })
  .describe(
    'Service figures of the scope and period, compared with the previous period. checkup.people counts distinct retrieval identities plus every submission made without a retrieval code as one person. Counts under minGroupSize are hidden, and so is anything that would let one be worked out from totals.',
  );

const figures = z.partialRecord(metricKey, figure);
export const breakdownSchema = z.object({
  period: periodView,
  scope: scopeView,
  minGroupSize: z.number().int(),
  dimension: z.enum(dimensions),
  metrics: z.array(metricKey),
  rows: z.array(
    z.object({
      key: z.string(),
      zh: z.string(),
      en: z.string().nullable(),
      organisationId: z.string().nullable(),
      drillable: z.boolean(),
      cells: figures,
    }),
  ),
  totals: figures,
  bands: z
    .array(
      z.object({
        instrumentId: z.string(),
        bands: z.array(z.object({ bandCode: z.string(), bandLevel: z.number() })),
        rows: z.array(z.object({ key: z.string(), cells: z.array(figure), total: figure })),
        totals: z.array(figure),
        total: figure,
      }),
    )
    .describe('organisation only: check-up results by band per instrument, one row per breakdown row'),
});

export const scopesSchema = z.object({
  tenants: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string(), kind: z.string() })),
  organisations: z.array(
    z.object({
      id: z.string(),
      parentId: z.string().nullable(),
      name: z.string(),
      nameEn: z.string().nullable(),
      kind: z.string(),
      drillable: z.boolean(),
    }),
  ),
  defaultOrganisationId: z.string().nullable(),
  /** What this viewer may break figures down by. */
  dimensions: z.array(z.enum(dimensions)),
  canRollUp: z.boolean(),
});
