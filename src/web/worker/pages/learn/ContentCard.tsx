import { Link } from 'react-router';
import type { ContentSummary } from '../../learn/api';
import { useLearnWords } from '../../learn/words';

type CardItem = Pick<ContentSummary, 'slug' | 'kind' | 'title' | 'summary' | 'readingMinutes'>;

/**
 * One piece in a list: what it is, its title and summary, how long it takes, and two marks said in words
 * (not colour alone): 适合您 when it names one of the worker's groups, 可离线看 when it is kept on the phone.
 */
export function ContentCard({
  item,
  fits = false,
  kept = false,
  snippet,
}: {
  item: CardItem;
  fits?: boolean;
  kept?: boolean;
  snippet?: React.ReactNode;
}) {
  const { t } = useLearnWords();
  return (
    <li>
      <Link to={`/learn/${encodeURIComponent(item.slug)}`} className="content-card">
        <span className="content-card-kind">{t(`kind.${item.kind}`)}</span>
        <span className="content-card-title">{item.title}</span>
        <span className="content-card-summary">{snippet ?? item.summary}</span>
        <span className="content-card-meta">
          <span>{t('card.minutes', { count: item.readingMinutes })}</span>
          {fits && <span className="badge">{t('card.fitsMe')}</span>}
          {kept && <span className="badge badge-kept">{t('card.kept')}</span>}
        </span>
      </Link>
    </li>
  );
}
