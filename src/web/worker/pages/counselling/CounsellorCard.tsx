import type { PublicCounsellor } from '../../../shared/api-types';
import { languageName, useWords } from './words';

/** A counsellor as workers meet them: name, qualification, what they help with, languages, a short bio. */
export function CounsellorCard({ counsellor: c }: { counsellor: PublicCounsellor }) {
  const { t, lang, pick, list } = useWords();
  const specialties = c.specialties.map((s) => t(`specialties.${s}`, { defaultValue: s }));
  const bio = pick(c.bio, c.bioEn);
  return (
    <li className="counsellor-card">
      <h3 className="counsellor-name">{pick(c.name, c.nameEn)}</h3>
      <p className="counsellor-qual">{pick(c.qualification, c.qualificationEn)}</p>
      {specialties.length > 0 && <p>{t('station.specialties', { list: list(specialties) })}</p>}
      {c.languages.length > 0 && (
        <p className="hint">
          {t('station.languages', { list: list(c.languages.map((l) => languageName(l, lang))) })}
        </p>
      )}
      {bio && <p className="counsellor-bio">{bio}</p>}
    </li>
  );
}
