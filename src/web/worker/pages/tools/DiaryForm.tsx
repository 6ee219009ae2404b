import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DiaryEntry,
  type DiaryInput,
  type Mood,
  moods,
  NOTE_MAX,
  SLEEP_MAX_HOURS,
  SLEEP_STEP,
  type SleepQuality,
  sleepQualities,
} from '../../tools/diary';
import { MoodFace } from './MoodFace';

const sleepChoices = Array.from({ length: SLEEP_MAX_HOURS / SLEEP_STEP + 1 }, (_, i) => i * SLEEP_STEP);

/**
 * One day's check-in: the mood as five faces with words (native radio buttons, so every phone and screen
 * reader knows them), sleep as a native picker (quick on a cheap phone), how well, and an optional note.
 * Keyed by day by its page, so changing the day starts the form from that day's entry.
 */
export function DiaryForm({
  day,
  entry,
  onSave,
}: {
  day: string;
  entry: DiaryEntry | null;
  onSave: (input: DiaryInput) => void;
}) {
  const { t } = useTranslation('tools');
  const [mood, setMood] = useState<Mood | null>(entry?.mood ?? null);
  const [sleepHours, setSleepHours] = useState<number | null>(entry?.sleepHours ?? null);
  const [sleepQuality, setSleepQuality] = useState<SleepQuality | null>(entry?.sleepQuality ?? null);
  const [note, setNote] = useState(entry?.note ?? '');
  const [missing, setMissing] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mood === null) return setMissing(true);
    setMissing(false);
    onSave({ day, mood, sleepHours, sleepQuality, note });
  };

  return (
    <form className="diary-form" onSubmit={submit} noValidate>
      <fieldset className="diary-group" aria-describedby={missing ? 'diary-mood-missing' : undefined}>
        <legend className="field-label">{t('diary.mood')}</legend>
        <div className="mood-choices">
          {moods.map((m) => (
            <label key={m} className="mood-choice">
              <input
                type="radio"
                name="mood"
                value={m}
                checked={mood === m}
                onChange={() => {
                  setMood(m);
                  setMissing(false);
                }}
              />
              <MoodFace mood={m} />
              <span>{t(`diary.moods.${m}`)}</span>
            </label>
          ))}
        </div>
        {missing && (
          <p id="diary-mood-missing" className="field-error" role="alert">
            {t('diary.needMood')}
          </p>
        )}
      </fieldset>

      <div className="diary-group">
        <label className="field-label" htmlFor="diary-sleep">
          {t('diary.sleep')}
        </label>
        <select
          id="diary-sleep"
          className="text-input"
          value={sleepHours === null ? '' : String(sleepHours)}
          onChange={(e) => setSleepHours(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('diary.sleepUnset')}</option>
          {sleepChoices.map((h) => (
            <option key={h} value={h}>
              {t('diary.sleepHours', { hours: h })}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="diary-group">
        <legend className="field-label">{t('diary.quality')}</legend>
        <div className="chip-row">
          {sleepQualities.map((q) => (
            <label key={q} className="choice chip">
              <input
                type="radio"
                name="sleep-quality"
                value={q}
                checked={sleepQuality === q}
                onChange={() => setSleepQuality(q)}
              />
              <span>{t(`diary.qualities.${q}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="diary-group">
        <label className="field-label" htmlFor="diary-note">
          {t('diary.note')}
        </label>
        <textarea
          id="diary-note"
          className="text-input tool-note"
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby="diary-note-hint"
        />
        <p id="diary-note-hint" className="hint">
          {t('diary.noteHint')}
        </p>
      </div>

      <button type="submit" className="big-button">
        {t('diary.save')}
      </button>
    </form>
  );
}
