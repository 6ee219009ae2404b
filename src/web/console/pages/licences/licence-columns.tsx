import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time';
import type { InstrumentLicence } from '../../lib/types';

interface Options {
  manage: boolean;
  timeZone: string;
  busyId: string | null;
  onRecord: (l: InstrumentLicence) => void;
  onWithdraw: (l: InstrumentLicence) => void;
}

const ruleColour: Record<InstrumentLicence['rule'], string> = {
  free: 'green',
  permission_required: 'volcano',
  permission_required_if_commercial: 'gold',
};

export function useLicenceColumns({
  manage,
  timeZone,
  busyId,
  onRecord,
  onWithdraw,
}: Options): ColumnsType<InstrumentLicence> {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const columns: ColumnsType<InstrumentLicence> = [
    {
      title: t('licences.instrument'),
      key: 'name',
      width: 280,
      render: (_, l) => (
        <Flex vertical>
          <Typography.Text strong>{l.name[ui]}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l.shortName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('licences.rule'),
      dataIndex: 'rule',
      width: 190,
      render: (rule: InstrumentLicence['rule']) => (
        <Tag color={ruleColour[rule]}>{t(`licences.rules.${rule}`)}</Tag>
      ),
    },
    {
      title: t('licences.needed'),
      dataIndex: 'permissionNeeded',
      width: 130,
      render: (needed: boolean) =>
        needed ? <Tag color="volcano">{t('licences.neededYes')}</Tag> : <Tag>{t('licences.neededNo')}</Tag>,
    },
    {
      title: t('licences.permission'),
      key: 'permission',
      render: (_, l) =>
        l.permission ? (
          <Flex vertical gap={2}>
            <Typography.Text>{l.permission.reference}</Typography.Text>
            {l.permission.note ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.permission.note}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('licences.grantedAt', { time: formatDateTime(l.permission.grantedAt, timeZone) })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type={l.permissionNeeded ? 'danger' : 'secondary'}>
            {t(
              l.permissionNeeded
                ? 'licences.missingBlocks'
                : l.rule === 'free'
                  ? 'licences.notApplicable'
                  : 'licences.missing',
            )}
          </Typography.Text>
        ),
    },
  ];
  if (!manage) return columns;
  return [
    ...columns,
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, l) => (
        <Flex gap={4} wrap>
          {/* A free instrument asks for no permission: nothing to record unless one was (by mistake) recorded. */}
          {l.rule === 'free' && !l.permission ? null : (
            <Button
              size="small"
              type={l.permissionNeeded && !l.permission ? 'primary' : 'default'}
              onClick={() => onRecord(l)}
            >
              {t(l.permission ? 'licences.update' : 'licences.record')}
            </Button>
          )}
          {l.permission ? (
            <Popconfirm
              title={t('licences.withdrawConfirm', { name: l.shortName })}
              okText={t('licences.withdraw')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => onWithdraw(l)}
            >
              <Button size="small" danger loading={busyId === l.instrumentId}>
                {t('licences.withdraw')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ),
    },
  ];
}
