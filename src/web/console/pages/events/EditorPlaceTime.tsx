import {
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  TimePicker,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEventsTranslation } from '../../i18n/events-ns';
import { placeName } from '../../lib/counselling-api';
import type { PlaceKind } from '../../lib/event-form';
import type { ManagedServicePoint } from '../../lib/types';
import { RuleFields } from '../rosters/RuleFields';

const timeProps = { format: 'HH:mm', minuteStep: 5 as const, needConfirm: false, allowClear: false };

/**
 * Where and when: a service point and room, an enterprise site (address, coordinates if known) or an online
 * link; the day and times on the place's clock; and, for a new event, a series built with the roster's rule
 * builder up to an end date.
 */
export function EditorPlaceTime({
  points,
  zone,
  isNew,
}: {
  points: readonly ManagedServicePoint[];
  zone: string;
  isNew: boolean;
}) {
  const { t, i18n } = useEventsTranslation();
  const form = Form.useFormInstance();
  const placeKind = Form.useWatch<PlaceKind>('placeKind', form);
  const pointId = Form.useWatch<string | undefined>('servicePointId', form);
  const repeat = Form.useWatch<boolean | undefined>('repeat', form);
  const point = points.find((p) => p.id === pointId);
  const required = { required: true, message: t('common.required') };

  return (
    <>
      <Card title={t('editor.place')} size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="placeKind" label={t('editor.placeKind')}>
          <Radio.Group
            optionType="button"
            options={(['service_point', 'site', 'online'] as const).map((k) => ({
              value: k,
              label: t(`placeKinds.${k}`),
            }))}
            onChange={() => form.setFieldValue('roomId', undefined)}
          />
        </Form.Item>
        {placeKind === 'service_point' ? (
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item name="servicePointId" label={t('editor.servicePoint')} rules={[required]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  onChange={() => form.setFieldValue('roomId', undefined)}
                  options={points
                    .filter((p) => p.active)
                    .map((p) => ({ value: p.id, label: placeName(p, i18n.language) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="roomId" label={t('editor.room')}>
                <Select
                  allowClear
                  placeholder={t('editor.roomNone')}
                  options={(point?.rooms ?? [])
                    .filter((r) => r.active)
                    .map((r) => ({ value: r.id, label: placeName(r, i18n.language) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {placeKind === 'site' ? (
          <>
            <Row gutter={16}>
              <Col xs={24} md={10}>
                <Form.Item
                  name="siteName"
                  label={t('editor.siteName')}
                  rules={[required, { min: 2, message: t('editor.tooShort') }]}
                >
                  <Input maxLength={120} placeholder={t('editor.siteNameHint')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Form.Item
                  name="siteAddress"
                  label={t('editor.siteAddress')}
                  rules={[required, { min: 2, message: t('editor.tooShort') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={12} md={6}>
                <Form.Item name="latitude" label={t('editor.latitude')} extra={t('editor.coordinatesHint')}>
                  <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="longitude" label={t('editor.longitude')}>
                  <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </>
        ) : null}
        {placeKind === 'online' ? (
          <Form.Item
            name="onlineUrl"
            label={t('editor.onlineUrl')}
            extra={t('editor.onlineUrlHint')}
            rules={[required, { type: 'url', message: t('editor.badUrl') }]}
          >
            <Input maxLength={500} placeholder="https://" />
          </Form.Item>
        ) : null}
      </Card>
      <Card title={t('editor.when')} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" data-testid="editor-zone">
          {zone === 'Asia/Shanghai' ? t('editor.zoneShanghai') : t('editor.zoneOther', { zone })}
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="day" label={t('editor.day')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="start" label={t('editor.start')} rules={[required]}>
              <TimePicker {...timeProps} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="end"
              label={t('editor.end')}
              dependencies={['start']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, end?: Dayjs) => {
                    const start = getFieldValue('start') as Dayjs | undefined;
                    return !end || !start || end.format('HH:mm') > start.format('HH:mm')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('editor.problems.end_before_start')));
                  },
                }),
              ]}
            >
              <TimePicker {...timeProps} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {isNew ? (
          <>
            <Form.Item
              name="repeat"
              label={t('editor.repeat')}
              valuePropName="checked"
              extra={t('editor.repeatHint')}
            >
              <Switch />
            </Form.Item>
            {repeat ? (
              <div data-testid="series-fields">
                <RuleFields />
                <Form.Item name="until" label={t('editor.until')} rules={[required]}>
                  <DatePicker />
                </Form.Item>
              </div>
            ) : null}
          </>
        ) : null}
      </Card>
    </>
  );
}
