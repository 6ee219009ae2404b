import { Checkbox, DatePicker, Flex, Form, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { nthChoices, type RuleFreq, ruleFreqs } from '../../lib/roster-rule';

const weekdayNumbers = [1, 2, 3, 4, 5, 6, 7];
const monthDays = Array.from({ length: 31 }, (_, i) => i + 1);

/**
 * The rule part of the roster form: how often (weekly on some weekdays, every N weeks; the 1st–5th or last
 * weekday of the month, several at once; days of the month; once) and its choices.
 */
export function RuleFields() {
  const { t } = useTranslation();
  const freq = Form.useWatch<RuleFreq>('freq', Form.useFormInstance());
  const weekdayOptions = weekdayNumbers.map((d) => ({ value: d, label: t(`counselling.weekdays.${d}`) }));
  const required = (problem: 'weekdays' | 'nths' | 'days') => ({
    validator: (_: unknown, value?: number[]) =>
      value?.length ? Promise.resolve() : Promise.reject(new Error(t(`rosters.ruleProblems.${problem}`))),
  });

  return (
    <>
      <Form.Item name="freq" label={t('rosters.form.freq')}>
        <Radio.Group
          optionType="button"
          options={ruleFreqs.map((f) => ({ value: f, label: t(`rosters.form.freqs.${f}`) }))}
        />
      </Form.Item>
      {freq === 'weekly' ? (
        <Flex gap={24} wrap>
          <Form.Item name="weekdays" label={t('rosters.form.weekdays')} rules={[required('weekdays')]}>
            <Checkbox.Group options={weekdayOptions} />
          </Form.Item>
          <Form.Item label={t('rosters.form.every')} extra={t('rosters.form.everyHint')}>
            <Flex gap={8} align="center">
              <Form.Item name="intervalWeeks" noStyle>
                <InputNumber min={1} max={8} style={{ width: 72 }} aria-label={t('rosters.form.every')} />
              </Form.Item>
              <span>{t('rosters.form.weeksSuffix')}</span>
            </Flex>
          </Form.Item>
        </Flex>
      ) : null}
      {freq === 'monthly_nth' ? (
        <Flex gap={24} wrap>
          <Form.Item name="nths" label={t('rosters.form.nths')} rules={[required('nths')]}>
            <Checkbox.Group
              options={nthChoices.map((n) => ({
                value: n,
                label: n === -1 ? t('rosters.form.last') : t('rosters.form.nth', { n }),
              }))}
            />
          </Form.Item>
          <Form.Item name="weekday" label={t('rosters.form.weekday')}>
            <Select options={weekdayOptions} style={{ width: 110 }} />
          </Form.Item>
        </Flex>
      ) : null}
      {freq === 'monthly_day' ? (
        <Form.Item
          name="days"
          label={t('rosters.form.monthDays')}
          extra={t('rosters.form.monthDaysHint')}
          rules={[required('days')]}
        >
          <Select
            mode="multiple"
            allowClear
            options={monthDays.map((d) => ({ value: d, label: t('rosters.form.monthDay', { day: d }) }))}
          />
        </Form.Item>
      ) : null}
      {freq === 'once' ? (
        <Form.Item
          name="date"
          label={t('rosters.form.date')}
          rules={[{ required: true, message: t('rosters.ruleProblems.date') }]}
        >
          <DatePicker />
        </Form.Item>
      ) : null}
    </>
  );
}
