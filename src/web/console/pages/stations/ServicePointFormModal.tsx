import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Col,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  TimePicker,
  TreeSelect,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { placeName } from '../../lib/counselling-api';
import { buildOrgForest, orgOptions } from '../../lib/org-tree';
import { commonZones } from '../../lib/service-points';
import type { ManagedServicePoint, Organisation, ServicePointKind } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

const kinds: ServicePointKind[] = [
  'city_station',
  'district_station',
  'enterprise_station',
  'roadside_station',
  'remote',
];
const weekdays = [1, 2, 3, 4, 5, 6, 7];

interface HoursRow {
  weekdays: number[];
  hours: [Dayjs, Dayjs];
}

interface Values {
  organisationId?: string;
  kind: ServicePointKind;
  name: string;
  nameEn: string;
  address: string;
  addressEn?: string | null;
  phone?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  description?: string | null;
  descriptionEn?: string | null;
  accessibility?: string | null;
  accessibilityEn?: string | null;
  timeZone: string;
  openingHours: HoursRow[];
  minNoticeMinutes: number;
  maxAdvanceDays: number;
  cancelCutoffMinutes: number;
  maxOpenBookings: number;
  active: boolean;
}

const clock = (hhmm: string) => dayjs(`2000-01-01T${hhmm}`);
const text = (s?: string | null) => (s?.trim() ? s.trim() : null);

interface Props {
  /** The station to edit; none to open a new one under one of `organisations`. */
  point: ManagedServicePoint | null;
  organisations: Organisation[];
  onClose: () => void;
  onSaved: (p: ManagedServicePoint) => void;
}

