import { appointmentWhen } from '../../core/booking/wording';
import type { EventWithPlace } from './repository';

/**
 * The texts about a group event. A worker's phone may be read by others, so they never name the kind of
 * event nor its title (团体辅导, 减压 …): they say when, on the event's clock, and where — that is all.
 */
export interface TextPlace {
  kind: string;
  name: string;
  nameEn: string;
}

function where(lang: string, place: TextPlace): string {
  if (place.kind === 'online') return lang === 'en' ? 'online' : '线上参加';
  return lang === 'en' ? `at ${place.nameEn}` : `地点：${place.name}`;
}

export const ZH_LEAD = '【康乃馨】活动提醒：';
const EN_LEAD = '[Carnation] Event reminder: ';

export function eventReminderText(
  lang: string,
  kind: string,
  startsAt: Date,
  timeZone: string,
  place: TextPlace,
): string {
  const when = appointmentWhen(startsAt, timeZone, lang);
  if (lang === 'en') {
    const lead = kind === 'day_before' ? 'tomorrow' : 'in two hours';
    return `${EN_LEAD}the event you signed up for is ${lead}, ${when}, ${where(lang, place)}. If you cannot come, please cancel in Carnation so that someone else can take the place.`;
  }
  const lead = kind === 'day_before' ? '明天' : '两小时后';
  return `${ZH_LEAD}您报名的活动在${lead}，${when}，${where(lang, place)}。如不能参加，请打开康乃馨取消，把名额让给别人。`;
}

/** A freed place held for the next in line until `until`. */
export function eventOfferText(
  lang: string,
  startsAt: Date,
  timeZone: string,
  place: TextPlace,
  until: Date,
): string {
  const when = appointmentWhen(startsAt, timeZone, lang);
  const by = appointmentWhen(until, timeZone, lang);
  if (lang === 'en')
    return `${EN_LEAD}a place has come free at the event you were waiting for: ${when}, ${where(lang, place)}. Open Carnation by ${by} to take it; after that it goes to the next person waiting.`;
  return `${ZH_LEAD}您候补的活动有名额了：${when}，${where(lang, place)}。请在${by}前打开康乃馨确认，逾时将让给下一位。`;
}

/** Too close to the start to hold an offer: the place is simply theirs. */
export function eventPlaceGivenText(
  lang: string,
  startsAt: Date,
  timeZone: string,
  place: TextPlace,
): string {
  const when = appointmentWhen(startsAt, timeZone, lang);
  if (lang === 'en')
    return `${EN_LEAD}a place has come free and is now yours: ${when}, ${where(lang, place)}. If you cannot come, please cancel in Carnation.`;
  return `${ZH_LEAD}您候补的活动有名额了，已为您报名：${when}，${where(lang, place)}。如不能参加，请打开康乃馨取消。`;
}

/** An enterprise officer cancelled the place they had taken for a member. */
export function memberCancelledText(
  lang: string,
  startsAt: Date,
  timeZone: string,
  place: TextPlace,
): string {
  const when = appointmentWhen(startsAt, timeZone, lang);
  if (lang === 'en')
    return `${EN_LEAD}your workplace has cancelled the place it took for you at the event ${when}, ${where(lang, place)}. Ask your union officer if this is a mistake.`;
  return `${ZH_LEAD}单位为您报名的活动（${when}，${where(lang, place)}）已取消报名。如有疑问，请联系单位工会。`;
}

/** The place as a text names it: the station's or the site's name (never the event's title). */
export const textPlaceOf = (e: EventWithPlace): TextPlace => ({
  kind: e.event.placeKind,
  name: e.point?.name ?? e.event.siteName ?? e.event.siteAddress ?? '',
  nameEn: e.point?.nameEn ?? e.event.siteName ?? e.event.siteAddress ?? '',
});
