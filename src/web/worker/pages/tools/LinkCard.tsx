import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/link-card.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { codeTail } from '../../checkup/retrieval-code';
import { knownCode } from '../../counselling/known-code';
import { validCode } from '../../tools/linked-copy';
import type { LinkStatus, useLink } from '../../tools/use-link';

type LinkApi = ReturnType<typeof useLink>;

/**
 * The quiet opt-in at the foot of the diary and of 我是…: closed, one line and a button; opened, what is
 * sent and how it is kept, said plainly (sealed, yet the service holds the key), then the retrieval code.
 * Linked, it says so with the code's last four characters and how the last sync went, and offers to stop
 * (the server's copy deleted, the phone's kept). `ns` is the page's text namespace, with the same "link" keys.
 */
export function LinkCard({ ns, link }: { ns: 'tools' | 'groups'; link: LinkApi }) {
  const { t } = useTranslation(ns, { keyPrefix: 'link' });
  const [open, setOpen] = useState(false);
  const [stopping, setStopping] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const { state, status } = link;

  if (!state && status.kind !== 'needsCode')
    return (
      <section className="link-card" aria-labelledby={`${ns}-link-title`}>
        <h2 id={`${ns}-link-title`} className="link-card-title">
          {t('title')}
        </h2>
        {status.kind === 'trouble' && <p className="note-box warn">{t(status.trouble)}</p>}
        {note && <p className="note-box">{note}</p>}
        {!open ? (
          <>
            <p className="hint">{t('offer')}</p>
            <button type="button" className="big-button secondary" onClick={() => setOpen(true)}>
              {t('more')}
            </button>
          </>
        ) : (
          <>
            <ul className="link-card-facts">
              <li>{t('whatSent')}</li>
              <li>{t('sealed')}</li>
              <li>{t('codeKept')}</li>
              <li>{t('howSync')}</li>
              <li>{t('anyTime')}</li>
            </ul>
            <CodeForm
              t={t}
              submit={t('turnOn')}
              onCode={async (code) => {
                setNote(null);
                await link.link(code);
                setOpen(false);
              }}
              onCancel={() => setOpen(false)}
            />
          </>
        )}
      </section>
    );

  return (
    <section className="link-card linked" aria-labelledby={`${ns}-link-title`}>
      <h2 id={`${ns}-link-title`} className="link-card-title">
        {t('title')}
      </h2>
      {state && <p>{t('linked', { tail: state.tail })}</p>}
      <p className={status.kind === 'trouble' ? 'note-box warn' : 'hint'} role="status">
        {statusText(t, status)}
      </p>
      {status.kind === 'trouble' && status.trouble === 'failed' && (
        <button type="button" className="text-button" onClick={() => void link.retry()}>
          {t('retry')}
        </button>
      )}
      {status.kind === 'needsCode' && (
        <CodeForm t={t} submit={t('resume')} onCode={(code) => link.link(code)} />
      )}
      {!stopping ? (
        <button type="button" className="text-button" onClick={() => setStopping(true)}>
          {t('stop')}
        </button>
      ) : (
        <div className="note-box">
          <p>{t('stopConfirm')}</p>
          <div className="button-stack">
            <button
              type="button"
              className="big-button danger"
              onClick={async () => {
                const trouble = await link.unlink();
                setStopping(false);
                setNote(trouble ? t('stopFailed') : t('stopped'));
              }}
            >
              {t('stopYes')}
            </button>
            <button type="button" className="text-button" onClick={() => setStopping(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {note && <p className="note-box">{note}</p>}
    </section>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function statusText(t: T, status: LinkStatus): string {
  switch (status.kind) {
    case 'syncing':
      return t('syncing');
    case 'synced':
      return t('synced');
    case 'needsCode':
      return t('needsCode');
    case 'trouble':
      return t(status.trouble);
    default:
      return '';
  }
}

/**
 * The retrieval code: the one this phone already knows offered by its last four characters, or typed. A
 * form field only, never in a URL; it goes to the server only in the X-Retrieval-Code header.
 */
function CodeForm({
  t,
  submit,
  onCode,
  onCancel,
}: {
  t: T;
  submit: string;
  onCode: (code: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [known] = useState(knownCode);
  const [value, setValue] = useState(known ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const usingKnown = known !== null && value === known;
  return (
    <form
      className="link-code"
      onSubmit={async (e) => {
        e.preventDefault();
        const code = validCode(value);
        if (!code) return setError(t('codeInvalid'));
        setBusy(true);
        try {
          await onCode(code);
        } finally {
          setBusy(false);
        }
      }}
    >
      {known && (
        <div className="choice-list">
          <label className="choice">
            <input type="radio" name={`${id}-which`} checked={usingKnown} onChange={() => setValue(known)} />
            <span className="choice-mark" aria-hidden="true" />
            <span>{t('codeKnown', { tail: codeTail(known) })}</span>
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-which`} checked={!usingKnown} onChange={() => setValue('')} />
            <span className="choice-mark" aria-hidden="true" />
            <span>{t('codeOther')}</span>
          </label>
        </div>
      )}
      {!usingKnown && (
        <>
          <label className="field-label" htmlFor={id}>
            {t('codeLabel')}
          </label>
          <input
            id={id}
            className="text-input code-input"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={Boolean(error)}
            aria-describedby={`${id}-note`}
          />
          <p id={`${id}-note`} className={error ? 'field-error' : 'hint'} role={error ? 'alert' : undefined}>
            {error ?? t('codeHint')}
          </p>
          {!known && (
            <p className="hint">
              {t('noCode')}{' '}
              <Link to="/checkup" className="text-link">
                {t('noCodeLink')}
              </Link>
            </p>
          )}
        </>
      )}
      <div className="button-stack">
        <button type="submit" className="big-button" disabled={busy}>
          {submit}
        </button>
        {onCancel && (
          <button type="button" className="text-button" onClick={onCancel}>
            {t('notNow')}
          </button>
        )}
      </div>
    </form>
  );
}
