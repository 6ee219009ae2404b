import '../../styles/forms.css';
import '../../styles/report.css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useOnline } from '../../app/use-online';
import { usePageTitle } from '../../app/use-page-title';
import { reportTexts } from '../../checkup/report-texts';
import { codeTail } from '../../checkup/retrieval-code';
import { KEYS, readJson } from '../../checkup/storage';
import { checkupTexts, withTexts } from '../../checkup/texts';
import { useReport } from '../../checkup/use-stored';
import { DangerBox, HotlineList, useLines } from '../../components/CrisisLines';
import { PageHeader } from '../../components/PageHeader';
import { codeOfThisCheckup, contactBody, isPhone, sendContact } from './contact';

const chips = ['today', 'tonight', 'tomorrow', 'anytime'] as const;

/**
 * /checkup/contact: ask a counsellor to call. Never required; separate, explicit consent (PIPL) saying what
 * is kept, who sees it, what for and how to withdraw; needs the network, and says where to call meanwhile.
 */
function ContactPage() {
  const { t } = useTranslation('report');
  usePageTitle(t('contact.title'));
  const id = useId();
  const online = useOnline();
  const report = useReport();
  const lines = useLines();
  const [phone, setPhone] = useState('');
  const [when, setWhen] = useState('');
  const [message, setMessage] = useState('');
  const [share, setShare] = useState(false);
  const [consent, setConsent] = useState(false);
  const [touched, setTouched] = useState(false);
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'error'>('idle');
  const phoneBad = touched && !isPhone(phone);
  const whenMissing = touched && !when.trim();
  // Opened from the crisis screen mid-check-up, there is no finished check-up of this visit to share
  // (a report still kept on the phone would be an earlier one).
  const [params] = useSearchParams();
  const fromCrisis = params.get('from') === 'crisis';
  const canShare = Boolean(report?.response) && !fromCrisis;
  // This check-up's code goes with the request, so the worker can later see who read it (/my-data).
  // (The check-up in progress read as it is stored: only its code is wanted, and codeOfThisCheckup checks it.)
  const [code] = useState(() =>
    codeOfThisCheckup(
      report,
      fromCrisis,
      readJson<{ retrievalCode?: unknown }>(KEYS.progress)?.retrievalCode,
    ),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!consent || !isPhone(phone) || !when.trim()) return;
    setState('sending');
    sendContact(
      contactBody(
        { phone, preferredTime: when, message, share: share && canShare },
        canShare ? report : null,
        code,
        fromCrisis,
      ),
    )
      .then(() => setState('sent'))
      .catch(() => setState('error'));
  };

  if (state === 'sent')
    return (
      <>
        <PageHeader title={t('contact.title')} />
        <div className="page help">
          <div role="status">
            <h2 className="page-title">{t('contact.doneHeading')}</h2>
            <p className="lead">{t('contact.done')}</p>
          </div>
          <p className="note-box">{t('contact.notEmergency')}</p>
          <HotlineList lines={lines} />
          <DangerBox lines={lines} id="contact-danger" />
        </div>
      </>
    );

  return (
    <>
      <PageHeader title={t('contact.title')} />
      <form className="page contact" onSubmit={submit} noValidate>
        <p className="lead">{t('contact.intro')}</p>
        {!online && (
          <p className="status-box" role="alert">
            {t('contact.offline')} <a href="tel:12356">12356</a>
          </p>
        )}
        {state === 'error' && (
          <p className="status-box" role="alert">
            {t('contact.error')}
          </p>
        )}

        <label className="field-label" htmlFor={`${id}-phone`}>
          {t('contact.phone')}
        </label>
        <input
          id={`${id}-phone`}
          className="text-input"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          onBlur={() => setTouched(true)}
          aria-invalid={phoneBad}
          aria-describedby={`${id}-phone-hint`}
        />
        <p id={`${id}-phone-hint`} className={phoneBad ? 'field-error' : 'hint'}>
          {phoneBad ? t('contact.phoneInvalid') : t('contact.phoneHint')}
        </p>

        <label className="field-label" htmlFor={`${id}-when`}>
          {t('contact.when')}
        </label>
        <div className="chips">
          {chips.map((c) => (
            <button
              key={c}
              type="button"
              className="chip"
              aria-pressed={when === t(`contact.chips.${c}`)}
              onClick={() => setWhen(t(`contact.chips.${c}`))}
            >
              {t(`contact.chips.${c}`)}
            </button>
          ))}
        </div>
        <input
          id={`${id}-when`}
          className="text-input"
          value={when}
          maxLength={100}
          placeholder={t('contact.whenHint')}
          onChange={(e) => setWhen(e.target.value)}
          aria-invalid={whenMissing}
        />
        {whenMissing && <p className="field-error">{t('contact.whenMissing')}</p>}

        <label className="field-label" htmlFor={`${id}-message`}>
          {t('contact.message')}
        </label>
        <textarea
          id={`${id}-message`}
          className="text-input"
          rows={3}
          maxLength={500}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />

        {canShare && (
          <div>
            <label className="check-row">
              <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
              <span>{t('contact.share')}</span>
            </label>
            <p className="hint">{t('contact.shareHint')}</p>
          </div>
        )}

        {code && <p className="hint">{t('contact.codeWith', { tail: codeTail(code) })}</p>}

        <fieldset className="consent-box">
          <legend className="field-label">{t('contact.consentHeading')}</legend>
          <label className="check-row">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
            <span>{t('contact.consent')}</span>
          </label>
        </fieldset>

        <button type="submit" className="big-button" disabled={!consent || !online || state === 'sending'}>
          {state === 'sending' ? t('contact.sending') : t('contact.send')}
        </button>
        <Link to="/help" className="link-row">
          {t('checkup:start.helpLink')}
        </Link>
      </form>
    </>
  );
}

export default withTexts(ContactPage, checkupTexts, reportTexts);
