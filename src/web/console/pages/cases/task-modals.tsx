import { DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { recommendationKinds, type TaskKind, taskKinds } from '../../../../core/care/records';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CaseDetail, FollowUpTask } from '../../lib/case-types';
import { addTask, changeTask, langOf, loadOfferedInstruments } from '../../lib/cases-api';
import { useLoad } from '../../lib/use-load';
import { instantOf, localDateOf, nextStep } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import { useCaseSubmit } from './use-case-submit';

interface AddValues {
  kind: TaskKind;
  due: Dayjs;
  title: string;
  detail?: string;
  instrumentId?: string;
}

/** A step of the follow-up plan, due at a time on the federation's clock (the picker shows that clock). */
export function AddTaskModal({
  c,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useCasesTranslation();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const [form] = Form.useForm<AddValues>();
  const kind = Form.useWatch('kind', form);
  const offered = useLoad(
    () => loadOfferedInstruments(session.tenant.slug, langOf(i18n.language)),
    `offered|${i18n.language}`,
  );
  const soon = nextStep(new Date(Date.now() + 86_400_000), 30, zone);
  const s = useCaseSubmit(
    (v: AddValues) =>
      addTask(c.id, {
        kind: v.kind,
        dueAt: instantOf(v.due.format('YYYY-MM-DD'), v.due.format('HH:mm'), zone),
        title: v.title.trim(),
        ...(v.detail?.trim() ? { detail: v.detail.trim() } : {}),
        ...(v.kind === 'recheck' && v.instrumentId ? { instrumentId: v.instrumentId } : {}),
      }),
    onDone,
  );
  const today = dayjs(localDateOf(new Date(), zone));
  return (
    <FormModal<AddValues>
      title={t('tasks.addTitle', { number: c.number })}
      width={600}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ kind: 'call_back', due: dayjs(`${soon.date}T${soon.time}`) }}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph type="secondary">{t('tasks.addIntro')}</Typography.Paragraph>}
    >
      <Form.Item name="kind" label={t('tasks.kind')}>
        <Select options={taskKinds.map((k) => ({ value: k, label: t(`taskKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="due" label={t('tasks.due', { zone: t('page.zone') })} rules={[{ required: true }]}>
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          allowClear={false}
          disabledDate={(d) => d.isBefore(today, 'day')}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('tasks.titleField')}
        rules={[{ required: true, whitespace: true, message: t('tasks.titleRequired') }]}
      >
        <Input maxLength={200} placeholder={t(`tasks.titleHints.${kind ?? 'call_back'}`)} />
      </Form.Item>
      {kind === 'recheck' ? (
        <Form.Item
          name="instrumentId"
          label={t('tasks.recheckInstrument')}
          rules={[{ required: true, message: t('measures.pickInstrument') }]}
        >
          <Select
            loading={offered.loading}
            options={(offered.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="detail" label={t('common.optional', { label: t('tasks.detail') })}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

interface DoneValues {
  outcome?: string;
  followed?: 'yes' | 'no' | 'unknown';
}

/** Done, with what came of it; for a recommendation, whether the worker followed it. */
export function CompleteTaskModal({
  task,
  onClose,
  onDone,
}: {
  task: FollowUpTask;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useCasesTranslation();
  const [form] = Form.useForm<DoneValues>();
  const recommendation = recommendationKinds.has(task.kind);
  const s = useCaseSubmit(
    (v: DoneValues) =>
      changeTask(task.id, {
        status: 'done',
        ...(v.outcome?.trim() ? { outcome: v.outcome.trim() } : {}),
        ...(recommendation && v.followed && v.followed !== 'unknown'
          ? { followed: v.followed === 'yes' }
          : {}),
      }),
    onDone,
  );
  return (
    <FormModal<DoneValues>
      title={t('tasks.completeTitle', { title: task.title })}
      okText={t('tasks.complete')}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ followed: 'unknown' }}
      onFinish={(v) => void s.submit(v)}
    >
      {recommendation ? (
        <Form.Item name="followed" label={t('tasks.followed')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'yes', label: t('tasks.followedOptions.yes') },
              { value: 'no', label: t('tasks.followedOptions.no') },
              { value: 'unknown', label: t('tasks.followedOptions.unknown') },
            ]}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="outcome" label={t('common.optional', { label: t('tasks.outcome') })}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
