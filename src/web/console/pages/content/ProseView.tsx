import { PlayCircleOutlined, SoundOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { ContentKind } from '../../../../core/content/topics';
import { useContentTranslation } from '../../i18n/content-ns';
import { contentImageUrl } from '../../lib/content-api';
import { normaliseHtml } from '../../lib/content-html';
import type { ContentMedia, ContentText } from '../../lib/content-types';

/**
 * One language of a piece as the worker app shows it: cover, kind, title, reading time, summary, the
 * recording of a lecture and the body. The body is put through the normaliser first (the allowlist only, no
 * attributes but checked links and the server's own images), so rendering it as HTML is safe.
 */
export function ProseView({
  text,
  kind,
  minutes,
  media,
  coverImageId,
}: {
  text: ContentText;
  kind: ContentKind;
  minutes: number;
  media: ContentMedia | null;
  coverImageId: string | null;
}) {
  const { t } = useContentTranslation();
  const body = normaliseHtml(text.bodyHtml);
  return (
    <article>
      {coverImageId ? (
        <img
          src={contentImageUrl(coverImageId)}
          alt=""
          style={{
            width: '100%',
            aspectRatio: '16 / 9',
            objectFit: 'cover',
            borderRadius: 8,
            marginBottom: 12,
          }}
        />
      ) : null}
      <div style={{ marginBottom: 6 }}>
        <Tag color="magenta">{t(`kinds.${kind}`)}</Tag>
        <Typography.Text type="secondary">{t('editor.minutes', { count: minutes })}</Typography.Text>
      </div>
      <h1 style={{ fontSize: 22, lineHeight: 1.4, margin: '0 0 8px' }}>{text.title || '—'}</h1>
      {text.summary ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 15 }}>
          {text.summary}
        </Typography.Paragraph>
      ) : null}
      {kind === 'lecture' && media?.url ? (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 10,
            padding: '14px 16px',
            background: '#2b2b2b',
            color: '#fff',
            borderRadius: 8,
            marginBottom: 12,
          }}
        >
          {media.type === 'video' ? (
            <PlayCircleOutlined style={{ fontSize: 28 }} />
          ) : (
            <SoundOutlined style={{ fontSize: 28 }} />
          )}
          <span>
            {t(media.type === 'video' ? 'editor.video' : 'editor.audio')}
            {media.durationMinutes ? ` · ${t('editor.minutes', { count: media.durationMinutes })}` : ''}
          </span>
        </div>
      ) : null}
      {body ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: normalised to the allowlist just above
        <div className="content-prose" dangerouslySetInnerHTML={{ __html: body }} />
      ) : (
        <Typography.Text type="secondary">{t('editor.previewEmpty')}</Typography.Text>
      )}
    </article>
  );
}
