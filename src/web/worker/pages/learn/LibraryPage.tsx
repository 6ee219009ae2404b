import '../../styles/learn.css';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useOnline } from '../../app/use-online';
import { usePageTitle } from '../../app/use-page-title';
import { useMyAudiences } from '../../audience/store';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../counselling/use-load';
import { withTexts } from '../../i18n/lazy-texts';
import { type ContentSummary, fetchContentPage } from '../../learn/api';
import { recentReads } from '../../learn/kept';
import { appendPage, filterFromParams, fitsMe, orderForMe, paramsOfFilter } from '../../learn/order';
import { learnTexts } from '../../learn/texts';
import { useKept } from '../../learn/use-kept';
import { useLearnWords } from '../../learn/words';
import { ContentCard } from './ContentCard';
import { Filters } from './Filters';
import { KeptList } from './KeptList';
import { ReadingCrisis } from './ReadingCrisis';
import { SearchBox } from './SearchBox';

/**
 * /learn (知识与故事): the library. Kind tabs and topic chips (kept in the address), the worker's groups
 * first with 适合您 on what names them, 可离线看 on what is kept on the phone, and a search box. Offline it
 * shows the list saved last time, or else the articles kept on the phone and the tools.
 */
function LibraryPage() {
  const { t, lang } = useLearnWords();
  usePageTitle(t('title'));
  const online = useOnline();
  const mine = useMyAudiences();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const groups = mine.join(',');
  const { state, reload } = useLoad(
    () => fetchContentPage({ ...filter, audience: mine }, lang),
    [filter.kind, filter.topic, groups, lang],
  );
  const { entries: kept, clear } = useKept();
  const keptSlugs = new Set(kept.map((e) => e.item.slug));

  // Further pages ("再看一些"), started again whenever the first page is asked again.
  const [more, setMore] = useState<{ items: ContentSummary[]; next: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new first page starts the list again.
  useEffect(() => {
    setMore(null);
    setMoreFailed(false);
  }, [state]);
  const first = state.status === 'ready' ? state.data : null;
  const items = orderForMe(appendPage(first?.items ?? [], more?.items ?? []), mine);
  const next = more ? more.next : (first?.nextCursor ?? null);
  const loadMore = () => {
    if (!next) return;
    setLoadingMore(true);
    setMoreFailed(false);
    fetchContentPage({ ...filter, audience: mine, cursor: next }, lang)
      .then((page) =>
        setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], next: page.nextCursor })),
      )
      .catch(() => setMoreFailed(true))
      .finally(() => setLoadingMore(false));
  };

  return (
    <>
      <PageHeader title={t('title')} />
      <div className="page learn">
        <p className="lead">{t('intro')}</p>
        <SearchBox />
        <Filters filter={filter} onChange={(f) => setParams(paramsOfFilter(f), { replace: true })} />

        {state.status === 'loading' && (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('list.loading')}
          </p>
        )}
        {state.status === 'error' &&
          (online ? (
            <div className="status-box" role="alert">
              <p>{t('list.error')}</p>
              <button type="button" className="big-button secondary" onClick={reload}>
                {t('list.retry')}
              </button>
            </div>
          ) : (
            <p className="note-box" role="status">
              {t('list.offline')}
            </p>
          ))}
        {first && (
          <>
            {!online && <p className="note-box">{t('list.saved')}</p>}
            {mine.length > 0 && items.some((i) => fitsMe(i, mine)) && (
              <p className="hint">{t('list.forYou')}</p>
            )}
            {items.length === 0 ? (
              <p className="status-box">{t('list.empty')}</p>
            ) : (
              <ul className="content-list">
                {items.map((item) => (
                  <ContentCard
                    key={item.id}
                    item={item}
                    fits={fitsMe(item, mine)}
                    kept={keptSlugs.has(item.slug)}
                  />
                ))}
              </ul>
            )}
            {next && online && (
              <button
                type="button"
                className="big-button secondary"
                onClick={loadMore}
                disabled={loadingMore}
              >
                {loadingMore ? t('list.loadingMore') : t('list.more')}
              </button>
            )}
            {moreFailed && (
              <p className="hint" role="alert">
                {t('list.error')}
              </p>
            )}
          </>
        )}
        {!online || state.status === 'error' ? (
          <KeptList reads={recentReads(kept, lang)} onClear={clear} />
        ) : (
          kept.length > 0 && (
            // Online, what is kept is folded away: there, but not in the way of the list.
            <details className="kept-details">
              <summary>{t('kept.summary', { count: recentReads(kept, lang).length })}</summary>
              <KeptList reads={recentReads(kept, lang)} onClear={clear} />
            </details>
          )
        )}
        <ReadingCrisis />
      </div>
    </>
  );
}

export default withTexts(LibraryPage, learnTexts);
