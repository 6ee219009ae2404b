import type { Booking } from '../../../shared/api-types';
import { dayIn, formatRange } from '../../counselling/format';
import { useWords } from './words';

/** When, where, how and with whom: the facts of one appointment, at the station's clock. */
export function AppointmentFacts({ booking: b, topic = false }: { booking: Booking; topic?: boolean }) {
  const { t, lang, pick, day } = useWords();
  const zone = b.servicePoint.timeZone;
  const remote = b.servicePoint.kind === 'remote' || b.mode !== 'in_person';
  const room = b.room ? t('appointment.room', { room: pick(b.room.name, b.room.nameEn) }) : '';
  const dayText = day(dayIn(b.slot.startsAt, zone), zone);
  return (
    <dl className="facts">
      <div>
        <dt>{t('appointment.when')}</dt>
        <dd className="facts-when">
          {dayText} <span className="nowrap">{formatRange(b.slot.startsAt, b.slot.endsAt, zone, lang)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('appointment.where')}</dt>
        <dd>
          {pick(b.servicePoint.name, b.servicePoint.nameEn)}
          {!remote && room}
          {!remote && (
            <span className="facts-sub">{pick(b.servicePoint.address, b.servicePoint.addressEn)}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('appointment.how')}</dt>
        <dd>{t(`modesLong.${b.mode}`)}</dd>
      </div>
      <div>
        <dt>{t('appointment.who')}</dt>
        <dd>
          {pick(b.counsellor.name, b.counsellor.nameEn)}
          {b.counsellor.qualification && (
            <span className="facts-sub">
              {pick(b.counsellor.qualification, b.counsellor.qualificationEn)}
            </span>
          )}
        </dd>
      </div>
      {topic && (
        <div>
          <dt>{t('appointment.topic')}</dt>
          <dd>{t(`topics.${b.topic}`)}</dd>
        </div>
      )}
    </dl>
  );
}
