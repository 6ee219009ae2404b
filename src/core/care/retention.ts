/**
 * How long care records are kept. The Chinese Psychological Society's ethics code for clinical and
 * counselling psychology (2018, 中国心理学会临床与咨询心理学工作伦理守则) asks that professional records be
 * kept for at least three years; Carnation keeps a closed case's records three years after closure, then a job
 * deletes them. A worker's request for deletion erases contact details at once and states this date for the
 * rest. The audit trail is kept separately (≥ 180 days, DESIGN.md).
 */
export const CASE_RETENTION_YEARS = 3;

export function retainUntil(closedAt: Date): Date {
  const d = new Date(closedAt.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + CASE_RETENTION_YEARS);
  return d;
}