/** A station's details, opening hours, accessibility, zone and booking rules, as workers will see them. */
export function ServicePointFormModal({ point, organisations, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const orgTree = useMemo(
    () => orgOptions(buildOrgForest(organisations), i18n.language),
    [organisations, i18n.language],
  );
  const zones = [...new Set([...(point ? [point.timeZone] : []), ...commonZones])];
  const required = { required: true, whitespace: true, message: t('stations.pointForm.required') };

  const { busy, error, submit } = useSubmit(
    (v: Values) => {
      const body = {
        kind: v.kind,
        name: v.name.trim(),
        nameEn: v.nameEn.trim(),
        address: v.address.trim(),
        addressEn: text(v.addressEn),
        phone: text(v.phone),
        latitude: v.latitude ?? null,
        longitude: v.longitude ?? null,
        description: text(v.description),
        descriptionEn: text(v.descriptionEn),
        accessibility: text(v.accessibility),
        accessibilityEn: text(v.accessibilityEn),
        timeZone: v.timeZone,
        openingHours: (v.openingHours ?? []).map((h) => ({
          weekdays: [...h.weekdays].sort((a, b) => a - b),
          opens: h.hours[0].format('HH:mm'),
          closes: h.hours[1].format('HH:mm'),
        })),
        minNoticeMinutes: v.minNoticeMinutes,
        maxAdvanceDays: v.maxAdvanceDays,
        cancelCutoffMinutes: v.cancelCutoffMinutes,
        maxOpenBookings: v.maxOpenBookings,
        active: v.active,
      };
      return point
        ? call<ManagedServicePoint>('PATCH', `/api/v1/managed-service-points/${point.id}`, body)
        : call<ManagedServicePoint>('POST', '/api/v1/managed-service-points', {
            organisationId: v.organisationId,
            ...body,
          });
    },
    {
      onDone: (saved) => {
        void message.success(t(point ? 'stations.pointForm.saved' : 'stations.pointForm.created'));
        onSaved(saved);
      },
    },
  );

  const initial: Partial<Values> = point
    ? {
        ...point,
        ...point.policy,
        openingHours: point.openingHours.map((h) => ({
          weekdays: h.weekdays,
          hours: [clock(h.opens), clock(h.closes)],
        })),
      }
    : {
        kind: 'district_station',
        timeZone: 'Asia/Shanghai',
        openingHours: [{ weekdays: [1, 2, 3, 4, 5], hours: [clock('09:00'), clock('17:30')] }],
        minNoticeMinutes: 120,
        maxAdvanceDays: 28,
        cancelCutoffMinutes: 120,
        maxOpenBookings: 2,
        active: true,
        organisationId: organisations.length === 1 ? organisations[0]?.id : undefined,
      };
  const coordinateRule = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: (_: unknown, value?: number | null) =>
      getFieldValue('kind') === 'remote' || (value !== null && value !== undefined)
        ? Promise.resolve()
        : Promise.reject(new Error(t('stations.pointForm.coordinatesRequired'))),
  });

  return (
    <FormModal<Values>
      title={
        point
          ? t('stations.pointForm.editTitle', { name: placeName(point, i18n.language) })
          : t('stations.pointForm.createTitle')
      }
      okText={t(point ? 'common.save' : 'common.create')}
      width={880}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="service-point"
      initialValues={initial}
      onFinish={submit}
    >
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        {t('stations.pointForm.basics')}
      </Divider>
      {point ? null : (
        <Form.Item
          name="organisationId"
          label={t('stations.pointForm.organisation')}
          rules={[{ required: true, message: t('stations.pointForm.organisationRequired') }]}
        >
          <TreeSelect treeData={orgTree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label={t('stations.pointForm.kind')}>
            <Select options={kinds.map((k) => ({ value: k, label: t(`counselling.pointKinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="name" label={t('stations.pointForm.name')} rules={[required, { min: 2, max: 80 }]}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="nameEn"
            label={t('stations.pointForm.nameEn')}
            rules={[required, { min: 2, max: 120 }]}
          >
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="address"
            label={t('stations.pointForm.address')}
            rules={[required, { min: 2, max: 200 }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="addressEn" label={t('stations.pointForm.addressEn')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="phone" label={t('stations.pointForm.phone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="latitude"
            label={t('stations.pointForm.latitude')}
            dependencies={['kind']}
            rules={[coordinateRule]}
          >
            <InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="longitude"
            label={t('stations.pointForm.longitude')}
            dependencies={['kind']}
            rules={[coordinateRule]}
          >
            <InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <p style={{ marginTop: -12, color: 'rgba(0, 0, 0, 0.45)' }}>
        {kind === 'remote' ? null : t('stations.pointForm.coordinatesHint')}
      </p>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="description" label={t('stations.pointForm.description')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="descriptionEn" label={t('stations.pointForm.descriptionEn')}>
            <Input.TextArea rows={3} maxLength={3000} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('stations.pointForm.hours')}</Divider>
      <Form.List name="openingHours">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={12} align="start" wrap>
                <Form.Item
                  name={[field.name, 'weekdays']}
                  rules={[
                    { required: true, type: 'array', min: 1, message: t('stations.pointForm.hoursRequired') },
                  ]}
                >
                  <Checkbox.Group
                    options={weekdays.map((d) => ({ value: d, label: t(`counselling.weekdays.${d}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'hours']}
                  rules={[{ required: true, message: t('stations.pointForm.hoursRequired') }]}
                >
                  <TimePicker.RangePicker format="HH:mm" minuteStep={5} needConfirm={false} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('stations.pointForm.removeHours')}
                  title={t('stations.pointForm.removeHours')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ weekdays: [6], hours: [clock('09:00'), clock('12:00')] })}
            >
              {t('stations.pointForm.addHours')}
            </Button>
          </>
        )}
      </Form.List>

      <Divider titlePlacement="start">{t('stations.pointForm.accessibility')}</Divider>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="accessibility" label={t('stations.pointForm.accessibility')}>
            <Input.TextArea
              rows={2}
              maxLength={1000}
              placeholder={t('stations.pointForm.accessibilityPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="accessibilityEn" label={t('stations.pointForm.accessibilityEn')}>
            <Input.TextArea rows={2} maxLength={1500} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('stations.pointForm.policy')}</Divider>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item
            name="minNoticeMinutes"
            label={t('stations.pointForm.minNotice')}
            rules={[{ required: true }]}
          >
            <InputNumber
              min={0}
              max={10080}
              step={30}
              suffix={t('counselling.minutes')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="maxAdvanceDays"
            label={t('stations.pointForm.maxAdvance')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={180} suffix={t('counselling.days')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="cancelCutoffMinutes"
            label={t('stations.pointForm.cancelCutoff')}
            rules={[{ required: true }]}
          >
            <InputNumber
              min={0}
              max={10080}
              step={30}
              suffix={t('counselling.minutes')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="maxOpenBookings"
            label={t('stations.pointForm.maxOpen')}
            rules={[{ required: true }]}
          >
            <InputNumber
              min={1}
              max={20}
              suffix={t('stations.pointForm.maxOpenSuffix')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="timeZone"
            label={t('stations.pointForm.timeZone')}
            extra={t('stations.pointForm.timeZoneHint')}
          >
            <Select options={zones.map((z) => ({ value: z, label: z }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="active"
            label={t('stations.pointForm.active')}
            valuePropName="checked"
            extra={t('stations.pointForm.activeHint')}
            style={{ marginBottom: 0 }}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
