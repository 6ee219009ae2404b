/** The SQLSTATE of a database error, whichever driver raised it (drizzle wraps the driver's error as cause). */
export function sqlStateOf(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}

/** The constraint a violation names, when the driver reports it. */
export function constraintOf(err: unknown): string | undefined {
  const e = err as { constraint?: string; cause?: { constraint?: string } };
  return e?.constraint ?? e?.cause?.constraint;
}

export const isUniqueViolation = (err: unknown): boolean => sqlStateOf(err) === '23505';
/** 23P01: an exclusion constraint refused an overlapping row. */
export const isExclusionViolation = (err: unknown): boolean => sqlStateOf(err) === '23P01';
