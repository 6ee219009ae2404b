import { Alert, Card, List, Tag, Typography } from 'antd';
import { useCoverageTranslation } from '../../i18n/coverage-ns';
import { nameIn, percent, type Suggestions } from '../../lib/map-api';
import { colours } from './CoverageMap';

const enterpriseKinds = new Set(['enterprise_union', 'grassroots_union']);

/** 选址建议: the greedy sites in order, what each adds, and the guarantee in plain words. */
export function SuggestionsCard({
  data,
  loading,
  error,
}: {
  data: Suggestions | undefined;
  loading: boolean;
  error: unknown;
}) {
  const { t, i18n } = useCoverageTranslation();
  const lang = i18n.language;
  const total = data?.members.total ?? 0;
  return (
    <Card size="small" title={t('suggest.title')} loading={!data && loading}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('suggest.intro')}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={t('error')} /> : null}
      {data ? (
        <List
          size="small"
          dataSource={data.suggestions}
          locale={{ emptyText: t('suggest.empty') }}
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta
                avatar={
                  <span
                    className="coverage-rank"
                    style={{ background: colours.suggestion }}
                    aria-hidden="true"
                  >
                    {s.rank}
                  </span>
                }
                title={
                  <>
                    {nameIn(s.site, lang)}{' '}
                    <Tag>
                      {t(enterpriseKinds.has(s.site.kind) ? 'suggest.site.enterprise' : 'suggest.site.union')}
                    </Tag>
                  </>
                }
                description={
                  <>
                    <strong>{t('suggest.adds', { members: s.addedMembers })}</strong>
                    <div>
                      {t('suggest.reaches', {
                        names: s.enterprises
                          .map((e) => nameIn(e, lang))
                          .join(lang.startsWith('en') ? ', ' : '、'),
                      })}
                    </div>
                    <div>
                      {t('suggest.after', { share: percent(total ? s.membersCoveredAfter / total : null) })}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}
