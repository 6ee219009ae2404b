import { Alert, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { loadTexts } from '../../lib/checkup-api';
import type { InstrumentText } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { TextDrawer } from './TextDrawer';
import { useTextColumns } from './text-columns';

const keyOf = (r: Pick<InstrumentText, 'instrumentId' | 'lang'>) => `${r.instrumentId}:${r.lang}`;

/** Every instrument text with its verification and review; a supervisor reads one and decides on it. */
export function InstrumentTextsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const review = can(session, 'instrument.review');
  const list = useLoad(loadTexts, 'texts');
  const [openKey, setOpenKey] = useState<string | null>(null);
  const columns = useTextColumns({
    review,
    timeZone: session.tenant.timeZone,
    onOpen: (r) => setOpenKey(keyOf(r)),
  });
  // The drawer follows the reloaded row, so a decision shows up in it as well as in the table.
  const open = list.data?.find((r) => keyOf(r) === openKey) ?? null;

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="instrument.read" />;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('instruments.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t('instruments.intro')}
      </Typography.Paragraph>
      <Alert
        type="info"
        showIcon
        title={t(review ? 'instruments.reviewerHint' : 'instruments.readOnly')}
        style={{ marginBottom: 16 }}
      />
      <Table<InstrumentText>
        rowKey={keyOf}
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.loading && !list.data}
        pagination={false}
        scroll={{ x: 1000 }}
      />
      {open ? (
        <TextDrawer text={open} review={review} onClose={() => setOpenKey(null)} onDecided={list.reload} />
      ) : null}
    </>
  );
}
