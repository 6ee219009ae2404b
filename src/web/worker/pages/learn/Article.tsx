import type { ContentDetail } from '../../learn/api';
import { formatDay, useLearnWords } from '../../learn/words';
import { ArticleBody } from './ArticleBody';

/** The piece itself: title, what it is and how long, the story's anonymity, the lecture's media, the body. */
export function Article({ item }: { item: ContentDetail }) {
  const { t, lang, topic } = useLearnWords();
  const meta = [
    t(`kind.${item.kind}`),
    ...item.topics.slice(0, 2).map(topic),
    t('card.minutes', { count: item.readingMinutes }),
    formatDay(item.publishedAt, lang),
  ].filter(Boolean);
  return (
    <article className="article" lang={item.lang}>
      <h2 className="article-title">{item.title}</h2>
      <p className="article-meta" lang={lang}>
        {/* Each fact stays whole on a line ("2026年11月20日" never splits); a line breaks after a dot. */}
        {meta.map((m, i) => (
          <span key={m}>
            <span className="nowrap">{m}</span>
            {i < meta.length - 1 && '\u00a0· '}
          </span>
        ))}
      </p>
      {item.lang !== lang && (
        <p className="hint" lang={lang}>
          {t('reader.otherLang')}
        </p>
      )}
      {item.kind === 'story' && (
        <p className="note-box story-note" lang={lang}>
          {t('reader.story')}
        </p>
      )}
      {item.coverImageUrl && <img className="article-cover" src={item.coverImageUrl} alt="" />}
      {item.media && (
        <div className="article-media" lang={lang}>
          <a className="big-button secondary" href={item.media.url} target="_blank" rel="noopener noreferrer">
            <span className="media-label">
              <span>{t(item.media.type === 'video' ? 'reader.media.video' : 'reader.media.audio')}</span>
              {item.media.durationMinutes ? (
                <span className="media-duration">
                  {t('reader.media.duration', { count: item.media.durationMinutes })}
                </span>
              ) : null}
            </span>
          </a>
          <p className="hint">
            {t(item.media.type === 'video' ? 'reader.media.note' : 'reader.media.noteAudio')}
          </p>
        </div>
      )}
      <ArticleBody html={item.bodyHtml} />
    </article>
  );
}
