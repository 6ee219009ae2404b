import { Alert, App, Button, Card, Col, Input, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Rule } from '../../../../core/recommendations/types';
import { ApiError } from '../../../shared/api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { can } from '../../lib/access';
import { errorText } from '../../lib/errors';
import { formatDateTime } from '../../lib/format-time';
import { loadRuleSet, type RuleSet, saveRuleSet } from '../../lib/recommendations-api';
import { freshId, moveRule, putRule, removeRule } from '../../lib/rule-edit';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { PreviewPanel } from './PreviewPanel';
import { RuleModal } from './RuleModal';
import { RuleTable } from './RuleTable';
import { useRecsTranslation } from './texts';

type Problem = { code: string } & Record<string, unknown>;

const problemsOf = (e: unknown): Problem[] => {
  if (!(e instanceof ApiError) || e.code !== 'validation_failed') return [];
  const p = (e.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(p) ? p.filter((x): x is Problem => typeof x?.code === 'string') : [];
};

/**
 * /console/recommendations (推荐规则): the federation's rules for what workers are recommended after a check-up,
 * edited as a list (add, edit, remove, reorder) and saved as a new version; beside them a preview of what a
 * sample worker would be shown. Administrators and supervisors edit; counsellors read and try.
 */
export function RecommendationsPage() {
  const { t } = useRecsTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const editable = can(session, 'recommendation.edit');
  const loaded = useLoad(loadRuleSet, 'recommendation-rule-set');
  const [set, setSet] = useState<RuleSet | null>(null);
  const [rules, setRules] = useState<Rule[]>([]);
  const [dirty, setDirty] = useState(false);
  const [editing, setEditing] = useState<{ index: number; rule: Rule } | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; problems: Problem[]; conflict: boolean } | null>(null);

  useEffect(() => {
    if (!loaded.data) return;
    setSet(loaded.data);
    setRules(loaded.data.rules);
    setDirty(false);
    setError(null);
  }, [loaded.data]);

  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!set) return <Loading />;

  const change = (next: Rule[]) => {
    setRules(next);
    setDirty(true);
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await saveRuleSet(rules, set.version, note);
      setSet(next);
      setRules(next.rules);
      setDirty(false);
      setNote('');
      void message.success(t('saved'));
    } catch (e) {
      const conflict = e instanceof ApiError && e.code === 'conflict';
      setError({ text: conflict ? t('conflict') : errorText(t, e), problems: problemsOf(e), conflict });
    } finally {
      setBusy(false);
    }
  };
  const timeZone = session.tenant.timeZone;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
          {t('intro')}
        </Typography.Paragraph>
        <Space wrap>
          {set.isDefault ? (
            <Tag>{t('usingDefaults')}</Tag>
          ) : (
            <Tag color="blue">
              {t('version', {
                version: set.version,
                name: set.updatedBy?.displayName ?? '',
                at: formatDateTime(set.updatedAt, timeZone),
              })}
            </Tag>
          )}
          {dirty && <Tag color="orange">{t('unsaved')}</Tag>}
        </Space>
        {!editable && <Alert type="info" showIcon message={t('readOnly')} style={{ marginTop: 12 }} />}
      </div>
      {error && (
        <Alert
          type="error"
          showIcon
          message={error.problems.length ? t('problems', { count: error.problems.length }) : error.text}
          description={
            error.problems.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {error.problems.map((p) => (
                  <li key={JSON.stringify(p)}>{t(`problem.${p.code}`, { ...p, group: '{{group}}' })}</li>
                ))}
              </ul>
            ) : undefined
          }
          action={error.conflict ? <Button onClick={loaded.reload}>{t('reload')}</Button> : undefined}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xxl={16}>
          <Card
            size="small"
            title={t('rules')}
            extra={
              editable && (
                <Space>
                  <Popconfirm title={t('restoreConfirm')} onConfirm={() => change(set.defaults)}>
                    <Button>{t('restoreDefaults')}</Button>
                  </Popconfirm>
                  <Button
                    onClick={() =>
                      setEditing({
                        index: -1,
                        rule: {
                          id: freshId(rules),
                          when: {},
                          recommend: { type: 'topic', topic: 'emotions' },
                          reason: { zh: '', en: '' },
                          priority: 50,
                        },
                      })
                    }
                  >
                    {t('add')}
                  </Button>
                </Space>
              )
            }
          >
            <RuleTable
              rules={rules}
              instruments={set.instruments}
              editable={editable}
              onMove={(i, by) => change(moveRule(rules, i, by))}
              onEdit={(i) => setEditing({ index: i, rule: rules[i] as Rule })}
              onRemove={(i) => change(removeRule(rules, i))}
            />
            {editable && (
              <Space style={{ marginTop: 16 }} wrap>
                <Input
                  style={{ width: 360 }}
                  maxLength={200}
                  placeholder={t('note')}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
                <Button type="primary" loading={busy} disabled={!dirty} onClick={() => void save()}>
                  {t('save')}
                </Button>
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} xxl={8} style={{ marginTop: 16 }}>
          <PreviewPanel rules={rules} instruments={set.instruments} />
        </Col>
      </Row>
      {editing && (
        <RuleModal
          rule={editing.rule}
          isNew={editing.index < 0}
          instruments={set.instruments}
          onClose={() => setEditing(null)}
          onDone={(rule) => {
            change(putRule(rules, editing.index, rule));
            setEditing(null);
          }}
        />
      )}
    </Space>
  );
}
