/**
 * The shapes of the case routes, inferred from the server's own response schemas (type-only imports: nothing
 * of the server reaches the bundle). Kept apart from types.ts so the care pages add a file, not lines.
 */
import type { z } from 'zod';
import type {
  careStaffSchema,
  caseDetailSchema,
  caseReferralSchema,
  caseSummarySchema,
  noteBodySchema,
  noteSchema,
  partnerReferralSchema,
  queueSchema,
  taskSchema,
} from '../../../server/care/schemas';
import type {
  giveMeasureResponse,
  measureSchema,
  measureSeriesResponse,
} from '../../../server/measures/schemas';

export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type CaseRecords = NonNullable<CaseDetail['records']>;
export type CaseContact = NonNullable<CaseRecords['contact']>;
export type CaseEvent = CaseDetail['events'][number];
export type CaseAppointment = CaseRecords['appointments'][number];
export type RecordBasis = NonNullable<CaseDetail['basis']>;
export type CasePriority = CaseSummary['priority'];
export type CaseNote = z.infer<typeof noteSchema>;
export type NoteBody = z.input<typeof noteBodySchema>;
export type FollowUpTask = z.infer<typeof taskSchema>;
export type CaseReferral = z.infer<typeof caseReferralSchema>;
export type PartnerReferral = z.infer<typeof partnerReferralSchema>;
export type CareQueue = z.infer<typeof queueSchema>;
export type QueueTask = CareQueue['tasks'][number];
export type CareStaff = z.infer<typeof careStaffSchema>;
export type CaseMeasure = z.infer<typeof measureSchema>;
export type MeasureSeries = z.infer<typeof measureSeriesResponse>;
export type InstrumentSeries = MeasureSeries['instruments'][number];
export type SeriesPoint = InstrumentSeries['points'][number];
export type SeriesBand = InstrumentSeries['bands'][number];
export type GivenMeasure = z.infer<typeof giveMeasureResponse>;
