import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { type WordingRow, wordingRows } from '../../lib/instruments';
import type { InstrumentForm } from '../../lib/types';

const differs = (r: WordingRow) => ({ style: r.differs ? { background: '#fff4e0' } : {} });

/** Wording A beside wording B, part by part, with the differences shaded. */
export function WordingCompare({
  a,
  b,
  shown,
}: {
  a: InstrumentForm;
  b: InstrumentForm;
  /** The wording workers see now, if any. */
  shown: 'A' | 'B' | null;
}) {
  const { t } = useTranslation();
  const header = (v: 'A' | 'B') => (
    <span>
      {t(`instruments.wording${v}`)}
      {shown === v ? (
        <Tag color="green" style={{ marginInlineStart: 8 }}>
          {t('instruments.shownNow')}
        </Tag>
      ) : null}
    </span>
  );
  const partLabel = (r: WordingRow) => {
    if (r.part === 'item') return t('instruments.itemN', { n: r.n });
    if (r.part === 'options' && r.n !== undefined) return t('instruments.optionsOf', { n: r.n });
    return t(`instruments.${r.part}`);
  };
  const columns: ColumnsType<WordingRow> = [
    { title: t('instruments.part'), key: 'part', width: 110, render: (_, r) => partLabel(r) },
    { title: header('A'), dataIndex: 'a', onCell: differs },
    { title: header('B'), dataIndex: 'b', onCell: differs },
  ];
  return (
    <Table<WordingRow>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={wordingRows(a, b)}
      style={{ marginTop: 16 }}
    />
  );
}
