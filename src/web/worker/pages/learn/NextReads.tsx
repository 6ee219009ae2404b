import type { AudienceId } from '../../../../core/content/audiences';
import { useOnline } from '../../app/use-online';
import { useLoad } from '../../counselling/use-load';
import { type ContentDetail, fetchContentPage } from '../../learn/api';
import { type KeptEntry, recentReads } from '../../learn/kept';
import { fitsMe, orderForMe } from '../../learn/order';
import { nextReads } from '../../learn/reader';
import { useLearnWords } from '../../learn/words';
import { ContentCard } from './ContentCard';

/**
 * 同一话题，还可以看看: up to three more on the article's first topic, the worker's groups first. Offline,
 * from what is kept on the phone; nothing shown when there is nothing.
 */
export function NextReads({
  item,
  mine,
  kept,
}: {
  item: ContentDetail;
  mine: readonly AudienceId[];
  kept: readonly KeptEntry[];
}) {
  const { t, lang } = useLearnWords();
  const online = useOnline();
  const topic = item.topics[0] ?? null;
  const { state } = useLoad(topic ? () => fetchContentPage({ topic, audience: mine }, lang) : null, [
    topic,
    mine.join(','),
    lang,
  ]);
  const keptReads = recentReads(kept, lang);
  const keptSlugs = new Set(keptReads.map((r) => r.slug));
  const fromList = state.status === 'ready' ? orderForMe(state.data.items, mine) : [];
  const reads = nextReads(item, fromList.length || online ? fromList : keptReads);
  if (reads.length === 0) return null;
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading" className="section-title">
        {t('reader.next')}
      </h2>
      <ul className="content-list">
        {reads.map((r) => (
          <ContentCard key={r.slug} item={r} fits={fitsMe(r, mine)} kept={keptSlugs.has(r.slug)} />
        ))}
      </ul>
    </section>
  );
}
