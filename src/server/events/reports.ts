import type { Db } from '../db/client';
import { carePackagesOf, countsOf, feedbackOf } from './staff-repository';
import { type Ctx, eventInScope } from './staff-scope';

/**
 * An event's figures: registrations by status, attendance (checked in plus walk-ins), no-shows (registered,
 * never checked in, once the event has ended), care packages by group, and the feedback — anonymous unless
 * the worker signed it, so nothing here names anyone.
 */
export async function eventReport(db: Db, ctx: Ctx, id: string) {
  const row = await eventInScope(db, ctx, id, 'event.read');
  return { row, report: await reportOf(db, id, row.event.endsAt <= ctx.now) };
}

export async function reportOf(db: Db, id: string, ended: boolean) {
  const counts = (await countsOf(db, [id])).get(id);
  const registered = counts?.registered ?? 0;
  const attended = counts?.attended ?? 0;
  const walkIns = counts?.walkIns ?? 0;
  const feedback = await feedbackOf(db, id);
  const distribution = [1, 2, 3, 4, 5].map((n) => feedback.filter((f) => f.rating === n).length);
  const total = feedback.reduce((sum, f) => sum + f.rating, 0);
  return {
    registered,
    waitlisted: counts?.waitlisted ?? 0,
    cancelled: counts?.cancelled ?? 0,
    attended,
    walkIns,
    attendance: attended + walkIns,
    noShows: ended ? Math.max(0, registered - attended) : 0,
    carePackages: await carePackagesOf(db, id),
    feedback: {
      count: feedback.length,
      average: feedback.length ? Math.round((total / feedback.length) * 10) / 10 : null,
      distribution,
      comments: feedback.flatMap((f) =>
        f.comment?.trim()
          ? [{ rating: f.rating, comment: f.comment, createdAt: f.createdAt.toISOString() }]
          : [],
      ),
    },
  };
}

export type EventReport = Awaited<ReturnType<typeof reportOf>>;
