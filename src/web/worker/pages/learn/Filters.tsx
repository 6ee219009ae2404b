import { contentKinds, contentTopics } from '../../../../core/content/topics';
import type { LibraryFilter } from '../../learn/order';
import { useLearnWords } from '../../learn/words';

/**
 * The kind tabs (全部 / 文章 / 讲座回顾 / 身边的故事) and the topic chips, as toggle buttons: large targets,
 * the chosen one said by aria-pressed and by its filled look, not by colour alone.
 */
export function Filters({
  filter,
  onChange,
}: {
  filter: LibraryFilter;
  onChange: (f: LibraryFilter) => void;
}) {
  const { t, topic } = useLearnWords();
  return (
    <>
      <fieldset className="kind-tabs">
        <legend className="visually-hidden">{t('kinds.label')}</legend>
        {[null, ...contentKinds].map((kind) => (
          <button
            key={kind ?? 'all'}
            type="button"
            className="kind-tab"
            aria-pressed={filter.kind === kind}
            onClick={() => onChange({ ...filter, kind })}
          >
            {t(`kinds.${kind ?? 'all'}`)}
          </button>
        ))}
      </fieldset>
      <fieldset className="topic-chips">
        <legend className="visually-hidden">{t('topics.label')}</legend>
        {[null, ...contentTopics.map((c) => c.id)].map((id) => (
          <button
            key={id ?? 'all'}
            type="button"
            className="topic-chip"
            aria-pressed={filter.topic === id}
            onClick={() => onChange({ ...filter, topic: id })}
          >
            {id ? topic(id) : t('topics.all')}
          </button>
        ))}
      </fieldset>
    </>
  );
}
