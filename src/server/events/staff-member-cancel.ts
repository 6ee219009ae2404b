import { recordAudit } from '../audit/record';
import type { RequestContext } from '../http/request-context';
import { aad } from '../ops/sealed-columns';
import type { EventDeps } from './offers';
import { zoneOf } from './presenters';
import { cancelRegistrationById, registrationNotFound } from './registration';
import { eventWithPlace, findRegistration, organisationsByIds } from './repository';
import { present, reaches, type StaffRegistrationView, staffEvent } from './staff-registration';
import { memberCancelledText, textPlaceOf } from './wording';

/**
 * An enterprise officer cancels one member they registered (their enterprise's list: another enterprise's
 * member, or a worker's own registration, is not found). The event's rules are a worker's: before the start
 * and only while live; the freed place goes to the first in line under the event's lock. The member is
 * texted at the phone the officer gave, saying only when and where.
 */
export async function cancelMemberRegistration(
  deps: EventDeps,
  ctx: RequestContext,
  eventId: string,
  registrationId: string,
  now: Date,
): Promise<StaffRegistrationView> {
  const { event } = await staffEvent(deps, ctx, eventId);
  const r = await findRegistration(deps.db, registrationId);
  if (!r || r.eventId !== event.id || r.source !== 'officer' || !r.organisationId)
    throw registrationNotFound();
  const [org] = await organisationsByIds(deps.db, [r.organisationId]);
  if (!org || !reaches(ctx, 'event.register_members', event.tenantId, org.path)) throw registrationNotFound();

  await cancelRegistrationById(deps, r.id, 'officer', now, (tx, was) =>
    recordAudit(tx, ctx, {
      tenantId: event.tenantId,
      action: 'event.member_cancel',
      objectType: 'event_registration',
      objectId: r.id,
      organisationId: org.id,
      details: { eventId: event.id, was: was.status },
    }),
  );
  const place = await eventWithPlace(deps.db, event.id);
  if (r.memberPhoneSealed && place) {
    const phone = deps.cipher.decrypt(r.memberPhoneSealed, aad.eventMemberPhone(r.id));
    await deps.sms
      .send({
        tenantId: event.tenantId,
        to: phone,
        purpose: 'reminder',
        body: memberCancelledText(r.lang, event.startsAt, zoneOf(place), textPlaceOf(place)),
      })
      .catch(() => undefined);
  }
  const [after] = await present(
    deps,
    [(await findRegistration(deps.db, r.id)) ?? r],
    new Map([[org.id, org]]),
  );
  return after as StaffRegistrationView;
}
