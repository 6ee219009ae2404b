import { AutoComplete, Button, Checkbox, DatePicker, Form, Input, Select, Tooltip } from 'antd';
import type { ComponentProps } from 'react';
import { dayEnd, dayStart } from '../../../../core/time';
import { BREAK_GLASS_ACTION } from '../../lib/audit-marks';
import type { AuditOutcome } from '../../lib/types';
import { useCareTranslation } from '../../live/texts';

type RangeValue = NonNullable<ComponentProps<typeof DatePicker.RangePicker>['value']>;

export interface AuditFilter {
  action?: string;
  actor?: string;
  outcome?: AuditOutcome;
  objectType?: string;
  objectId?: string;
  range?: RangeValue;
  /** Only emergency access to a case (break-glass grants). */
  breakGlass?: boolean;
}

const actionPrefixes = [
  'auth.',
  'auth.sign_in',
  'user.',
  'organisation.',
  'tenant.',
  'audit.',
  'access.',
  'alert.',
  'case.',
  'care.',
];

/** Filter values as API parameters; whole days are taken in the tenant's zone. */
export function filterParams(f: AuditFilter, timeZone: string) {
  const [from, to] = f.range ?? [];
  return {
    action: f.breakGlass ? BREAK_GLASS_ACTION : f.action?.trim(),
    actor: f.actor?.trim(),
    outcome: f.outcome,
    objectType: f.objectType?.trim(),
    objectId: f.objectId?.trim(),
    from: from ? dayStart(from.format('YYYY-MM-DD'), timeZone).toISOString() : undefined,
    to: to ? dayEnd(to.format('YYYY-MM-DD'), timeZone).toISOString() : undefined,
  };
}

export function AuditFilters({ onChange }: { onChange: (f: AuditFilter) => void }) {
  const { t } = useCareTranslation();
  const [form] = Form.useForm<AuditFilter>();
  const outcomes: AuditOutcome[] = ['success', 'denied', 'failure'];

  return (
    <Form<AuditFilter>
      form={form}
      layout="inline"
      name="audit-filter"
      onFinish={onChange}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="action" label={t('audit.action')}>
        <AutoComplete
          options={actionPrefixes.map((value) => ({ value }))}
          placeholder={t('audit.actionPlaceholder')}
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input placeholder={t('audit.actorPlaceholder')} style={{ width: 140 }} allowClear />
      </Form.Item>
      <Form.Item name="outcome" label={t('audit.outcome')}>
        <Select
          allowClear
          placeholder={t('audit.any')}
          style={{ width: 110 }}
          options={outcomes.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
        />
      </Form.Item>
      <Form.Item name="objectType" label={t('audit.objectType')}>
        <Input placeholder="user" style={{ width: 110 }} allowClear />
      </Form.Item>
      <Form.Item name="objectId" label={t('audit.objectId')}>
        <Input style={{ width: 150 }} allowClear />
      </Form.Item>
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item name="breakGlass" valuePropName="checked">
        <Checkbox data-testid="break-glass-only">
          <Tooltip title={t('audit.breakGlassHint')}>
            <span>{t('audit.breakGlassOnly')}</span>
          </Tooltip>
        </Checkbox>
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
