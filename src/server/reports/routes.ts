import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { XLSX_MEDIA_TYPE } from '../exports/xlsx';
import { errorBodySchema } from '../http/errors';
import { contextOf } from '../http/request-context';
import { errorResponses, idParams } from '../http/schemas';
import type { ReportDeps } from './generate';
import { generateBody, presentReport, reportSchema } from './schemas';
import { downloadReport, generateReport, listReports } from './use-cases';

const file = z.unknown().meta({ description: 'The file, as an attachment' });

/** Monthly reports (月度报告): stored PDFs and workbooks of the dashboard's figures for a month. */
export async function reportRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const reports: ReportDeps = { db: deps.database.db, config: deps.config };
  const ctx = (req: FastifyRequest) => contextOf(req, deps.clock);
  const tags = ['statistics'];

  r.get(
    '/api/v1/statistics/reports',
    {
      schema: {
        tags,
        summary: 'The monthly reports in your reach, newest month first',
        response: { 200: z.object({ reports: z.array(reportSchema) }), ...errorResponses },
      },
      config: { action: 'statistics.read' },
    },
    async (req) => ({ reports: (await listReports(reports, ctx(req))).map(presentReport) }),
  );

  r.post(
    '/api/v1/statistics/reports',
    {
      schema: {
        tags,
        summary: 'Generate (or regenerate) the monthly report of an organisation and month now',
        body: generateBody,
        response: { 201: z.object({ report: reportSchema }), ...errorResponses },
      },
      config: { action: 'statistics.report' },
    },
    async (req, reply) =>
      reply.code(201).send({ report: presentReport(await generateReport(reports, ctx(req), req.body)) }),
  );

  for (const kind of ['pdf', 'xlsx'] as const) {
    r.get(
      `/api/v1/statistics/reports/:id/report.${kind}`,
      {
        schema: {
          tags,
          summary:
            kind === 'pdf'
              ? 'The report as a PDF (503 report_font_missing when it was made without a CJK font)'
              : 'The report as an Excel workbook, one sheet per table',
          params: idParams,
          response: { 200: file, ...errorResponses, 503: errorBodySchema },
        },
        config: { action: 'statistics.read' },
      },
      async (req, reply) => {
        const out = await downloadReport(reports, ctx(req), req.params.id, kind);
        return reply
          .type(kind === 'pdf' ? 'application/pdf' : XLSX_MEDIA_TYPE)
          .header('content-disposition', out.disposition)
          .header('cache-control', 'no-store')
          .send(out.body);
      },
    );
  }
}
