import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ConsultMode, ServicePointDetail, Slot } from '../../../shared/api-types';
import { newKey } from '../../app/new-key';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { createBooking, fetchPoint, fetchSlots } from '../../counselling/api';
import {
  type Attempt,
  attemptFor,
  type BookingForm,
  bookingBody,
  credentialOf,
  emptyForm,
  needsPhone,
  type Problem,
  problems,
  topics,
} from '../../counselling/booking-form';
import { keptWay, rememberCredential } from '../../counselling/credential';
import { bookingRefusal, type Refusal } from '../../counselling/errors';
import { dayIn, formatRange } from '../../counselling/format';
import { loadKept, saveKept, withBooking } from '../../counselling/kept';
import { knownCode } from '../../counselling/known-code';
import { counsellingTexts } from '../../counselling/texts';
import { useLoad } from '../../counselling/use-load';
import { withTexts } from '../../i18n/lazy-texts';
import { Choices } from './Choices';
import { ConsentBox } from './ConsentBox';
import { CrisisReminder } from './CrisisReminder';
import { LoadState } from './LoadState';
import { PhoneCodeFields } from './PhoneCodeFields';
import { RetrievalField } from './RetrievalField';
import { SlotList } from './SlotList';
import { useWords } from './words';

const problemText: Record<Problem, string> = {
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
 * /stations/:id/book/:slotId: book one free time — topic, way of talking, who one is with the least
 * identity (a phone and the code texted to it, or the check-up code), results shared only if ticked, and
 * a separate consent. One Idempotency-Key per attempt, so a retry on a weak signal never books twice. If
 * the time was just taken, the free times are loaded again right here and the form keeps what was filled.
 */
function BookPage() {
  const { t } = useWords();
  const { id = '', slotId = '' } = useParams();
  usePageTitle(t('book.title'));
  const point = useLoad(() => fetchPoint(id), [id]);
  const slots = useLoad(() => fetchSlots(id), [id]);
  return (
    <>
      <PageHeader title={t('book.title')} />
      <div className="page counselling">
        <LoadState state={point.state} reload={point.reload} loading={t('station.loading')}>
          {(p) => (
            <LoadState state={slots.state} reload={slots.reload} loading={t('station.loading')}>
              {({ slots: list }) => (
                <Booking point={p} firstSlotId={slotId} slots={list} reloadSlots={slots.reload} />
              )}
            </LoadState>
          )}
        </LoadState>
        <CrisisReminder />
      </div>
    </>
  );
}

function Booking({
  point,
  firstSlotId,
  slots,
  reloadSlots,
}: {
  point: ServicePointDetail;
  firstSlotId: string;
  slots: Slot[];
  reloadSlots: () => void;
}) {
  const { t, lang, pick, day } = useWords();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [known] = useState(knownCode);
  // Another time picked here (after this one was taken) keeps the page, and what was filled in.
  const [slotId, setSlotId] = useState(firstSlotId);
  const slot = slots.find((s) => s.id === slotId);
  const [form, setForm] = useState<BookingForm>(() => emptyForm(slot?.modes ?? [], known));
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const attempt = useRef<Attempt | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<BookingForm>) => setForm((f) => ({ ...f, ...patch }));

  // Another time (picked after this one was taken): keep the way of talking if it offers it.
  const slotModes = slot?.modes.join() ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the time's ways change.
  useEffect(() => {
    if (!slot) return;
    const asked = params.get('mode') as ConsultMode | null;
    setForm((f) => {
      if (f.mode && slot.modes.includes(f.mode)) return f;
      const mode =
        slot.modes.length === 1 ? slot.modes[0] : asked && slot.modes.includes(asked) ? asked : null;
      return { ...f, mode: mode ?? null };
    });
  }, [slotModes]);

  if (!slot || refusal?.slotGone)
    return (
      <div className="slot-gone">
        <p className="status-box" role="alert">
          {refusal?.slotGone ? t(refusal.key) : t('book.slotGone')}
        </p>
        {slots.length > 0 && (
          <SlotList
            slots={slots.filter((s) => s.id !== slotId)}
            timeZone={point.timeZone}
            onPick={(s) => {
              setSlotId(s.id);
              setRefusal(null);
              window.scrollTo(0, 0);
            }}
          />
        )}
        <Link to={`/stations/${point.id}`} className="big-button secondary">
          {t('station.backToList')}
        </Link>
      </div>
    );

  const missing = problems(form, slot.modes);
  const fieldError = (p: Problem): string | undefined => {
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
    const body = bookingBody(slot.id, form, lang);
    attempt.current = attemptFor(attempt.current, body, newKey);
    setSending(true);
    createBooking(body, attempt.current.key)
      .then((booking) => {
        const credential = credentialOf(form);
        rememberCredential(credential);
        saveKept(withBooking(loadKept(), booking.id, keptWay(credential)));
        void navigate(`/appointments/${booking.id}`, { replace: true, state: { booking, event: 'booked' } });
      })
      .catch((err: unknown) => {
        const r = bookingRefusal(err);
        setRefusal(r);
        setSending(false);
        if (r.slotGone) {
          reloadSlots();
          window.scrollTo(0, 0);
        }
      });
  };

  const remoteError = fieldError('phoneForRemote');
  const switchToPhone = () => {
    change({ way: 'phone', share: false });
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>('input[type="tel"]')?.focus(),
    );
  };

  const where = point.kind === 'remote' ? null : pick(point.name, point.nameEn);
  const room = slot.room ? pick(slot.room.name, slot.room.nameEn) : null;
  return (
    <form ref={formRef} className="book-form" onSubmit={submit} noValidate>
      <section className="slot-summary" aria-labelledby="slot-heading">
        <h2 id="slot-heading" className="section-title">
          {t('book.slotHeading')}
        </h2>
        <p className="summary-when">
          {day(dayIn(slot.startsAt, point.timeZone), point.timeZone)}{' '}
          <span className="nowrap">{formatRange(slot.startsAt, slot.endsAt, point.timeZone, lang)}</span>
        </p>
        <p>
          {t('book.counsellor', {
            name: pick(slot.counsellor.name, slot.counsellor.nameEn),
            qualification: pick(slot.counsellor.qualification, slot.counsellor.qualificationEn),
          })}
        </p>
        <p>
          {t('book.place', {
            place: where ? `${where}${room ? ` · ${room}` : ''}` : pick(point.name, point.nameEn),
          })}
        </p>
        <Link to={`/stations/${point.id}`} className="text-button">
          {t('book.change')}
        </Link>
      </section>

      <Choices
        legend={t('book.topicHeading')}
        hint={t('book.topicHint')}
        options={topics.map((v) => ({ value: v, label: t(`topics.${v}`) }))}
        value={form.topic}
        onChange={(topic) => change({ topic })}
        error={fieldError('topic')}
        columns={2}
      />
      <Choices
        legend={t('book.modeHeading')}
        options={slot.modes.map((v) => ({ value: v, label: t(`modesLong.${v}`) }))}
        value={form.mode}
        onChange={(mode) => change({ mode })}
        error={fieldError('mode')}
      />

      <fieldset className="who-box" aria-invalid={Boolean(remoteError)}>
        <legend className="field-label">{t('book.whoHeading')}</legend>
        <p className="hint">{t('book.whoHint')}</p>
        <div className="choice-list">
          {(['phone', 'retrieval'] as const).map((way) => (
            <label key={way} className="choice">
              <input
                type="radio"
                name="way"
                checked={form.way === way}
                onChange={() => change({ way, share: false })}
              />
              <span className="choice-mark" aria-hidden="true" />
              <span>{way === 'phone' ? t('book.wayPhone') : t('book.wayCode')}</span>
            </label>
          ))}
        </div>
        {form.way === 'phone' ? (
          <>
            <PhoneCodeFields
              phone={form.phone}
              code={form.code}
              sent={form.codeSent}
              onPhone={(phone) => change({ phone })}
              onCode={(code) => change({ code })}
              onSent={(codeSent) => change({ codeSent })}
              phoneError={fieldError('phone')}
              codeError={fieldError('codeFirst') ?? fieldError('code')}
            />
            <p className="hint">{t('book.shareNeedsCode')}</p>
          </>
        ) : needsPhone(form.mode) ? (
          // By phone or video the counsellor calls: without a number nobody could, so the code is not offered.
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
            <label className="check-row share-row">
              <input
                type="checkbox"
                checked={form.share}
                onChange={(e) => change({ share: e.target.checked })}
              />
              <span>{t('book.shareLabel')}</span>
            </label>
            <p className="hint">{t('book.shareHint')}</p>
          </>
        )}
      </fieldset>

      <ConsentBox
        way={form.way}
        checked={form.consent}
        onChange={(consent) => change({ consent })}
        error={fieldError('consent')}
      />

      {refusal && !refusal.field && (
        <div className="status-box" role="alert">
          <p>
            {refusal.tooMany ? t('errors.tooMany', { count: point.policy.maxOpenBookings }) : t(refusal.key)}
          </p>
          {refusal.tooMany && (
            <Link to="/appointments" className="big-button secondary">
              {t('errors.seeMine')}
            </Link>
          )}
        </div>
      )}
      {touched && missing.length > 0 && <p className="field-error">{t('book.missing')}</p>}
      <button type="submit" className="big-button" disabled={sending}>
        {sending ? t('book.submitting') : t('book.submit')}
      </button>
    </form>
  );
}

export default withTexts(BookPage, counsellingTexts);
