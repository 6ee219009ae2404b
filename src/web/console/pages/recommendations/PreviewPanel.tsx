import { Alert, Card, Checkbox, Empty, Form, List, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AudienceId } from '../../../../core/content/audiences';
import type { Rule } from '../../../../core/recommendations/types';
import { AudienceSelect } from '../../components/AudienceSelect';
import { errorText } from '../../lib/errors';
import { type PreviewResult, previewRules, type RuleSet } from '../../lib/recommendations-api';
import { useTargetName } from './RuleTable';
import { useRecsTranslation } from './texts';

interface Props {
  rules: Rule[];
  instruments: RuleSet['instruments'];
}

/** The instruments of the default check-up first: the samples people try most. */
const FIRST = ['phq4', 'who5', 'cbi_work', 'ucla3', 'phq9', 'gad7'];

/**
 * Sample results (a band per instrument, crisis yes or no) and groups, and what a worker would then be shown,
 * by the rules as they are being edited: the server runs the phone's own function (POST …/preview).
 */
export function PreviewPanel({ rules, instruments }: Props) {
  const { t, i18n } = useRecsTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const targetName = useTargetName();
  const [bands, setBands] = useState<Record<string, string>>({ phq4: 'moderate', cbi_work: 'high' });
  const [crisis, setCrisis] = useState(false);
  const [audiences, setAudiences] = useState<AudienceId[]>(['truck_driver']);
  const [recs, setRecs] = useState<PreviewResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Asked again a moment after the last change, and only the latest answer is shown.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const results = Object.entries(bands).map(([instrument, band]) => ({ instrument, band }));
      previewRules(rules, { results, crisis, audiences }).then(
        (r) => {
          if (!live) return;
          setRecs(r);
          setError(null);
        },
        (e: unknown) => {
          if (live) setError(errorText(t, e));
        },
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [rules, bands, crisis, audiences, t]);

  const ordered = [...instruments].sort(
    (a, b) => (FIRST.indexOf(a.id) + 1 || 99) - (FIRST.indexOf(b.id) + 1 || 99),
  );
  return (
    <Card size="small" title={t('preview.title')}>
      <Typography.Paragraph type="secondary">{t('preview.intro')}</Typography.Paragraph>
      <Form
        layout="horizontal"
        labelCol={{ flex: '96px' }}
        wrapperCol={{ flex: 1 }}
        size="small"
        style={{ maxWidth: 560 }}
      >
        {ordered.map((i) => (
          <Form.Item key={i.id} label={i.shortName} style={{ marginBottom: 6 }}>
            <Select
              value={bands[i.id] ?? ''}
              onChange={(v: string) =>
                setBands((b) => {
                  const next = { ...b };
                  if (v) next[i.id] = v;
                  else delete next[i.id];
                  return next;
                })
              }
              options={[
                { value: '', label: t('preview.notTaken') },
                ...i.bands.map((b) => ({ value: b.code, label: b.label[ui] })),
              ]}
            />
          </Form.Item>
        ))}
        <Form.Item label={t('preview.audiences')} style={{ marginBottom: 6 }}>
          <AudienceSelect lang={ui} value={audiences} onChange={setAudiences} />
        </Form.Item>
        <Form.Item label=" " colon={false} style={{ marginBottom: 12 }}>
          <Checkbox checked={crisis} onChange={(e) => setCrisis(e.target.checked)}>
            {t('preview.crisis')}
          </Checkbox>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {recs && !recs.length && <Empty description={t('preview.empty')} />}
      {recs && recs.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={recs}
          renderItem={(r, n) => (
            <List.Item key={r.ruleId}>
              <Space direction="vertical" size={2}>
                <Typography.Text strong type={r.target.type === 'crisis_help' ? 'danger' : undefined}>
                  {n + 1}. {targetName(r.target)}
                </Typography.Text>
                <span>{ui === 'en' ? r.reason.en : r.reason.zh}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {ui === 'en' ? r.reason.zh : r.reason.en}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
