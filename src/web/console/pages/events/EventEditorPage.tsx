import './events.css';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { eventKinds } from '../../../../core/events/kinds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useEventsTranslation } from '../../i18n/events-ns';
import { loadServicePoints } from '../../lib/counselling-api';
import { errorText, hasCode } from '../../lib/errors';
import {
  createManagedEvents,
  loadEventHosts,
  loadManagedEvent,
  updateManagedEvent,
} from '../../lib/event-api';
import {
  type EditorValues,
  editorProblems,
  type HostClash,
  hostClashes,
  inputFromValues,
  onlyDuty,
  patchFromValues,
  valuesFromEvent,
} from '../../lib/event-form';
import type { EventHostChoice, ManagedEvent } from '../../lib/event-types';
import { formatShort } from '../../lib/format-time';
import { loadOrganisations } from '../../lib/organisations';
import type { ManagedServicePoint, Organisation } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { localDateOf } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import { EditorPlaceTime } from './EditorPlaceTime';
import { EditorHosts, EditorRegistration } from './EditorRegistration';
import { editorValuesOf, type FormValues, formValuesOf } from './editor-values';

interface Loaded {
  event: ManagedEvent | null;
  points: ManagedServicePoint[];
  organisations: Organisation[];
  hosts: EventHostChoice[];
}

/** 新建活动 and 编辑活动: loads what the form offers (stations, organisations, hosts), then the form. */
export function EventEditorPage() {
  const { id } = useParams();
  const loaded = useLoad<Loaded>(async () => {
    const [event, points, organisations, hosts] = await Promise.all([
      id ? loadManagedEvent(id) : Promise.resolve(null),
      loadServicePoints().catch(() => [] as ManagedServicePoint[]),
      loadOrganisations(),
      loadEventHosts(),
    ]);
    return { event, points, organisations, hosts };
  }, id ?? 'new');
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} action="event.manage" />;
  if (!loaded.data) return <Loading />;
  return <EventEditor key={id ?? 'new'} {...loaded.data} />;
}

function freshValues(
  session: ReturnType<typeof useCurrentSession>,
  points: ManagedServicePoint[],
): EditorValues {
  const tomorrow = localDateOf(new Date(Date.now() + 86_400_000), session.tenant.timeZone);
  return {
    kind: 'lecture',
    title: '',
    titleEn: '',
    description: '',
    descriptionEn: '',
    organisationId: session.user.organisationId,
    placeKind: points.some((p) => p.active) ? 'service_point' : 'site',
    servicePointId: points.length === 1 ? points[0]?.id : undefined,
    date: tomorrow,
    startTime: '14:00',
    endTime: '16:00',
    capacity: 30,
    audiences: [],
    visibility: 'open',
    hosts: [{ type: 'counsellor', userId: '' }],
    repeat: false,
  };
}

