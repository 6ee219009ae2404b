import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { type ClosureReason, closureReasons } from '../../../../core/care/records';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CaseDetail, MeasureSeries } from '../../lib/case-types';
import { closeCase } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { useCurrentSession } from '../../session/context';
import { useCaseSubmit } from './use-case-submit';

// Withdrawn consent and deletion close a case by the worker's own request (the my-data routes), not here.
const chosenReasons = closureReasons.filter((r) => r !== 'consent_withdrawn' && r !== 'deletion_requested');

interface Values {
  reason: ClosureReason;
  final: 'measure' | 'none';
  finalMeasureId?: string;
  noFinalMeasureReason?: string;
  note?: string;
}

interface Props {
  c: CaseDetail;
  series: MeasureSeries | null;
  onClose: () => void;
  onDone: () => void;
}

/** Closing needs a reason and a final questionnaire of the case, or a sentence on why there is none. */
export function CloseCaseModal({ c, series, onClose, onDone }: Props) {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const [form] = Form.useForm<Values>();
  const final = Form.useWatch('final', form);
  const scores = (series?.instruments ?? [])
    .flatMap((i) => i.points.map((p) => ({ ...p, name: i.name })))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const openTasks = c.records?.tasks.filter((x) => x.status === 'open').length ?? 0;
  const s = useCaseSubmit(
    (v: Values) =>
      closeCase(c.id, {
        reason: v.reason,
        ...(v.final === 'measure'
          ? { finalMeasureId: v.finalMeasureId }
          : { noFinalMeasureReason: v.noFinalMeasureReason?.trim() }),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      }),
    onDone,
  );
  return (
    <FormModal<Values>
      title={t('close.title', { number: c.number })}
      okText={t('close.ok')}
      width={600}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ final: scores.length ? 'measure' : 'none', finalMeasureId: scores[0]?.id }}
      onFinish={(v) => void s.submit(v)}
      intro={
        <>
          <Typography.Paragraph>{t('close.intro')}</Typography.Paragraph>
          {openTasks ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('close.openTasks', { count: openTasks })}
            />
          ) : null}
        </>
      }
    >
      <Form.Item
        name="reason"
        label={t('close.reason')}
        rules={[{ required: true, message: t('close.pickReason') }]}
      >
        <Select options={chosenReasons.map((r) => ({ value: r, label: t(`closureReasons.${r}`) }))} />
      </Form.Item>
      <Form.Item name="final" label={t('close.final')}>
        <Radio.Group>
          <Radio value="measure" disabled={!scores.length}>
            {t('close.finalMeasure')}
          </Radio>
          <Radio value="none">{t('close.finalNone')}</Radio>
        </Radio.Group>
      </Form.Item>
      {final === 'measure' ? (
        <Form.Item
          name="finalMeasureId"
          label={t('close.pickMeasure')}
          rules={[{ required: true, message: t('close.pickMeasure') }]}
        >
          <Select
            options={scores.map((p) => ({
              value: p.id,
              label: `${p.name} · ${formatDateTime(p.at, zone).slice(0, 16)} · ${t('measures.scoreBand', { score: p.score, band: p.band.label })}`,
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="noFinalMeasureReason"
          label={t('close.whyNone')}
          extra={t('close.whyNoneHint')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('forms.reasonMin', { count: 3 }) }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('common.optional', { label: t('close.note') })}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
