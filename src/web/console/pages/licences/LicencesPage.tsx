import { Alert, App, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import type { InstrumentLicence, LicenceList } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { CommercialUseCard } from './CommercialUseCard';
import { useLicenceColumns } from './licence-columns';
import { PermissionModal } from './PermissionModal';

/** Each instrument's licence rule and notice, the permissions recorded, and the commercial-use setting. */
export function LicencesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const manage = can(session, 'instrument.licence');
  const list = useLoad(() => call<LicenceList>('GET', '/api/v1/instrument-licences'), 'licences');
  const [recording, setRecording] = useState<InstrumentLicence | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const withdraw = async (l: InstrumentLicence) => {
    setBusyId(l.instrumentId);
    try {
      await call('DELETE', `/api/v1/instrument-licences/${encodeURIComponent(l.instrumentId)}`);
      void message.success(t('licences.withdrawn'));
      list.reload();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusyId(null);
    }
  };
  const columns = useLicenceColumns({
    manage,
    timeZone: session.tenant.timeZone,
    busyId,
    onRecord: setRecording,
    onWithdraw: (l) => void withdraw(l),
  });

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="instrument.read" />;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('licences.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t('licences.intro')}
      </Typography.Paragraph>
      {manage ? null : (
        <Alert type="info" showIcon title={t('licences.readOnly')} style={{ marginBottom: 16 }} />
      )}
      {list.data ? (
        <CommercialUseCard commercialUse={list.data.commercialUse} manage={manage} onChanged={list.reload} />
      ) : null}
      <Table<InstrumentLicence>
        rowKey="instrumentId"
        size="middle"
        columns={columns}
        dataSource={list.data?.instruments ?? []}
        loading={list.loading && !list.data}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{
          columnTitle: t('licences.notice'),
          columnWidth: 110,
          // At the end of the row: the notice is reference material, read after the rule and the permission.
          expandIconColumnIndex: columns.length,
          expandIcon: ({ expanded, onExpand, record }) => (
            <Button type="link" size="small" onClick={(e) => onExpand(record, e)}>
              {t(expanded ? 'licences.hideNotice' : 'licences.showNotice')}
            </Button>
          ),
          expandedRowRender: (l) => (
            <div style={{ maxWidth: 960 }}>
              <Typography.Text type="secondary">{t('licences.noticeOriginal')}</Typography.Text>
              <Typography.Paragraph lang="en" style={{ margin: '4px 0 0' }}>
                {l.notice}
              </Typography.Paragraph>
            </div>
          ),
        }}
      />
      {recording ? (
        <PermissionModal
          licence={recording}
          name={recording.name[i18n.language === 'en' ? 'en' : 'zh-CN']}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}
