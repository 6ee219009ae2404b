import '../../styles/learn.css';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { useOnline } from '../../app/use-online';
import { usePageTitle } from '../../app/use-page-title';
import { useMyAudiences } from '../../audience/store';
import { PageHeader } from '../../components/PageHeader';
import { isOffline } from '../../counselling/errors';
import { useLoad } from '../../counselling/use-load';
import { withTexts } from '../../i18n/lazy-texts';
import { countRead } from '../../learn/api';
import { recentReads } from '../../learn/kept';
import { openArticle } from '../../learn/reader';
import { learnTexts } from '../../learn/texts';
import { useKept } from '../../learn/use-kept';
import { useLearnWords } from '../../learn/words';
import { Article } from './Article';
import { KeptList } from './KeptList';
import { NextReads } from './NextReads';
import { ReadingCrisis } from './ReadingCrisis';

/**
 * /learn/:slug: one article, lecture replay or story. Counted once when it opens from the network (fire and
 * forget); kept on the phone by the service worker for reading offline. An article that cannot come offline
 * says so kindly and offers what is kept and the tools. Crisis help always ends the page.
 */
function ReaderPage() {
  const { slug = '' } = useParams();
  const { t, lang } = useLearnWords();
  const online = useOnline();
  const mine = useMyAudiences();
  const { state, reload } = useLoad(() => openArticle(slug, lang), [slug, lang]);
  const opened = state.status === 'ready' ? state.data : null;
  usePageTitle(opened?.item.title ?? t('title'));
  const { entries: kept } = useKept(opened);

  // One count per article opened, never for the phone's own copy, never offline, never awaited.
  const counted = useRef<string | null>(null);
  useEffect(() => {
    if (!opened || opened.saved || counted.current === opened.item.id) return;
    counted.current = opened.item.id;
    countRead(opened.item.id);
  }, [opened]);

  const missing = state.status === 'error' ? state.error : null;
  const notFound = missing instanceof ApiError && missing.status === 404;
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="page learn">
        {state.status === 'loading' && (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('reader.loading')}
          </p>
        )}
        {missing !== null &&
          (notFound ? (
            <p className="status-box" role="alert">
              {t('reader.notFound')}
            </p>
          ) : isOffline(missing) ? (
            <p className="note-box" role="alert">
              {t('reader.offlineMissing')}
            </p>
          ) : (
            <div className="status-box" role="alert">
              <p>{t('reader.error')}</p>
              <button type="button" className="big-button secondary" onClick={reload}>
                {t('reader.retry')}
              </button>
            </div>
          ))}
        {missing !== null && !notFound && isOffline(missing) && (
          <KeptList reads={recentReads(kept, lang)} except={slug} />
        )}
        {opened && (
          <>
            {(opened.saved || !online) && <p className="note-box">{t('reader.savedCopy')}</p>}
            <Article item={opened.item} />
            {online && kept.some((e) => e.item.slug === opened.item.slug) && (
              <p className="hint kept-note">{t('reader.kept')}</p>
            )}
            <NextReads item={opened.item} mine={mine} kept={kept} />
          </>
        )}
        <ReadingCrisis />
        <Link to="/learn" className="link-row">
          <span>{t('reader.back')}</span>
        </Link>
      </div>
    </>
  );
}

export default withTexts(ReaderPage, learnTexts);
