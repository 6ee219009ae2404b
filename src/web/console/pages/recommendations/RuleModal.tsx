import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { AudienceId } from '../../../../core/content/audiences';
import { contentTopics, selfHelpTools } from '../../../../core/content/topics';
import type { Recommend, RecommendType, Rule } from '../../../../core/recommendations/types';
import { AudienceSelect } from '../../components/AudienceSelect';
import { FormModal } from '../../components/FormModal';
import type { RuleSet } from '../../lib/recommendations-api';
import { cleanRule } from '../../lib/rule-edit';
import { useRecsTranslation } from './texts';

interface Values {
  id: string;
  instrument?: string;
  bands?: string[];
  crisis: 'any' | 'yes' | 'no';
  audiences?: AudienceId[];
  type: RecommendType;
  tool?: string;
  topic?: string;
  slug?: string;
  kind?: string;
  reasonZh: string;
  reasonEn: string;
  priority: number;
}

const toValues = (r: Rule): Values => ({
  id: r.id,
  instrument: r.when.instrument,
  bands: r.when.bands ?? [],
  crisis: r.when.crisis === undefined ? 'any' : r.when.crisis ? 'yes' : 'no',
  audiences: r.when.audiences ?? [],
  type: r.recommend.type,
  ...(r.recommend.type === 'tool' ? { tool: r.recommend.tool } : {}),
  ...(r.recommend.type === 'topic' ? { topic: r.recommend.topic } : {}),
  ...(r.recommend.type === 'article' ? { slug: r.recommend.slug } : {}),
  ...(r.recommend.type === 'event_kind' ? { kind: r.recommend.kind } : {}),
  reasonZh: r.reason.zh,
  reasonEn: r.reason.en,
  priority: r.priority,
});

function fromValues(v: Values): Rule {
  const recommend = {
    tool: { type: 'tool', tool: v.tool },
    topic: { type: 'topic', topic: v.topic },
    article: { type: 'article', slug: v.slug?.trim() },
    counsellor: { type: 'counsellor' },
    event_kind: { type: 'event_kind', kind: v.kind?.trim() },
  }[v.type] as Recommend;
  return cleanRule({
    id: v.id,
    when: {
      instrument: v.instrument,
      bands: v.bands,
      ...(v.crisis === 'any' ? {} : { crisis: v.crisis === 'yes' }),
      audiences: v.audiences,
    },
    recommend,
    reason: { zh: v.reasonZh, en: v.reasonEn },
    priority: v.priority,
  });
}

interface Props {
  rule: Rule;
  isNew: boolean;
  instruments: RuleSet['instruments'];
  onClose: () => void;
  onDone: (rule: Rule) => void;
}

/** One rule's conditions, target, reason in both languages and priority. Checked again by the server on save. */
export function RuleModal({ rule, isNew, instruments, onClose, onDone }: Props) {
  const { t, i18n } = useRecsTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [form] = Form.useForm<Values>();
  const instrument = Form.useWatch('instrument', form) ?? rule.when.instrument;
  const type = Form.useWatch('type', form) ?? rule.recommend.type;
  const bands = instruments.find((i) => i.id === instrument)?.bands ?? [];
  const required = [{ required: true, whitespace: true, message: t('form.required') }];

  return (
    <FormModal<Values>
      title={t(isNew ? 'addTitle' : 'editTitle')}
      width={820}
      busy={false}
      error={null}
      onClose={onClose}
      form={form}
      name="recommendation-rule"
      initialValues={toValues(rule)}
      onFinish={(v) => onDone(fromValues(v))}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="id"
            label={t('form.id')}
            extra={t('form.idHint')}
            rules={[...required, { pattern: /^[a-z0-9_-]{1,40}$/, message: t('form.idHint') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="priority" label={t('form.priority')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="instrument" label={t('form.instrument')}>
            <Select
              allowClear
              placeholder={t('form.anyInstrument')}
              onChange={() => form.setFieldValue('bands', [])}
              options={instruments.map((i) => ({ value: i.id, label: `${i.shortName} · ${i.name[ui]}` }))}
            />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="bands" label={t('form.bands')} extra={t('form.bandsHint')}>
            <Select
              mode="multiple"
              disabled={!instrument}
              options={bands.map((b) => ({ value: b.code, label: `${b.label[ui]} (${b.code})` }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="crisis" label={t('form.crisis')}>
            <Select
              options={(['any', 'yes', 'no'] as const).map((c) => ({
                value: c,
                label: t(`form.crisis${c === 'any' ? 'Any' : c === 'yes' ? 'Yes' : 'No'}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="audiences" label={t('form.audiences')} extra={t('form.audiencesHint')}>
        <AudienceSelect lang={ui} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="type" label={t('form.type')}>
            <Select
              options={(['tool', 'topic', 'article', 'counsellor', 'event_kind'] as const).map((x) => ({
                value: x,
                label: t(`type.${x}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          {type === 'tool' && (
            <Form.Item
              name="tool"
              label={t('form.tool')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select options={selfHelpTools.map((x) => ({ value: x, label: t(`tools.${x}`) }))} />
            </Form.Item>
          )}
          {type === 'topic' && (
            <Form.Item
              name="topic"
              label={t('form.topic')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                options={contentTopics.map((x) => ({ value: x.id, label: ui === 'en' ? x.en : x.zh }))}
              />
            </Form.Item>
          )}
          {type === 'article' && (
            <Form.Item
              name="slug"
              label={t('form.slug')}
              rules={[...required, { pattern: /^[a-z0-9-]{3,80}$/, message: t('form.slug') }]}
            >
              <Input maxLength={80} />
            </Form.Item>
          )}
          {type === 'event_kind' && (
            <Form.Item
              name="kind"
              label={t('form.kind')}
              rules={[...required, { pattern: /^[a-z_]{1,40}$/ }]}
            >
              <Input maxLength={40} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">{t('form.reasonHint')}</Typography.Paragraph>
      <Form.Item name="reasonZh" label={t('form.reasonZh')} rules={required}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
      <Form.Item name="reasonEn" label={t('form.reasonEn')} rules={required}>
        <Input.TextArea rows={2} maxLength={400} showCount />
      </Form.Item>
    </FormModal>
  );
}
