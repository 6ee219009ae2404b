import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../components/FormModal';
import { useContentTranslation } from '../../i18n/content-ns';
import {
  archiveContentItem,
  restoreContentItem,
  reviewContentItem,
  submitContentItem,
} from '../../lib/content-api';
import { defaultSchedule, scheduleInstant, scheduleProblem } from '../../lib/content-schedule';
import type { ContentAction } from '../../lib/content-status';
import type { StaffContentDetail } from '../../lib/content-types';
import { useZone } from './content-parts';
import { useContentSubmit } from './use-content-submit';

export type Step = Exclude<ContentAction, 'edit'>;

interface Values {
  text?: string;
  when?: Dayjs;
}

const titles: Record<Step, string> = {
  submit: 'workflow.submitTitle',
  approve: 'workflow.approveTitle',
  schedule: 'workflow.scheduleTitle',
  return: 'workflow.returnTitle',
  archive: 'workflow.archiveTitle',
  restore: 'workflow.restoreTitle',
};
const intros: Record<Step, string> = {
  submit: 'workflow.submitIntro',
  approve: 'workflow.approveIntro',
  schedule: 'workflow.scheduleIntro',
  return: 'workflow.returnIntro',
  archive: 'workflow.archiveIntro',
  restore: 'workflow.restoreIntro',
};
const textLabels: Partial<Record<Step, string>> = {
  submit: 'workflow.submitNote',
  approve: 'workflow.comment',
  schedule: 'workflow.comment',
  return: 'workflow.returnComment',
  archive: 'workflow.archiveReason',
};

/** One workflow step's dialog: its note, comment or reason, and for scheduling the time in the federation's zone. */
export function StepModal({
  step,
  item,
  onClose,
  onDone,
}: {
  step: Step;
  item: StaffContentDetail;
  onClose: () => void;
  onDone: (step: Step, publishAt?: string) => void;
}) {
  const { t } = useContentTranslation();
  const { zone, zoneName } = useZone();
  const [form] = Form.useForm<Values>();
  const picked = (when: Dayjs) => scheduleInstant(when.format('YYYY-MM-DD'), when.format('HH:mm'), zone);

  const s = useContentSubmit(async (v: Values) => {
    const text = v.text?.trim() || undefined;
    let publishAt: string | undefined;
    if (step === 'submit') await submitContentItem(item.id, text);
    else if (step === 'approve')
      await reviewContentItem(item.id, { decision: 'approve', ...(text ? { comment: text } : {}) });
    else if (step === 'schedule') {
      publishAt = picked(v.when as Dayjs);
      await reviewContentItem(item.id, {
        decision: 'approve',
        publishAt,
        ...(text ? { comment: text } : {}),
      });
    } else if (step === 'return')
      await reviewContentItem(item.id, { decision: 'return', comment: text ?? '' });
    else if (step === 'archive') await archiveContentItem(item.id, text);
    else await restoreContentItem(item.id);
    onDone(step, publishAt);
  });

  const suggestion = defaultSchedule(new Date(), zone);
  const label = textLabels[step];
  return (
    <FormModal<Values>
      title={t(titles[step])}
      okText={t(`workflow.${step}`)}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ when: dayjs(`${suggestion.date}T${suggestion.time}`) }}
      onFinish={(v) => void s.submit(v)}
      intro={
        <Typography.Paragraph type="secondary">
          {t(intros[step], { version: item.currentVersion })}
        </Typography.Paragraph>
      }
    >
      {step === 'schedule' ? (
        <Form.Item
          name="when"
          label={t('workflow.publishAt', { zone: zoneName })}
          rules={[
            { required: true, message: t('workflow.publishAtNeeded') },
            {
              validator: (_, when: Dayjs | undefined) => {
                const problem = when ? scheduleProblem(picked(when), new Date()) : null;
                return problem
                  ? Promise.reject(new Error(t(problem === 'past' ? 'workflow.past' : 'workflow.tooSoon')))
                  : Promise.resolve();
              },
            },
          ]}
        >
          {/* The picker shows wall-clock fields; they are read as the federation's time, whatever the browser's zone. */}
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            allowClear={false}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ) : null}
      {label ? (
        <Form.Item
          name="text"
          label={t(label)}
          rules={
            step === 'return'
              ? [{ required: true, whitespace: true, message: t('workflow.returnCommentNeeded') }]
              : []
          }
        >
          {/* The server keeps notes and reasons to 500 characters, review comments to 1000. */}
          <Input.TextArea
            rows={3}
            maxLength={step === 'submit' || step === 'archive' ? 500 : 1000}
            showCount
            autoFocus={step === 'return'}
          />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
