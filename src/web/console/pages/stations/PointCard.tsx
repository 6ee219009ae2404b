import { EditOutlined, PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { placeName } from '../../lib/counselling-api';
import { errorText } from '../../lib/errors';
import { hoursLabel } from '../../lib/service-points';
import type { CheckInPoster, ManagedRoom, ManagedServicePoint } from '../../lib/types';
import { CheckInPosterModal } from './CheckInPosterModal';
import { RoomModal } from './RoomModal';

interface Props {
  point: ManagedServicePoint;
  canEdit: boolean;
  onEdit: () => void;
  onChanged: () => void;
}

/** One station as workers will find it: address, hours, accessibility, booking rules, and its rooms. */
export function PointCard({ point, canEdit, onEdit, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const en = lang === 'en';
  const { message, modal } = App.useApp();
  const [room, setRoom] = useState<ManagedRoom | 'new' | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [poster, setPoster] = useState<CheckInPoster | null>(null);

  // A new code replaces the old one at once: the printed poster stops working, so ask first.
  const renewPoster = () =>
    modal.confirm({
      title: t('stations.checkIn.confirmTitle'),
      content: t('stations.checkIn.confirmBody'),
      okText: t('stations.checkIn.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setPoster(
            await call<CheckInPoster>('POST', `/api/v1/managed-service-points/${point.id}/check-in-code`),
          );
        } catch (e) {
          void message.error(errorText(t, e));
        }
      },
    });

  const setRoomActive = async (r: ManagedRoom, active: boolean) => {
    setBusyId(r.id);
    try {
      await call('PATCH', `/api/v1/service-rooms/${r.id}`, { active });
      void message.success(t('stations.roomSaved'));
      onChanged();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusyId(null);
    }
  };

  const address = en ? (point.addressEn ?? point.address) : point.address;
  const accessibility = en ? (point.accessibilityEn ?? point.accessibility) : point.accessibility;
  return (
    <Card
      data-testid="service-point"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{placeName(point, lang)}</span>
          <Tag style={{ fontWeight: 'normal' }}>{t(`counselling.pointKinds.${point.kind}`)}</Tag>
          <Tag color={point.active ? 'green' : 'default'} style={{ fontWeight: 'normal' }}>
            {t(point.active ? 'stations.open' : 'stations.closed')}
          </Tag>
        </Flex>
      }
      extra={
        canEdit ? (
          <Flex gap={8}>
            {/* A line without a place has nowhere to arrive at. */}
            {point.kind !== 'remote' ? (
              <Button icon={<QrcodeOutlined />} onClick={renewPoster}>
                {t('stations.checkIn.button')}
              </Button>
            ) : null}
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('stations.editPoint')}
            </Button>
          </Flex>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={2}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'address', label: t('stations.address'), children: address },
          { key: 'phone', label: t('stations.phone'), children: point.phone ?? '—' },
          {
            key: 'hours',
            label: t('stations.hours'),
            children: point.openingHours.length
              ? hoursLabel(point.openingHours, lang)
              : t('stations.noHours'),
          },
          { key: 'zone', label: t('stations.timeZone'), children: point.timeZone },
          {
            key: 'access',
            label: t('stations.accessibility'),
            children: accessibility ?? '—',
            span: 'filled',
          },
          {
            key: 'policy',
            label: t('stations.policy'),
            span: 'filled',
            children: t('stations.policyLine', {
              notice: point.policy.minNoticeMinutes,
              advance: point.policy.maxAdvanceDays,
              cutoff: point.policy.cancelCutoffMinutes,
              max: point.policy.maxOpenBookings,
            }),
          },
        ]}
      />
      <Flex justify="space-between" align="center" style={{ margin: '12px 0 8px' }}>
        <Typography.Text strong>{t('stations.rooms')}</Typography.Text>
        {canEdit ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRoom('new')}>
            {t('stations.addRoom')}
          </Button>
        ) : null}
      </Flex>
      <Table<ManagedRoom>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={point.rooms}
        locale={{ emptyText: t('stations.noRooms') }}
        columns={[
          { title: t('stations.roomName'), key: 'name', render: (_, r) => placeName(r, lang) },
          {
            title: t('stations.roomForm.kind'),
            dataIndex: 'kind',
            width: 160,
            render: (k: ManagedRoom['kind']) => t(`counselling.roomKinds.${k}`),
          },
          {
            title: t('stations.roomStatus'),
            dataIndex: 'active',
            width: 110,
            render: (active: boolean) => (
              <Tag color={active ? 'green' : 'default'}>
                {t(active ? 'stations.roomInUse' : 'stations.roomOff')}
              </Tag>
            ),
          },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 200,
                  render: (_: unknown, r: ManagedRoom) => (
                    <Flex gap={4}>
                      <Button size="small" onClick={() => setRoom(r)}>
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="small"
                        loading={busyId === r.id}
                        onClick={() => void setRoomActive(r, !r.active)}
                      >
                        {t(r.active ? 'stations.disableRoom' : 'stations.enableRoom')}
                      </Button>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {poster ? <CheckInPosterModal point={point} poster={poster} onClose={() => setPoster(null)} /> : null}
      {room ? (
        <RoomModal
          pointId={point.id}
          room={room === 'new' ? null : room}
          onClose={() => setRoom(null)}
          onSaved={() => {
            setRoom(null);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
