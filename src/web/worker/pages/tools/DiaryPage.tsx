import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/tools.css';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/use-page-title';
import { ShieldIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { withTexts } from '../../i18n/lazy-texts';
import {
  type Diary,
  type DiaryInput,
  localDay,
  newestFirst,
  weekSeries,
  withEntry,
  withoutEntry,
} from '../../tools/diary';
import {
  DIARY_LINK_KEY,
  mergeDiaries,
  syncDiary,
  UnlinkedElsewhere,
  withRemoved,
} from '../../tools/diary-link';
import { loadDiary, storeDiary } from '../../tools/diary-storage';
import { type LinkState, readLink } from '../../tools/linked-copy';
import { toolsTexts } from '../../tools/texts';
import { countToolUse } from '../../tools/tool-use';
import { useLink } from '../../tools/use-link';
import { DiaryForm } from './DiaryForm';
import { DiaryList } from './DiaryList';
import { dayText } from './diary-dates';
import { LinkCard } from './LinkCard';
import { WeekChart } from './WeekChart';

type Status = { kind: 'saved' | 'notKept' | 'deleted' | 'allDeleted'; low?: boolean } | null;

const isGone = (e: unknown) => e instanceof UnlinkedElsewhere;

/**
 * /tools/diary, 心情日记: today's check-in (or an earlier day's, to change it), the last seven days, the
 * earlier entries to change or delete, and deleting everything. It stays in this phone's storage and is
 * never sent, unless the worker links it to their retrieval code (LinkCard, at the foot): then each change is
 * merged by day with the server's copy. The page says which first. A very low mood gets the helplines and
 * counselling, gently, at once.
 */
function DiaryPage() {
  const { t, i18n } = useTranslation('tools');
  usePageTitle(t('diary.title'));
  const [diary, setDiary] = useState<Diary>(() => loadDiary());
  const [status, setStatus] = useState<Status>(null);
  const today = localDay(new Date());
  const [day, setDay] = useState(today);
  const counted = useRef(false);
  const formHeading = useRef<HTMLHeadingElement>(null);

  // The phone's diary merged with the server's copy; a change made meanwhile is merged in again.
  const syncOnce = async (code: string, state: LinkState) => {
    const synced = await syncDiary(code, loadDiary(), state);
    const combined = mergeDiaries(loadDiary(), synced.diary, readLink(DIARY_LINK_KEY)?.removed);
    storeDiary(combined);
    setDiary(combined);
    return synced.updatedAt;
  };
  const link = useLink(DIARY_LINK_KEY, '/api/v1/linked-diary', syncOnce, isGone);

  const keep = (next: Diary, kind: NonNullable<Status>['kind'], low = false, removed: string[] = []) => {
    setDiary(next);
    const kept = storeDiary(next);
    setStatus({ kind: kept || kind !== 'saved' ? kind : 'notKept', low });
    link.changed((s) => (removed.length ? withRemoved(s, removed, new Date()) : s));
  };

  const save = (input: DiaryInput) => {
    const next = withEntry(diary, input, new Date());
    if (!next) return;
    if (!counted.current) countToolUse('diary');
    counted.current = true;
    keep(next, 'saved', input.mood <= 2);
  };

  const edit = (d: string) => {
    setDay(d);
    setStatus(null);
    formHeading.current?.focus();
    formHeading.current?.scrollIntoView({ block: 'start' });
  };

  const date = dayText(day, i18n.language);
  return (
    <>
      <PageHeader title={t('diary.title')} />
      <div className="page tools diary">
        <p className="private-note">
          <ShieldIcon />
          <span>{link.state ? t('diary.privateLinked') : t('diary.private')}</span>
        </p>

        <section aria-labelledby="diary-form-heading">
          <h2 id="diary-form-heading" className="section-title" tabIndex={-1} ref={formHeading}>
            {day === today ? t('diary.today', { date }) : t('diary.editing', { date })}
          </h2>
          {day !== today && (
            <button type="button" className="text-button diary-today" onClick={() => edit(today)}>
              {t('diary.backToToday')}
            </button>
          )}
          <DiaryForm
            key={`${day}:${diary[day]?.savedAt ?? 'new'}`}
            day={day}
            entry={diary[day] ?? null}
            onSave={save}
          />
          <div role="status" className="diary-status">
            {status && (
              <p className={status.kind === 'notKept' ? 'note-box warn' : 'note-box'}>
                {t(`diary.${status.kind}`)}
              </p>
            )}
          </div>
          {status?.low && (
            <div className="note-box low-mood">
              <p>{t('diary.lowMood')}</p>
              <p className="low-mood-links">
                <Link to="/help" className="text-link">
                  {t('diary.lowMoodHelp')}
                </Link>
                <Link to="/stations" className="text-link">
                  {t('diary.lowMoodTalk')}
                </Link>
              </p>
            </div>
          )}
        </section>

        <WeekChart week={weekSeries(diary, today)} today={today} />

        <DiaryList
          entries={newestFirst(diary)}
          onEdit={edit}
          onDelete={(d) => {
            keep(withoutEntry(diary, d), 'deleted', false, [d]);
            if (d === day) setDay(today);
          }}
          onDeleteAll={() => {
            keep({}, 'allDeleted', false, Object.keys(diary));
            setDay(today);
          }}
        />

        <LinkCard ns="tools" link={link} />
      </div>
    </>
  );
}

export default withTexts(DiaryPage, toolsTexts);
