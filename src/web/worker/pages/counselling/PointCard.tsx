import { Link } from 'react-router';
import type { ServicePointView } from '../../../shared/api-types';
import { PlaceIcon } from '../../components/icons';
import { distanceParts, travelParts } from '../../counselling/format';
import { useWords } from './words';

/**
 * One service point in the list: name, kind and "within 15 minutes", how far and how long to get there,
 * the address, the next free time and the ways offered, and one big button to its times.
 */
export function PointCard({ point }: { point: ServicePointView }) {
  const { t, pick, modes, when } = useWords();
  const name = pick(point.name, point.nameEn);
  const remote = point.kind === 'remote';
  const travel = travelParts(point.walkMinutes, point.driveMinutes);
  const distance = point.distanceMetres === null ? null : distanceParts(point.distanceMetres);
  return (
    <li className="point-card">
      <h3 className="point-name">{name}</h3>
      <p className="point-tags">
        <span className="badge">{t(`kinds.${point.kind}`)}</span>
        {point.withinReach && <span className="badge badge-reach">{t('point.withinReach')}</span>}
      </p>
      {distance && (
        <p className="point-travel">
          <strong>{t(`point.distance.${distance.unit}`, { value: distance.value })}</strong>
          {travel.walk !== null && <span>{t('point.walk', { minutes: travel.walk })}</span>}
          {travel.drive !== null && <span>{t('point.drive', { minutes: travel.drive })}</span>}
        </p>
      )}
      <p className="point-address">
        <PlaceIcon size="1.2em" />
        <span>
          {!remote && <span className="visually-hidden">{t('point.address')}: </span>}
          {pick(point.address, point.addressEn)}
        </span>
      </p>
      <p className="point-next">
        {point.nextSlot
          ? t('point.next', { when: when(point.nextSlot.startsAt, point.timeZone) })
          : t('point.noNext')}
      </p>
      {point.modes.length > 0 && <p className="hint">{t('point.modes', { modes: modes(point.modes) })}</p>}
      <Link className="big-button" to={`/stations/${point.id}`} aria-label={`${t('point.open')}: ${name}`}>
        {t('point.open')}
      </Link>
    </li>
  );
}
