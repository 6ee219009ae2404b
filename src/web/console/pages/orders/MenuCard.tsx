import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorText } from '../../lib/errors';
import { type MenuItem, ordersApi } from '../../lib/order-api';
import { useLoad } from '../../lib/use-load';
import { useOrdersTranslation } from './orders-ns';

const menuKinds = [
  'lecture',
  'group_counselling',
  'healing_workshop',
  'enterprise_counselling_day',
  'checkup_campaign',
  'sand_painting',
  'sandplay_group',
  'parent_child',
  'roadside_station',
  'online_live',
];

type Draft = Omit<MenuItem, 'id'>;

/** 服务菜单: the services the federation offers to deliver, kept by its administrators. */
export function MenuCard() {
  const { t, i18n } = useOrdersTranslation();
  const { message } = App.useApp();
  const menu = useLoad(() => ordersApi.menu(true), 'menu');
  const [editing, setEditing] = useState<MenuItem | 'new' | null>(null);
  const [form] = Form.useForm<Draft>();
  const zh = i18n.language.startsWith('zh');

  const save = async () => {
    const v = await form.validateFields();
    try {
      const existing = editing === 'new' ? null : editing;
      await ordersApi.saveMenuItem({ ...v, topics: existing?.topics ?? [] }, existing?.id);
      void message.success(t('menu.saved'));
      setEditing(null);
      menu.reload();
    } catch (e) {
      void message.error(errorText(t, e));
    }
  };

  return (
    <Card
      size="small"
      title={t('menu.title')}
      style={{ marginTop: 24 }}
      extra={<Button onClick={() => setEditing('new')}>{t('menu.add')}</Button>}
    >
      <Table<MenuItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={menu.data ?? []}
        loading={menu.loading && !menu.data}
        columns={[
          { title: t('menu.titleZh'), key: 'title', render: (_, m) => (zh ? m.title : m.titleEn) },
          {
            title: t('menu.kind'),
            key: 'kind',
            render: (_, m) => t(`kinds.${m.kind}`, { defaultValue: m.kind }),
          },
          { title: t('menu.duration'), dataIndex: 'durationMinutes', key: 'd' },
          { title: t('menu.maxHeadcount'), dataIndex: 'maxHeadcount', key: 'm' },
          {
            title: t('menu.active'),
            key: 'active',
            render: (_, m) => (
              <Tag color={m.active ? 'green' : 'default'}>
                {t(m.active ? 'menu.active' : 'menu.withdrawn')}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'edit',
            render: (_, m) => (
              <Button size="small" onClick={() => setEditing(m)}>
                {t('menu.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <Modal
          open
          title={editing === 'new' ? t('menu.add') : t('menu.edit')}
          onOk={() => void save()}
          onCancel={() => setEditing(null)}
          destroyOnHidden
        >
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={
              editing === 'new'
                ? {
                    kind: 'lecture',
                    durationMinutes: 90,
                    maxHeadcount: 100,
                    active: true,
                    description: '',
                    descriptionEn: '',
                  }
                : editing
            }
          >
            <Form.Item name="kind" label={t('menu.kind')} rules={[{ required: true }]}>
              <Select options={menuKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="title" label={t('menu.titleZh')} rules={[{ required: true }]}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="titleEn" label={t('menu.titleEn')} rules={[{ required: true }]}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="description" label={t('menu.descriptionZh')}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
            <Form.Item name="descriptionEn" label={t('menu.descriptionEn')}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
            <Form.Item name="durationMinutes" label={t('menu.duration')} rules={[{ required: true }]}>
              <InputNumber min={15} max={1440} />
            </Form.Item>
            <Form.Item name="maxHeadcount" label={t('menu.maxHeadcount')} rules={[{ required: true }]}>
              <InputNumber min={1} max={5000} />
            </Form.Item>
            <Form.Item name="active" label={t('menu.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </Card>
  );
}
