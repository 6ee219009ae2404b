import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstrumentForm } from '../../lib/types';

type Option = InstrumentForm['items'][number]['options'][number];

const optionKey = (options: Option[]) => options.map((o) => `${o.value}:${o.label}`).join('|');

function Options({ options }: { options: Option[] }) {
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {options.map((o) => (
        <Tag key={o.value} style={{ marginInlineEnd: 0 }}>
          {o.label} <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>({o.value})</span>
        </Tag>
      ))}
    </span>
  );
}

/**
 * One text as the worker gets it: timeframe, instructions, every item and its options (with the value each
 * scores, so reversed items can be checked). Options shared by all items are shown once.
 */
export function FormText({ form }: { form: InstrumentForm }) {
  const { t } = useTranslation();
  const first = form.items[0]?.options ?? [];
  const shared = form.items.every((i) => optionKey(i.options) === optionKey(first));
  const heading = (key: string) => (
    <Typography.Title level={5} style={{ marginTop: 16 }}>
      {t(key)}
    </Typography.Title>
  );

  return (
    <div>
      {heading('instruments.timeframe')}
      <Typography.Paragraph type={form.timeframe ? undefined : 'secondary'}>
        {form.timeframe ?? t('instruments.noTimeframe')}
      </Typography.Paragraph>
      {heading('instruments.instructions')}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{form.instructions}</Typography.Paragraph>
      {shared ? (
        <>
          {heading('instruments.options')}
          <Options options={first} />
        </>
      ) : null}
      {heading('instruments.items')}
      <ol style={{ paddingInlineStart: 24, margin: 0 }}>
        {form.items.map((item) => (
          <li key={item.n} style={{ marginBottom: 10, lineHeight: 1.7 }}>
            <span style={{ fontSize: 15 }}>{item.text}</span>
            {item.critical ? (
              <Tooltip title={t('instruments.criticalHint')}>
                <Tag color="red" style={{ marginInlineStart: 8, cursor: 'help' }}>
                  {t('instruments.critical')}
                </Tag>
              </Tooltip>
            ) : null}
            {shared ? null : (
              <div style={{ marginTop: 4 }}>
                <Options options={item.options} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
