import { useId } from 'react';
import type { District } from '../../../shared/api-types';
import { PlaceIcon } from '../../components/icons';
import { chooseDistrict, clearPlace, locate, type Place } from '../../counselling/place';
import { useWords } from './words';

/**
 * Where to measure from: one tap for the phone's location (with why it is asked), or a district picked
 * from a list when the worker prefers not to share it, or the phone cannot.
 */
export function PlacePanel({ place, districts }: { place: Place; districts: District[] }) {
  const { t, pick } = useWords();
  const id = useId();
  const picker = districts.length > 0 && (
    <div className="district-picker">
      <label className="field-label" htmlFor={id}>
        {t(
          place.status === 'district'
            ? 'find.districtChange'
            : place.status === 'none'
              ? 'find.districtLabel'
              : 'find.districtPlain',
        )}
      </label>
      <select
        id={id}
        className="text-input"
        value={place.status === 'district' ? place.district.id : ''}
        onChange={(e) => {
          const d = districts.find((x) => x.id === e.target.value);
          if (d) chooseDistrict(d);
        }}
      >
        <option value="" disabled>
          {t('find.districtPick')}
        </option>
        {districts.map((d) => (
          <option key={d.id} value={d.id}>
            {pick(d.name, d.nameEn)}
          </option>
        ))}
      </select>
    </div>
  );

  if (place.status === 'asking')
    return (
      <p className="status-line" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('find.locating')}
      </p>
    );

  if (place.status === 'here' || place.status === 'district')
    return (
      <div className="place-panel">
        <p className="place-note" role="status">
          <PlaceIcon size="1.2em" />
          <span>
            {place.status === 'here'
              ? t('find.located')
              : t('find.districtSorted', { name: pick(place.district.name, place.district.nameEn) })}
          </span>
        </p>
        {place.status === 'district' && picker}
        <button type="button" className="text-button" onClick={clearPlace}>
          {t('find.clearPlace')}
        </button>
      </div>
    );

  return (
    <div className="place-panel">
      {(place.status === 'denied' || place.status === 'unavailable') && (
        <p className="note-box" role="status">
          {t(`find.${place.status}`)}
        </p>
      )}
      {place.status === 'unavailable' && (
        <button type="button" className="text-button" onClick={locate}>
          {t('find.locateAgain')}
        </button>
      )}
      {place.status === 'none' && (
        <>
          <button type="button" className="big-button" onClick={locate}>
            <PlaceIcon size="1.2em" />
            <span>{t('find.locate')}</span>
          </button>
          <p className="hint">{t('find.locateWhy')}</p>
        </>
      )}
      {picker}
    </div>
  );
}
