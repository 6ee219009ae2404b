import { Alert, Checkbox, Col, DatePicker, Divider, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { interventions, noteKinds, riskLevels } from '../../../../core/care/records';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import {
  coreConcerns,
  type NoteFormValues,
  noteBodyOf,
  otherConcerns,
  riskWarns,
} from '../../lib/case-notes';
import type { CaseNote } from '../../lib/case-types';
import { addNote, type WrittenNote } from '../../lib/cases-api';
import { instantOf, localDateOf, localTimeOf } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import { useCaseSubmit } from './use-case-submit';

type Values = Omit<NoteFormValues, 'happenedAt'> & { when: Dayjs };

interface Props {
  caseId: string;
  /** The note an addendum corrects; none for a new note. */
  amends: CaseNote | null;
  onClose: () => void;
  onDone: (note: WrittenNote) => void;
}

/**
 * The structured session note: what it was about (the three core troubles first), the risk assessment, what
 * was done, the plan, free text; when it happened and how. Notes are never edited: a correction is an
 * addendum that names the note it corrects.
 */
export function NoteFormModal({ caseId, amends, onClose, onDone }: Props) {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const primary = values?.primary;
  const now = new Date();
  // The picker shows the federation's wall clock, whatever the laptop's zone.
  const wall = (d: Date) => dayjs(`${localDateOf(d, zone)}T${localTimeOf(d, zone)}`);
  const s = useCaseSubmit((v: Values) => {
    const happenedAt = instantOf(v.when.format('YYYY-MM-DD'), v.when.format('HH:mm'), zone);
    const body = noteBodyOf({ ...v, happenedAt });
    return addNote(
      caseId,
      amends
        ? { kind: 'addendum', amendsId: amends.id, happenedAt, body }
        : { kind: v.kind, happenedAt, body },
    );
  }, onDone);
  const concernLabel = (c: string) => t(`concerns.${c}`);
  const initial: Partial<Values> = amends
    ? {
        kind: 'session',
        when: wall(now),
        primary: amends.body.concern.primary,
        others: amends.body.concern.others,
        riskLevel: amends.body.risk.level,
        selfHarmThoughts: amends.body.risk.selfHarmThoughts,
        harmToOthers: amends.body.risk.harmToOthers,
      }
    : { kind: 'session', when: wall(now), riskLevel: 'none', others: [], methods: [] };

  return (
    <FormModal<Values>
      title={amends ? t('noteForm.addendumTitle') : t('noteForm.title')}
      okText={t('noteForm.save')}
      width={780}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={initial}
      onFinish={(v) => void s.submit(v)}
      intro={
        <Typography.Paragraph type="secondary">
          {amends ? t('noteForm.addendumIntro') : t('noteForm.intro')}
        </Typography.Paragraph>
      }
    >
      <Row gutter={16}>
        {amends ? null : (
          <Col span={14}>
            <Form.Item name="kind" label={t('noteForm.kind')}>
              <Radio.Group
                optionType="button"
                options={noteKinds
                  .filter((k) => k !== 'addendum')
                  .map((k) => ({ value: k, label: t(`noteKinds.${k}`) }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={10}>
          <Form.Item
            name="when"
            label={t('noteForm.when', { zone: t('page.zone') })}
            rules={[{ required: true }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              allowClear={false}
              disabledDate={(d) => d.isAfter(wall(now), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain style={{ margin: '0 0 12px' }}>
        {t('noteForm.concernHeading')}
      </Divider>
      <Form.Item
        name="primary"
        label={t('noteForm.primary')}
        rules={[{ required: true, message: t('noteForm.pickPrimary') }]}
      >
        <Select
          placeholder={t('noteForm.pickPrimary')}
          options={[
            {
              label: t('noteForm.coreTroubles'),
              options: coreConcerns.map((c) => ({ value: c, label: concernLabel(c) })),
            },
            {
              label: t('noteForm.otherThemes'),
              options: otherConcerns.map((c) => ({ value: c, label: concernLabel(c) })),
            },
          ]}
        />
      </Form.Item>
      <Form.Item name="others" label={t('common.optional', { label: t('noteForm.others') })}>
        <Checkbox.Group
          options={[...coreConcerns, ...otherConcerns].map((c) => ({
            value: c,
            label: concernLabel(c),
            disabled: c === primary,
          }))}
        />
      </Form.Item>
      <Divider titlePlacement="start" plain style={{ margin: '0 0 12px' }}>
        {t('noteForm.riskHeading')}
      </Divider>
      <Form.Item name="riskLevel" label={t('noteForm.riskLevel')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={riskLevels.map((r) => ({ value: r, label: t(`risk.${r}`) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="selfHarmThoughts" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t('noteForm.selfHarm')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="harmToOthers" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t('noteForm.harmToOthers')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      {values &&
      riskWarns({
        riskLevel: values.riskLevel ?? 'none',
        selfHarmThoughts: values.selfHarmThoughts,
        harmToOthers: values.harmToOthers,
      }) ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('noteForm.riskWarning')} />
      ) : null}
      <Form.Item name="protectiveFactors" label={t('common.optional', { label: t('noteForm.protective') })}>
        <Input.TextArea rows={2} maxLength={2000} placeholder={t('noteForm.protectiveHint')} />
      </Form.Item>
      <Divider titlePlacement="start" plain style={{ margin: '0 0 12px' }}>
        {t('noteForm.interventionHeading')}
      </Divider>
      <Form.Item name="methods" label={t('common.optional', { label: t('noteForm.methods') })}>
        <Checkbox.Group options={interventions.map((m) => ({ value: m, label: t(`interventions.${m}`) }))} />
      </Form.Item>
      <Form.Item
        name="interventionText"
        label={t('common.optional', { label: t('noteForm.interventionText') })}
      >
        <Input.TextArea rows={2} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="plan" label={t('common.optional', { label: t('noteForm.plan') })}>
        <Input.TextArea rows={2} maxLength={10_000} placeholder={t('noteForm.planHint')} />
      </Form.Item>
      <Form.Item name="text" label={t('common.optional', { label: t('noteForm.text') })}>
        <Input.TextArea rows={4} maxLength={20_000} />
      </Form.Item>
    </FormModal>
  );
}
