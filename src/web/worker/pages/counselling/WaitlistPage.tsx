import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ConsultMode, ServicePointDetail, Slot, WaitlistEntry } from '../../../shared/api-types';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { fetchPoint, fetchSlots } from '../../counselling/api';
import { credentialOf, needsPhone, topics } from '../../counselling/booking-form';
import { keptWay, rememberCredential } from '../../counselling/credential';
import { dayIn } from '../../counselling/format';
import { loadKept, saveKept } from '../../counselling/kept';
import { knownCode } from '../../counselling/known-code';
import { counsellingTexts } from '../../counselling/texts';
import { useLoad } from '../../counselling/use-load';
import {
  effectiveMode,
  emptyWaitForm,
  freeDaysOf,
  type WaitForm,
  type WaitProblem,
  type WaitRefusal,
  waitCalendar,
  waitDayCount,
  waitlistBody,
  waitlistRefusal,
  waitProblems,
} from '../../counselling/waitlist';
import { joinWaitlist } from '../../counselling/waitlist-api';
import { waitlistTexts } from '../../counselling/waitlist-texts';
import { withTexts } from '../../i18n/lazy-texts';
import { Choices } from './Choices';
import { ConsentBox } from './ConsentBox';
import { CrisisReminder } from './CrisisReminder';
import { LoadState } from './LoadState';
import { PhoneCodeFields } from './PhoneCodeFields';
import { RetrievalField } from './RetrievalField';
import { WaitDayPicker } from './WaitDayPicker';
import { useWords } from './words';

const problemText: Record<WaitProblem, string> = {
  date: 'waitlist:join.dayMissing',
  topic: 'book.topicMissing',
  mode: 'book.modeMissing',
  phone: 'book.phoneInvalid',
  codeFirst: 'book.codeFirst',
  code: 'book.codeInvalid',
  retrievalCode: 'book.retrievalInvalid',
  phoneForRemote: 'book.remoteNeedsPhone',
  consent: 'book.consentMissing',
};

/**
 * /stations/:id/waitlist: wait for a full day. The next four weeks' days (those with free times marked, to
 * book instead), a topic, optionally a way of talking, who one is, and the booking's consent. The server
 * says whether the day can be waited for (free times left, or nobody on duty); its answer is said kindly.
 */
function WaitlistPage() {
  const { t } = useWords();
  const { id = '' } = useParams();
  usePageTitle(t('waitlist:join.title'));
  const point = useLoad(() => fetchPoint(id), [id]);
  const slots = useLoad(() => fetchSlots(id), [id]);
  return (
    <>
      <PageHeader title={t('waitlist:join.title')} />
      <div className="page counselling">
        <LoadState state={point.state} reload={point.reload} loading={t('station.loading')}>
          {(p) => (
            <LoadState state={slots.state} reload={slots.reload} loading={t('station.loading')}>
              {({ slots: free }) => <Join point={p} free={free} reloadSlots={slots.reload} />}
            </LoadState>
          )}
        </LoadState>
        <CrisisReminder />
      </div>
    </>
  );
}

