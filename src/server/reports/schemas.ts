import { z } from 'zod';
import type { StoredReport } from './repository';

/** The monthly reports' API shapes. */
export const generateBody = z.strictObject({
  organisationId: z.uuid().nullable().optional().describe('The organisation; absent or null: your own reach'),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month is YYYY-MM')
    .describe('The month, YYYY-MM, in the federation’s zone (this month or an earlier one)'),
});

export const reportSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  organisationId: z.uuid().nullable().describe('null: the whole federation'),
  name: z.string(),
  nameEn: z.string().nullable(),
  month: z.string(),
  generatedAt: z.string(),
  generatedBy: z
    .object({ id: z.uuid(), name: z.string().nullable() })
    .nullable()
    .describe('null: the monthly job'),
  pdf: z
    .object({ url: z.string(), bytes: z.number().int() })
    .nullable()
    .describe('null: no CJK font when it was made'),
  xlsx: z.object({ url: z.string(), bytes: z.number().int() }),
});

export const presentReport = (r: StoredReport): z.infer<typeof reportSchema> => {
  const base = `/api/v1/statistics/reports/${r.id}`;
  return {
    id: r.id,
    tenantId: r.tenantId,
    organisationId: r.organisationId,
    name: r.name,
    nameEn: r.nameEn,
    month: r.month,
    generatedAt: r.generatedAt.toISOString(),
    generatedBy: r.generatedBy ? { id: r.generatedBy, name: r.generatedByName } : null,
    pdf: r.hasPdf ? { url: `${base}/report.pdf`, bytes: r.pdfBytes } : null,
    xlsx: { url: `${base}/report.xlsx`, bytes: r.xlsxBytes },
  };
};
