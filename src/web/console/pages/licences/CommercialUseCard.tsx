import { App, Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';

interface Props {
  commercialUse: boolean;
  manage: boolean;
  onChanged: () => void;
}

/**
 * Whether the federation's use is commercial, which decides whether WHO-5 needs the WHO's permission. Turning
 * it on can take WHO-5, and with it the default check-up, away from workers at once, so it asks first.
 */
export function CommercialUseCard({ commercialUse, manage, onChanged }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const change = (next: boolean) =>
    modal.confirm({
      title: t(next ? 'licences.confirmOn' : 'licences.confirmOff'),
      content: t(next ? 'licences.confirmOnEffect' : 'licences.confirmOffEffect'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: next },
      onOk: async () => {
        setBusy(true);
        try {
          await call('PATCH', '/api/v1/instrument-licences', { commercialUse: next });
          void message.success(t('licences.changed'));
          onChanged();
        } catch (e) {
          void message.error(errorText(t, e));
        } finally {
          setBusy(false);
        }
      },
    });

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={16} align="start">
        <Flex gap={8} align="center" style={{ flexShrink: 0, paddingTop: 2 }}>
          <Switch
            id="commercial-use"
            checked={commercialUse}
            disabled={!manage}
            loading={busy}
            checkedChildren={t('licences.commercialOn')}
            unCheckedChildren={t('licences.commercialOff')}
            onChange={change}
          />
          <label htmlFor="commercial-use" style={{ fontWeight: 600 }}>
            {t('licences.commercialTitle')}
          </label>
        </Flex>
        <div>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t(commercialUse ? 'licences.commercialNow' : 'licences.notCommercialNow')}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('licences.commercialExplain')}
          </Typography.Paragraph>
        </div>
      </Flex>
    </Card>
  );
}
