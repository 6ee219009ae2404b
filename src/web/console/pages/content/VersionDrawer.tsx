import { Alert, Descriptions, Drawer, Flex, Segmented, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ContentKind } from '../../../../core/content/topics';
import { LoadError } from '../../components/LoadError';
import { useContentTranslation } from '../../i18n/content-ns';
import { loadContentVersion } from '../../lib/content-api';
import { diffTexts } from '../../lib/content-diff';
import { audienceLabel, topicLabel } from '../../lib/content-labels';
import type { ContentVersion, StaffContentDetail } from '../../lib/content-types';
import { useLoad } from '../../lib/use-load';
import { useZone } from './content-parts';
import { ProseView } from './ProseView';
import type { TextLang } from './TextTabs';

/** An old version read-only, or compared paragraph by paragraph with the current saved version. */
export function VersionDrawer({
  item,
  version,
  mode,
  onClose,
}: {
  item: StaffContentDetail;
  version: number;
  mode: 'view' | 'diff';
  onClose: () => void;
}) {
  const { t } = useContentTranslation();
  const [lang, setLang] = useState<TextLang>('zh');
  const loaded = useLoad(() => loadContentVersion(item.id, version), `${item.id}|${version}`);
  const title =
    mode === 'view'
      ? t('versions.viewTitle', { version })
      : t('versions.diffTitle', { from: version, to: item.currentVersion });
  const v = loaded.data;
  return (
    <Drawer open size={640} title={title} onClose={onClose}>
      <Segmented<TextLang>
        value={lang}
        onChange={setLang}
        options={[
          { value: 'zh', label: t('editor.zhTab') },
          { value: 'en', label: t('editor.enTab') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {loaded.error ? (
        <LoadError error={loaded.error} retry={loaded.reload} />
      ) : !v ? (
        <Spin />
      ) : mode === 'view' ? (
        <VersionView v={v} lang={lang} kind={item.kind} />
      ) : (
        <DiffView v={v} item={item} lang={lang} />
      )}
    </Drawer>
  );
}

function VersionView({ v, lang, kind }: { v: ContentVersion; lang: TextLang; kind: ContentKind }) {
  const { t, i18n } = useContentTranslation();
  const { time } = useZone();
  const text = lang === 'en' ? v.en : v.zh;
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'by',
            label: t('versions.savedLabel'),
            children: t('versions.by', { name: v.savedBy.displayName, time: time(v.savedAt) }),
          },
          {
            key: 'meta',
            label: t('versions.meta'),
            children: (
              <Flex gap={4} wrap>
                {v.topics.map((id) => (
                  <Tag key={id}>{topicLabel(id, i18n.language)}</Tag>
                ))}
                {v.audiences.map((id) => (
                  <Tag key={id} color="magenta" variant="outlined">
                    {audienceLabel(id, i18n.language)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {text ? (
        <ProseView
          text={text}
          kind={kind}
          minutes={v.readingMinutes}
          media={v.media}
          coverImageId={v.coverImageId}
        />
      ) : (
        <Typography.Text type="secondary">{t('versions.noEnglish')}</Typography.Text>
      )}
    </>
  );
}

function DiffView({ v, item, lang }: { v: ContentVersion; item: StaffContentDetail; lang: TextLang }) {
  const { t } = useContentTranslation();
  const d = diffTexts(lang === 'en' ? v.en : v.zh, lang === 'en' ? item.en : item.zh);
  const field = (label: string, change: { before: string; after: string } | null) =>
    change ? (
      <div style={{ marginBottom: 12 }}>
        <Typography.Text strong>{label}</Typography.Text>
        <div className="content-diff-line content-diff-removed">
          {t('versions.before')}：{change.before || '—'}
        </div>
        <div className="content-diff-line content-diff-added">
          {t('versions.after')}：{change.after || '—'}
        </div>
      </div>
    ) : null;
  return (
    <>
      <Alert
        type={d.added || d.removed ? 'info' : 'success'}
        showIcon
        title={
          d.added || d.removed
            ? t('versions.diffSummary', { added: d.added, removed: d.removed })
            : t('versions.noChange')
        }
        style={{ marginBottom: 16 }}
      />
      {field(t('versions.titleChanged'), d.title)}
      {field(t('versions.summaryChanged'), d.summary)}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {d.body.map((line, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place
            key={i}
            className={`content-diff-line content-diff-${line.op}`}
            style={line.unit.kind === 'h2' || line.unit.kind === 'h3' ? { fontWeight: 600 } : undefined}
          >
            {line.op === 'same' ? null : (
              <>
                <span className="console-mono" aria-hidden style={{ marginInlineEnd: 6 }}>
                  {line.op === 'added' ? '+' : '−'}
                </span>
                <span className="content-sr-only">{t(`versions.${line.op}`)}: </span>
              </>
            )}
            {line.unit.kind === 'li' ? '• ' : line.unit.kind === 'quote' ? '“ ' : ''}
            {line.unit.text}
          </li>
        ))}
      </ul>
    </>
  );
}
