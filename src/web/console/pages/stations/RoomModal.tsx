import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import type { ManagedRoom, RoomKind } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

interface Values {
  kind: RoomKind;
  name: string;
  nameEn: string;
}

const kinds: RoomKind[] = ['consulting', 'sandplay', 'group'];

/** A new room at a station, or a room's new name or kind. */
export function RoomModal({
  pointId,
  room,
  onClose,
  onSaved,
}: {
  pointId: string;
  room: ManagedRoom | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit(
    (v: Values) => {
      const body = { kind: v.kind, name: v.name.trim(), nameEn: v.nameEn.trim() };
      return room
        ? call('PATCH', `/api/v1/service-rooms/${room.id}`, body)
        : call('POST', `/api/v1/managed-service-points/${pointId}/rooms`, body);
    },
    {
      onDone: () => {
        void message.success(t('stations.roomSaved'));
        onSaved();
      },
    },
  );
  const required = { required: true, whitespace: true, message: t('stations.roomForm.nameRequired') };
  return (
    <FormModal<Values>
      title={t(room ? 'stations.roomForm.editTitle' : 'stations.roomForm.createTitle')}
      width={520}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="room"
      initialValues={room ?? { kind: 'consulting' }}
      onFinish={submit}
    >
      <Form.Item name="kind" label={t('stations.roomForm.kind')}>
        <Radio.Group
          optionType="button"
          options={kinds.map((k) => ({ value: k, label: t(`counselling.roomKinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('stations.roomForm.name')} rules={[required]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('stations.roomForm.nameEn')}
        rules={[required]}
        style={{ marginBottom: 0 }}
      >
        <Input maxLength={80} />
      </Form.Item>
    </FormModal>
  );
}
