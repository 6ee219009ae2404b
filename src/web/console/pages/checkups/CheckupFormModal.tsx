import { App, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AudienceId } from '../../../../core/content/audiences';
import { stepUpsApplicableTo } from '../../../../core/instruments/checkups';
import { AudienceSelect } from '../../components/AudienceSelect';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import type { InstrumentSize } from '../../lib/checkup-api';
import { instrumentChoices } from '../../lib/instruments';
import type { CheckupDefinitionView, InstrumentText } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { shortNames } from './CheckupParts';

interface Values {
  name: { 'zh-CN': string; en: string };
  description: { 'zh-CN': string; en: string };
  instruments: string[];
  audiences: AudienceId[];
}

interface Props {
  /** Absent when creating. */
  definition?: CheckupDefinitionView;
  texts: readonly InstrumentText[];
  sizes: readonly InstrumentSize[];
  onClose: () => void;
  onSaved: () => void;
}

const trimmed = (l: Values['name']) => ({ 'zh-CN': l['zh-CN'].trim(), en: l.en.trim() });

/** Only what changed, so an edit of the wording does not re-check instruments that have since become unusable. */
function changes(before: CheckupDefinitionView, v: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const name = trimmed(v.name);
  const description = trimmed(v.description);
  if (JSON.stringify(name) !== JSON.stringify(before.name)) out.name = name;
  if (JSON.stringify(description) !== JSON.stringify(before.description)) out.description = description;
  if (v.instruments.join() !== before.instruments.join()) out.instruments = v.instruments;
  if ((v.audiences ?? []).join() !== before.audiences.join()) out.audiences = v.audiences ?? [];
  return out;
}

/** Create or edit a check-up: names and descriptions in both languages and the instruments, in order. */
export function CheckupFormModal({ definition, texts, sizes, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const short = shortNames(texts);
  const picked = Form.useWatch('instruments', form) ?? definition?.instruments ?? [];
  const { busy, error, submit } = useSubmit(
    async (v: Values) => {
      if (!definition)
        return call('POST', '/api/v1/checkup-definitions', {
          name: trimmed(v.name),
          description: trimmed(v.description),
          instruments: v.instruments,
          audiences: v.audiences ?? [],
        });
      const body = changes(definition, v);
      return Object.keys(body).length
        ? call('PATCH', `/api/v1/checkup-definitions/${definition.id}`, body)
        : null;
    },
    {
      onDone: () => {
        void message.success(t(definition ? 'checkups.saved' : 'checkups.created'));
        onSaved();
      },
    },
  );

  const size = new Map(sizes.map((s) => [s.id, s]));
  const total = picked.reduce(
    (sum, id) => ({
      minutes: sum.minutes + (size.get(id)?.minutes ?? 0),
      items: sum.items + (size.get(id)?.itemCount ?? 0),
    }),
    { minutes: 0, items: 0 },
  );
  const leadsTo = stepUpsApplicableTo(picked).map((r) => short(r.target));
  const text = (name: string[], label: string, max: number, required: string, area?: boolean) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, max, message: required }]}
    >
      {area ? <Input.TextArea rows={2} maxLength={max} showCount /> : <Input maxLength={max} />}
    </Form.Item>
  );

  return (
    <FormModal<Values>
      title={definition ? t('checkups.editTitle', { name: definition.name[ui] }) : t('checkups.createTitle')}
      width={760}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="checkup-definition"
      initialValues={definition ?? { instruments: [], audiences: [] }}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col span={12}>{text(['name', 'zh-CN'], t('checkups.nameZh'), 200, t('checkups.nameRequired'))}</Col>
        <Col span={12}>{text(['name', 'en'], t('checkups.nameEn'), 200, t('checkups.nameRequired'))}</Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          {text(
            ['description', 'zh-CN'],
            t('checkups.descriptionZh'),
            200,
            t('checkups.descriptionRequired'),
            true,
          )}
        </Col>
        <Col span={12}>
          {text(
            ['description', 'en'],
            t('checkups.descriptionEn'),
            200,
            t('checkups.descriptionRequired'),
            true,
          )}
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('checkups.descriptionHint')}
      </Typography.Paragraph>
      <Form.Item
        name="instruments"
        label={t('checkups.pick')}
        extra={t('checkups.pickHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('checkups.pickRequired') },
          { type: 'array', max: 8, message: t('checkups.pickMax') },
        ]}
      >
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {instrumentChoices(texts).map((c) => {
            const s = size.get(c.id);
            // One already in the check-up stays shown (ticked) even if it can no longer be chosen anew.
            const usable = c.available || picked.includes(c.id);
            return (
              <Checkbox key={c.id} value={c.id} disabled={!usable}>
                {c.name[ui]}
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {c.available && s
                    ? t('checkups.estimate', { minutes: s.minutes, items: s.itemCount })
                    : c.available
                      ? null
                      : t('checkups.unavailable', {
                          reason: t(`instruments.notShown.${c.reason ?? 'excluded'}`),
                        })}
                </Typography.Text>
              </Checkbox>
            );
          })}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="audiences" label={t('checkups.audiences')} extra={t('checkups.audiencesHint')}>
        <AudienceSelect lang={ui} placeholder={t('checkups.forEveryone')} />
      </Form.Item>
      {picked.length ? (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('checkups.estimate', { minutes: Math.round(total.minutes * 10) / 10, items: total.items })}
          {' · '}
          {leadsTo.length
            ? t('checkups.leadsTo', { list: leadsTo.join(ui === 'en' ? ', ' : '、') })
            : t('checkups.leadsToNone')}
        </Typography.Paragraph>
      ) : null}
    </FormModal>
  );
}