function Join({
  point,
  free,
  reloadSlots,
}: {
  point: ServicePointDetail;
  free: Slot[];
  reloadSlots: () => void;
}) {
  const { t, lang, pick } = useWords();
  const [known] = useState(knownCode);
  const [form, setForm] = useState<WaitForm>(() => emptyWaitForm(known, point.modes));
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<WaitRefusal | null>(null);
  const [joined, setJoined] = useState<{ entry: WaitlistEntry; masked: string | null } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<WaitForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // A refusal about the day is answered by choosing another.
    if (patch.date && refusal?.field === 'date') setRefusal(null);
  };

  const name = pick(point.name, point.nameEn);
  if (joined) return <Joined entry={joined.entry} masked={joined.masked} name={name} />;

  const today = dayIn(new Date(), point.timeZone);
  const weeks = waitCalendar(
    today,
    waitDayCount(point.policy.maxAdvanceDays),
    freeDaysOf(free, point.timeZone),
  );
  const missing = waitProblems(form, point.modes);
  const fieldError = (p: WaitProblem): string | undefined => {
    if (refusal?.field === p) return t(refusal.key);
    return touched && missing.includes(p) ? t(problemText[p]) : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setRefusal(null);
    if (missing.length) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: 'center' }),
      );
      return;
    }
    setSending(true);
    joinWaitlist(waitlistBody(point.id, form, lang))
      .then((entry) => {
        const credential = credentialOf(form);
        rememberCredential(credential);
        const way = keptWay(credential);
        saveKept({ ...loadKept(), way });
        setJoined({ entry, masked: way.kind === 'phone' ? way.masked : null });
        window.scrollTo(0, 0);
      })
      .catch((err: unknown) => {
        const r = waitlistRefusal(err);
        setRefusal(r);
        setSending(false);
        if (r.freeTimes) reloadSlots();
        if (r.field)
          requestAnimationFrame(() =>
            formRef.current?.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: 'center' }),
          );
      });
  };

  const remote = needsPhone(effectiveMode(form, point.modes));
  const remoteError = fieldError('phoneForRemote');
  const switchToPhone = () => {
    change({ way: 'phone' });
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>('input[type="tel"]')?.focus(),
    );
  };
  const modeOptions: { value: ConsultMode | 'any'; label: string }[] = [
    { value: 'any', label: t('waitlist:join.modeAny') },
    ...point.modes.map((m) => ({ value: m, label: t(`modesLong.${m}`) })),
  ];

  return (
    <form ref={formRef} className="book-form" onSubmit={submit} noValidate>
      <section className="slot-summary" aria-labelledby="wait-heading">
        <h2 id="wait-heading" className="summary-when">
          {name}
        </h2>
        <p>{t('waitlist:join.lead')}</p>
        <p className="hint">{t('waitlist:join.how')}</p>
      </section>

      <WaitDayPicker
        weeks={weeks}
        value={form.date}
        onChange={(date) => change({ date })}
        error={fieldError('date')}
        timeZone={point.timeZone}
      />
      {refusal?.freeTimes && (
        <Link to={`/stations/${point.id}`} className="big-button secondary">
          {t('waitlist:join.freeLink')}
        </Link>
      )}

      <Choices
        legend={t('book.topicHeading')}
        hint={t('book.topicHint')}
        options={topics.map((v) => ({ value: v, label: t(`topics.${v}`) }))}
        value={form.topic}
        onChange={(topic) => change({ topic })}
        error={fieldError('topic')}
        columns={2}
      />
      {point.modes.length > 1 && (
        <Choices
          legend={t('waitlist:join.modeHeading')}
          options={modeOptions}
          value={form.mode}
          onChange={(mode) => change({ mode })}
        />
      )}

      <fieldset className="who-box" aria-invalid={Boolean(remoteError)}>
        <legend className="field-label">{t('book.whoHeading')}</legend>
        <p className="hint">{t('book.whoHint')}</p>
        <div className="choice-list">
          {(['phone', 'retrieval'] as const).map((way) => (
            <label key={way} className="choice">
              <input type="radio" name="way" checked={form.way === way} onChange={() => change({ way })} />
              <span className="choice-mark" aria-hidden="true" />
              <span>{way === 'phone' ? t('book.wayPhone') : t('book.wayCode')}</span>
            </label>
          ))}
        </div>
        {form.way === 'phone' ? (
          <PhoneCodeFields
            phone={form.phone}
            code={form.code}
            sent={form.codeSent}
            onPhone={(phone) => change({ phone })}
            onCode={(code) => change({ code })}
            onSent={(codeSent) => change({ codeSent })}
            hint={t('waitlist:join.phoneHint')}
            phoneError={fieldError('phone')}
            codeError={fieldError('codeFirst') ?? fieldError('code')}
          />
        ) : remote ? (
          <div className={remoteError ? 'note-box remote-phone is-error' : 'note-box remote-phone'}>
            <p role={remoteError ? 'alert' : undefined}>{t('book.remoteNeedsPhone')}</p>
            <button type="button" className="big-button secondary" onClick={switchToPhone}>
              {t('book.usePhone')}
            </button>
          </div>
        ) : (
          <>
            <RetrievalField
              known={known}
              value={form.retrievalCode}
              onChange={(retrievalCode) => change({ retrievalCode })}
              error={fieldError('retrievalCode')}
            />
            <p className="note-box">{t('waitlist:join.byCode')}</p>
          </>
        )}
      </fieldset>

      <ConsentBox
        way={form.way}
        checked={form.consent}
        onChange={(consent) => change({ consent })}
        error={fieldError('consent')}
        extra={t('waitlist:join.consentWait')}
      />

      {refusal && !refusal.field && (
        <div className="status-box" role="alert">
          <p>{t(refusal.key)}</p>
          {refusal.mine && (
            <Link to="/appointments" className="big-button secondary">
              {t('waitlist:joined.toMine')}
            </Link>
          )}
        </div>
      )}
      {touched && missing.length > 0 && <p className="field-error">{t('book.missing')}</p>}
      <button type="submit" className="big-button" disabled={sending}>
        {sending ? t('waitlist:join.submitting') : t('waitlist:join.submit')}
      </button>
    </form>
  );
}

/** In line: which day and where, the place in line, and how the worker will hear when it is their turn. */
function Joined({ entry, masked, name }: { entry: WaitlistEntry; masked: string | null; name: string }) {
  const { t, day } = useWords();
  const zone = entry.servicePoint.timeZone;
  return (
    <>
      <div className="done-box" role="status">
        <h2 className="page-title">{t('waitlist:joined.title')}</h2>
        <p className="facts-when">
          {t('waitlist:joined.where', { day: day(entry.date, zone), place: name })}
        </p>
        {entry.position !== null && (
          <p className="wait-position">{t('waitlist:joined.position', { position: entry.position })}</p>
        )}
        <p>{masked ? t('waitlist:joined.sms', { phone: masked }) : t('waitlist:joined.noSms')}</p>
      </div>
      <p>{t('waitlist:join.how')}</p>
      <div className="button-stack">
        <Link to="/appointments" className="big-button">
          {t('waitlist:joined.toMine')}
        </Link>
        <Link to={`/stations/${entry.servicePoint.id}`} className="big-button secondary">
          {t('waitlist:joined.back')}
        </Link>
      </div>
    </>
  );
}

export default withTexts(WaitlistPage, counsellingTexts, waitlistTexts);
