import { useEffect, useState } from 'react';
import type { Credential } from '../../counselling/credential';
import { useLoad } from '../../counselling/use-load';
import { fetchAccessLog } from '../../my-data/api';
import { roleKey, troubleOf } from '../../my-data/view';
import { TroubleBox } from './TroubleBox';
import { useMyWords } from './words';

const PAGE = 15;

/**
 * 谁看过我的信息: every read or change of the worker's requests for help and cases, newest first — who (name
 * and role), what, when at the federation's clock. An emergency (break-glass) read is marked in words and
 * colour, with one line on what that means.
 */
export function AccessLogSection({
  credential,
  version,
  onRefused,
}: {
  credential: Credential;
  version: number;
  onRefused: () => void;
}) {
  const { t, lang, when } = useMyWords();
  const { state, reload } = useLoad(() => fetchAccessLog(credential, lang), [credential, lang, version]);
  const [shown, setShown] = useState(PAGE);
  const refused = state.status === 'error' && troubleOf(state.error) === 'proof';
  useEffect(() => {
    if (refused) onRefused();
  }, [refused, onRefused]);

  return (
    <section id="my-data-log" className="my-data-section" aria-labelledby="my-data-log-heading">
      <h2 id="my-data-log-heading" className="section-title">
        {t('log.heading')}
      </h2>
      <p className="hint">{t('log.intro')}</p>
      {state.status === 'loading' && (
        <p className="status-line" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('loading')}
        </p>
      )}
      {state.status === 'error' && !refused && (
        <TroubleBox trouble={troubleOf(state.error)} onRetry={reload} />
      )}
      {state.status === 'ready' &&
        (state.data.length === 0 ? (
          <p className="status-box">{t('log.none')}</p>
        ) : (
          <>
            <ol className="access-log">
              {state.data.slice(0, shown).map((e, i) => {
                const role = roleKey(e.role);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the order is the server's.
                  <li key={i} className={e.breakGlass ? 'access-entry break-glass' : 'access-entry'}>
                    <p className="access-when">{when(e.at)}</p>
                    <p>
                      <strong>{role ? t('log.role', { who: e.who, role: t(role) }) : e.who}</strong> {e.what}
                    </p>
                    {e.breakGlass && (
                      <>
                        <p className="badge break-glass-badge">{t('log.breakGlass')}</p>
                        <p className="hint">{t('log.breakGlassWhy')}</p>
                      </>
                    )}
                  </li>
                );
              })}
            </ol>
            {state.data.length > shown && (
              <button
                type="button"
                className="big-button secondary"
                onClick={() => setShown((n) => n + PAGE)}
              >
                {t('log.more', { count: Math.min(PAGE, state.data.length - shown) })}
              </button>
            )}
          </>
        ))}
    </section>
  );
}