function EventEditor({ event, points, organisations, hosts }: Loaded) {
  const { t, i18n } = useEventsTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [clashes, setClashes] = useState<HostClash[] | null>(null);
  const placeKind = Form.useWatch('placeKind', form);
  const pointId = Form.useWatch('servicePointId', form);
  const point = points.find((p) => p.id === pointId);
  // Times are entered on the place's clock: the station's zone, else the event's own or the federation's.
  const zone =
    placeKind === 'service_point' && point ? point.timeZone : (event?.timeZone ?? session.tenant.timeZone);
  const initial = formValuesOf(event ? valuesFromEvent(event) : freshValues(session, points));
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';

  const save = async (v: FormValues, blockDutySlots = false) => {
    const values = editorValuesOf(v);
    const problems = editorProblems(values, zone);
    if (problems.length) {
      setError(problems.map((p) => t(`editor.problems.${p}`)).join('；'));
      return;
    }
    setBusy(true);
    setError(null);
    setClashes(null);
    try {
      if (event) {
        await updateManagedEvent(event.id, {
          ...patchFromValues(values, zone),
          ...(blockDutySlots ? { blockDutySlots } : {}),
        });
        void message.success(t('editor.saved'));
        navigate(`/events/${event.id}`);
      } else {
        const created = await createManagedEvents({
          ...inputFromValues(values, zone),
          ...(blockDutySlots ? { blockDutySlots } : {}),
        });
        void message.success(t('editor.created', { count: created.length }));
        navigate(created[0] ? `/events/${created[0].id}` : '/events');
      }
    } catch (e) {
      if (hasCode(e, 'host_busy')) setClashes(hostClashes(e.details));
      else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {event ? t('editor.titleEdit') : t('editor.titleNew')}
        </Typography.Title>
        <span style={{ flex: 1 }} />
        <Link to={event ? `/events/${event.id}` : '/events'}>
          <Button>{t('common.cancel')}</Button>
        </Link>
      </Flex>
      <Form<FormValues>
        form={form}
        name="event"
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save(v)}
        style={{ maxWidth: 980 }}
        scrollToFirstError
      >
        <Card title={t('editor.basics')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item name="kind" label={t('editor.kind')} rules={[{ required: true }]}>
                <Select
                  options={eventKinds.map((k) => ({ value: k.id, label: lang === 'en' ? k.en : k.zh }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item
                name="organisationId"
                label={t('editor.organisation')}
                extra={t('editor.organisationHint')}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={organisations
                    .filter((o) => o.active)
                    .map((o) => ({ value: o.id, label: lang === 'en' && o.nameEn ? o.nameEn : o.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Tabs
            items={[
              {
                key: 'zh',
                label: t('editor.chinese'),
                forceRender: true,
                children: (
                  <>
                    <Form.Item
                      name="title"
                      label={t('editor.title')}
                      rules={[
                        { required: true, whitespace: true, message: t('common.required') },
                        { min: 2, message: t('editor.tooShort') },
                      ]}
                    >
                      <Input maxLength={120} showCount />
                    </Form.Item>
                    <Form.Item
                      name="description"
                      label={t('editor.description')}
                      extra={t('editor.descriptionHint')}
                      rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
                    </Form.Item>
                  </>
                ),
              },
              {
                key: 'en',
                label: t('editor.english'),
                forceRender: true,
                children: (
                  <>
                    <Form.Item name="titleEn" label={t('editor.titleEn')} extra={t('editor.englishHint')}>
                      <Input maxLength={120} lang="en" />
                    </Form.Item>
                    <Form.Item name="descriptionEn" label={t('editor.descriptionEn')}>
                      <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={6000} lang="en" />
                    </Form.Item>
                  </>
                ),
              },
            ]}
          />
        </Card>
        <EditorPlaceTime points={points} zone={zone} isNew={!event} />
        <EditorRegistration organisations={organisations} />
        <EditorHosts hosts={hosts} />
        {clashes ? (
          <HostBusyAlert
            clashes={clashes}
            zone={zone}
            busy={busy}
            onTakeDuty={() => void form.validateFields().then((v) => save(v, true))}
          />
        ) : null}
        <ErrorAlert error={error} />
        <Flex gap={8} justify="end">
          <Button type="primary" htmlType="submit" loading={busy} size="large">
            {event ? t('editor.save') : t('editor.create')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}

/** The server's 409 host_busy: who is taken, by what and when, so the manager can change a host or the time. */
function HostBusyAlert({
  clashes,
  zone,
  busy,
  onTakeDuty,
}: {
  clashes: HostClash[];
  zone: string;
  busy: boolean;
  onTakeDuty: () => void;
}) {
  const { t, i18n } = useEventsTranslation();
  const en = i18n.language === 'en';
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="host-busy"
      style={{ marginBottom: 16 }}
      title={t('editor.hostBusy')}
      description={
        clashes.length ? (
          <>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {clashes.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the server's list has no ids and does not change
                <li key={i}>
                  {t(
                    c.what === 'event' && !c.title ? 'editor.clash.eventUntitled' : `editor.clash.${c.what}`,
                    {
                      host: c.host || t('editor.clash.someone'),
                      title: c.title ?? '',
                      station: (en ? c.stationEn || c.station : c.station || c.stationEn) ?? '',
                      when:
                        c.startsAt && c.endsAt
                          ? `${formatShort(c.startsAt, zone)}–${formatShort(c.endsAt, zone).slice(6)}`
                          : t('editor.clash.sameTime'),
                    },
                  )}
                </li>
              ))}
            </ul>
            {onlyDuty(clashes) ? (
              <Flex vertical gap={8} style={{ marginTop: 8 }}>
                <Typography.Text>{t('editor.takeDutyHint')}</Typography.Text>
                <span>
                  <Button onClick={onTakeDuty} loading={busy} data-testid="take-duty">
                    {t('editor.takeDuty')}
                  </Button>
                </span>
              </Flex>
            ) : null}
          </>
        ) : (
          t('editor.hostBusyPlain')
        )
      }
    />
  );
}
