import { Link } from 'react-router';
import { BreathIcon, ForwardIcon } from '../../components/icons';
import type { KeptRead } from '../../learn/kept';
import { useLearnWords } from '../../learn/words';
import { ContentCard } from './ContentCard';

/**
 * What can be read without a network: the articles kept on the phone, and the self-help tools (which need no
 * network). Shown offline, when a list or an article cannot come.
 */
export function KeptList({
  reads,
  except,
  onClear,
}: {
  reads: readonly KeptRead[];
  except?: string;
  /** Offers to wipe them from the phone (the library page; not the reader, which is about one article). */
  onClear?: () => void;
}) {
  const { t } = useLearnWords();
  const shown = reads.filter((r) => r.slug !== except);
  return (
    <section aria-labelledby="kept-heading" className="kept-section">
      <h2 id="kept-heading" className="section-title">
        {t('kept.heading')}
      </h2>
      <p className="hint">{shown.length ? t('kept.hint') : t('kept.none')}</p>
      {shown.length > 0 && (
        <ul className="content-list">
          {shown.map((r) => (
            <ContentCard key={r.slug} item={r} kept />
          ))}
        </ul>
      )}
      <ToolsLink />
      {onClear && shown.length > 0 && (
        <div className="kept-clear">
          <p className="hint">{t('kept.clearHint')}</p>
          <button type="button" className="big-button secondary" onClick={onClear}>
            {t('kept.clear')}
          </button>
        </div>
      )}
    </section>
  );
}

export function ToolsLink() {
  const { t } = useLearnWords();
  return (
    <Link to="/tools" className="link-row">
      <BreathIcon />
      <span className="link-row-text">
        <span>{t('tools.link')}</span>
        <span className="link-row-desc">{t('tools.desc')}</span>
      </span>
      <ForwardIcon size="1.2em" />
    </Link>
  );
}
