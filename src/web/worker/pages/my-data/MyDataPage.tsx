import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import '../../styles/my-data.css';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { type Credential, forgetCredential, liveCredential } from '../../counselling/credential';
import { counsellingTexts } from '../../counselling/texts';
import { withTexts } from '../../i18n/lazy-texts';
import { fetchMyData } from '../../my-data/api';
import { forgetOnThisPhone } from '../../my-data/on-phone';
import { myDataTexts } from '../../my-data/texts';
import type { Deletion, MyData } from '../../my-data/types';
import { holdsAnything, type Trouble, troubleOf } from '../../my-data/view';
import { CrisisReminder } from '../counselling/CrisisReminder';
import { ProofForm, type ProofWords } from '../counselling/VerifyPanel';
import { AccessLogSection } from './AccessLogSection';
import { DeletionDone, DeletionSection } from './DeletionSection';
import { DownloadSection } from './DownloadSection';
import { HeldSection } from './HeldSection';
import { TroubleBox } from './TroubleBox';
import { WithdrawSection } from './WithdrawSection';
import { useMyWords } from './words';

const sections = ['held', 'log', 'download', 'withdraw', 'delete'] as const;

/**
 * /my-data (我的数据与隐私): the worker proves who they are (check-up code, or phone and a texted code; the
 * credential is kept in memory only), then sees what is held about them, who read or changed it, and can
 * download it, withdraw a consent or have it deleted. Crisis help stays one tap away throughout.
 */
function MyDataPage() {
  const { t, lang } = useMyWords();
  usePageTitle(t('title'));
  const [credential, setCredential] = useState<Credential | null>(liveCredential);
  const [data, setData] = useState<MyData | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [expired, setExpired] = useState(false);
  const [deleted, setDeleted] = useState<{ result: Deletion; byCode: boolean } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [logVersion, setLogVersion] = useState(0);

  /** The proof stopped working (ten minutes passed): ask for it again. */
  const refused = useCallback(() => {
    forgetCredential();
    setCredential(null);
    setData(null);
    setTrouble(null);
    setExpired(true);
  }, []);

  // A proof still in memory (appointments looked at a few minutes ago): the data at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: asks again only on "try again".
  useEffect(() => {
    if (!credential || data || deleted) return;
    let live = true;
    fetchMyData(credential, lang)
      .then((d) => live && setData(d))
      .catch((err: unknown) => {
        if (!live) return;
        const why = troubleOf(err);
        if (why === 'proof') refused();
        else setTrouble(why);
      });
    return () => {
      live = false;
    };
  }, [credential, attempt]);

  // Once proved (or deleted), focus moves to what is now on screen, so a screen reader does not stay on a
  // button that is gone.
  const shown = deleted ? 'done' : data ? 'data' : null;
  useEffect(() => {
    if (!shown) return;
    document.getElementById(shown === 'done' ? 'my-data-done-heading' : 'my-data-held-heading')?.focus();
  }, [shown]);

  /** After a withdrawal: what is held now, and the log with the withdrawal in it (what is shown stays). */
  const refresh = () => {
    if (!credential) return;
    fetchMyData(credential, lang)
      .then(setData)
      .catch(() => undefined);
    setLogVersion((v) => v + 1);
  };

  const words: ProofWords = {
    heading: t('verify.heading'),
    show: t('verify.show'),
    checking: t('verify.checking'),
    phoneHint: t('verify.phoneHint'),
    offline: t('trouble.offline'),
    error: t('trouble.other'),
    busy: t('trouble.busy'),
    lastPhone: (phone) => t('verify.lastPhone', { phone }),
    lastCode: t('verify.lastCode'),
  };

  let body: ReactNode;
  if (deleted) {
    body = <DeletionDone result={deleted.result} byCode={deleted.byCode} />;
  } else if (!credential) {
    body = (
      <>
        <p className="lead">{t('intro')}</p>
        <p>{t('howProve')}</p>
        <ProofForm
          prove={(c) => fetchMyData(c, lang)}
          onProved={(c, d) => {
            setCredential(c);
            setData(d);
            setExpired(false);
          }}
          words={words}
          notice={expired ? t('verify.expired') : null}
        />
        <p className="hint">{t('memory')}</p>
      </>
    );
  } else if (!data) {
    body = trouble ? (
      <TroubleBox
        trouble={trouble}
        onRetry={() => {
          setTrouble(null);
          setAttempt((n) => n + 1);
        }}
      />
    ) : (
      <p className="status-line" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('loading')}
      </p>
    );
  } else {
    const anything = holdsAnything(data);
    body = (
      <>
        <nav className="my-data-contents" aria-labelledby="my-data-contents">
          <h2 id="my-data-contents" className="hint">
            {t('contents.heading')}
          </h2>
          <ul>
            {sections
              .filter((s) => anything || s === 'held' || s === 'log')
              .map((s) => (
                <li key={s}>
                  <button
                    type="button"
                    className="text-button"
                    onClick={() => document.getElementById(`my-data-${s}`)?.scrollIntoView()}
                  >
                    {t(`contents.${s}`)}
                  </button>
                </li>
              ))}
          </ul>
        </nav>
        <HeldSection data={data} />
        <AccessLogSection credential={credential} version={logVersion} onRefused={refused} />
        {anything && <DownloadSection credential={credential} onRefused={refused} />}
        {anything && (
          <WithdrawSection data={data} credential={credential} onRefused={refused} onDone={refresh} />
        )}
        {anything && (
          <DeletionSection
            data={data}
            credential={credential}
            onRefused={refused}
            onDeleted={(result) => {
              const byCode = credential.kind === 'retrieval';
              forgetOnThisPhone(credential);
              forgetCredential();
              setDeleted({ result, byCode });
              window.scrollTo(0, 0);
            }}
          />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="page counselling my-data">
        {body}
        <CrisisReminder text={t('crisisReminder')} />
      </div>
    </>
  );
}

export default withTexts(MyDataPage, counsellingTexts, myDataTexts);
