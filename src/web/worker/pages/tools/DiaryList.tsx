import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiaryEntry } from '../../tools/diary';
import { dayText } from './diary-dates';
import { MoodFace } from './MoodFace';

/** The entries, newest first, each to change or delete; and deleting the whole diary, asked twice. */
export function DiaryList({
  entries,
  onEdit,
  onDelete,
  onDeleteAll,
}: {
  entries: DiaryEntry[];
  onEdit: (day: string) => void;
  onDelete: (day: string) => void;
  onDeleteAll: () => void;
}) {
  const { t, i18n } = useTranslation('tools');
  const [confirming, setConfirming] = useState(false);
  if (entries.length === 0) return null;
  return (
    <section className="diary-entries" aria-labelledby="diary-entries-heading">
      <h2 id="diary-entries-heading" className="section-title">
        {t('diary.entries')}
      </h2>
      <ul className="entry-list">
        {entries.map((e) => {
          const date = dayText(e.day, i18n.language);
          return (
            <li key={e.day} className="entry">
              <MoodFace mood={e.mood} size="2rem" />
              <div className="entry-text">
                <p className="entry-day">{date}</p>
                <p>
                  {t(`diary.moods.${e.mood}`)}
                  {e.sleepHours !== null && ` · ${t('diary.sleepShort', { hours: e.sleepHours })}`}
                  {e.sleepQuality && ` · ${t(`diary.qualities.${e.sleepQuality}`)}`}
                </p>
                {e.note && <p className="entry-note">{e.note}</p>}
              </div>
              <div className="entry-actions">
                <button
                  type="button"
                  className="text-button"
                  onClick={() => onEdit(e.day)}
                  aria-label={t('diary.editOne', { date })}
                >
                  {t('diary.edit')}
                </button>
                <button
                  type="button"
                  className="text-button danger-link"
                  onClick={() => onDelete(e.day)}
                  aria-label={t('diary.deleteOne', { date })}
                >
                  {t('diary.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {confirming ? (
        <div className="note-box confirm-box">
          <p id="diary-delete-all-question">{t('diary.deleteAllConfirm')}</p>
          <div className="step-buttons">
            <button type="button" className="big-button secondary" onClick={() => setConfirming(false)}>
              {t('diary.cancel')}
            </button>
            <button
              type="button"
              className="big-button danger"
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              {t('diary.confirmDeleteAll')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="big-button secondary danger-text"
          onClick={() => setConfirming(true)}
        >
          {t('diary.deleteAll')}
        </button>
      )}
    </section>
  );
}
