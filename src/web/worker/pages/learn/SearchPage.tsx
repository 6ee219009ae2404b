import '../../styles/learn.css';
import { Link, useSearchParams } from 'react-router';
import { useOnline } from '../../app/use-online';
import { usePageTitle } from '../../app/use-page-title';
import { useMyAudiences } from '../../audience/store';
import { PageHeader } from '../../components/PageHeader';
import { isOffline } from '../../counselling/errors';
import { useLoad } from '../../counselling/use-load';
import { withTexts } from '../../i18n/lazy-texts';
import { searchContent } from '../../learn/api';
import { highlight } from '../../learn/highlight';
import { recentReads, searchKept } from '../../learn/kept';
import { cleanQuery, fitsMe } from '../../learn/order';
import { learnTexts } from '../../learn/texts';
import { useKept } from '../../learn/use-kept';
import { useLearnWords } from '../../learn/words';
import { ContentCard } from './ContentCard';
import { KeptList } from './KeptList';
import { ReadingCrisis } from './ReadingCrisis';
import { SearchBox } from './SearchBox';

/** A snippet with the searched words marked: text and <mark> elements, never HTML from the snippet. */
function Snippet({ text, q }: { text: string; q: string }) {
  return (
    <>
      {highlight(text, q).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, never reordered.
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/**
 * /learn/search?q=: the server's search, in Chinese or English, with the words marked in each snippet.
 * Searches are never cached (they say what worries someone); offline, the kept articles that mention the
 * words, found on the phone.
 */
function SearchPage() {
  const { t, lang } = useLearnWords();
  usePageTitle(t('search.title'));
  const online = useOnline();
  const mine = useMyAudiences();
  const [params] = useSearchParams();
  const q = cleanQuery(params.get('q'));
  const { state, reload } = useLoad(q ? () => searchContent(q, lang) : null, [q, lang]);
  const { entries: kept } = useKept();
  const keptSlugs = new Set(kept.map((e) => e.item.slug));
  const offlineHits = q ? searchKept(kept, q, lang) : [];
  const failedOffline = state.status === 'error' && isOffline(state.error);

  return (
    <>
      <PageHeader title={t('search.title')} />
      <div className="page learn">
        <SearchBox key={q ?? ''} initial={q ?? ''} />
        {!q && <p className="status-box">{t('search.empty')}</p>}
        {q && state.status === 'loading' && (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('search.loading')}
          </p>
        )}
        {q && failedOffline && (
          <>
            <p className="note-box" role="status">
              {offlineHits.length ? t('search.offline', { q }) : t('search.offlineNone')}
            </p>
            {offlineHits.length > 0 && (
              <ul className="content-list">
                {offlineHits.map((r) => (
                  <ContentCard key={r.slug} item={r} kept fits={fitsMe(r, mine)} />
                ))}
              </ul>
            )}
            {offlineHits.length === 0 && <KeptList reads={recentReads(kept, lang)} />}
          </>
        )}
        {q && state.status === 'error' && !failedOffline && (
          <div className="status-box" role="alert">
            <p>{t('list.error')}</p>
            <button type="button" className="big-button secondary" onClick={reload}>
              {t('list.retry')}
            </button>
          </div>
        )}
        {q && state.status === 'ready' && (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="section-title">
              {t('search.heading', { q })}
            </h2>
            {state.data.items.length === 0 ? (
              <p className="status-box">{t('search.none', { q })}</p>
            ) : (
              <>
                <p className="hint" role="status">
                  {t('search.count', { count: state.data.items.length })}
                </p>
                <ul className="content-list">
                  {state.data.items.map((hit) => (
                    <ContentCard
                      key={hit.id}
                      item={hit}
                      fits={fitsMe(hit, mine)}
                      kept={keptSlugs.has(hit.slug)}
                      snippet={<Snippet text={hit.snippet || hit.summary} q={q} />}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
        {(!q || (state.status === 'ready' && state.data.items.length === 0)) && (
          <Link to="/learn" className="link-row">
            <span>{t('search.browse')}</span>
          </Link>
        )}
        {!online && !q && <KeptList reads={recentReads(kept, lang)} />}
        <ReadingCrisis />
      </div>
    </>
  );
}

export default withTexts(SearchPage, learnTexts);
