import './events.css';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { audienceName } from '../../components/AudienceSelect';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useEventsTranslation } from '../../i18n/events-ns';
import { loadManagedEvent, loadRegistrations } from '../../lib/event-api';
import type { ManagedEvent } from '../../lib/event-types';
import { formatShort } from '../../lib/format-time';
import { useLoad } from '../../lib/use-load';
import { CheckInPanel } from './CheckInPanel';
import { EventActions } from './EventActions';
import {
  EventPlaceText,
  EventStatusTag,
  EventWhen,
  PlacesText,
  useEventPowers,
  useEventTitle,
  useKindName,
} from './event-parts';
import { MembersCard } from './MembersCard';
import { MaterialsCard, OnSitePanel } from './OnSitePanel';
import { RegistrationsTable } from './RegistrationsTable';
import { ReportPanel } from './ReportPanel';

/**
 * One event: its summary and buttons, then tabs for who registered, the door's check-in, what happened on
 * the day, materials afterwards and the report. An enterprise officer gets 登记职工 and their members only.
 */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useEventsTranslation();
  const powers = useEventPowers();
  const event = useLoad(() => loadManagedEvent(id), id);
  const registrations = useLoad(() => loadRegistrations(id), id);
  const title = useEventTitle();

  if (event.error && !event.data)
    return <LoadError error={event.error} retry={event.reload} action="event.read" />;
  const e = event.data;
  if (!e) return <Loading />;
  const rows = registrations.data ?? [];
  const reload = () => {
    event.reload();
    registrations.reload();
  };

  const registrationsTab = {
    key: 'registrations',
    label: t('tabs.registrations', { count: rows.filter((r) => r.status === 'registered').length }),
    children: (
      <>
        {registrations.error ? (
          <Alert type="error" showIcon title={t('registrations.loadFailed')} style={{ marginBottom: 12 }} />
        ) : null}
        <RegistrationsTable
          rows={rows}
          timeZone={e.timeZone}
          loading={registrations.loading && !registrations.data}
          cancelling={
            powers.registerMembers && e.status === 'published'
              ? { eventId: e.id, startsAt: e.startsAt, onChanged: reload }
              : undefined
          }
        />
      </>
    ),
  };
  const tabs = powers.officerOnly
    ? [registrationsTab]
    : [
        registrationsTab,
        ...(powers.checkin || powers.manage
          ? [
              {
                key: 'checkin',
                label: t('tabs.checkin'),
                children: <CheckInPanel event={e} registrations={rows} onChanged={reload} />,
              },
            ]
          : []),
        ...(powers.checkin || powers.manage
          ? [
              {
                key: 'onsite',
                label: t('tabs.onsite'),
                children: <OnSitePanel event={e} onChanged={reload} />,
              },
            ]
          : []),
        ...(powers.manage
          ? [
              {
                key: 'materials',
                label: t('tabs.materials'),
                children: <MaterialsCard event={e} onChanged={reload} />,
              },
            ]
          : []),
        { key: 'report', label: t('tabs.report'), children: <ReportPanel event={e} /> },
      ];

  return (
    <>
      <Link to="/events">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('event.back')}
        </Button>
      </Link>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="event-title">
          {title(e)}
        </Typography.Title>
        <EventStatusTag status={e.status} />
        <span style={{ flex: 1 }} />
        <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
      </Flex>
      {powers.officerOnly ? null : <EventActions event={e} onChanged={reload} />}
      {e.status === 'cancelled' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('event.cancelledBanner', { reason: e.cancelReason ?? '' })}
        />
      ) : null}
      {e.status === 'draft' ? (
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('event.draftBanner')} />
      ) : null}
      <EventSummary event={e} />
      {powers.registerMembers && e.status === 'published' ? (
        <MembersCard event={e} onChanged={reload} />
      ) : null}
      <Tabs items={tabs} destroyOnHidden={false} />
    </>
  );
}

function EventSummary({ event: e }: { event: ManagedEvent }) {
  const { t, i18n } = useEventsTranslation();
  const kindName = useKindName();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const description = lang === 'en' && e.descriptionEn ? e.descriptionEn : e.description;
  const window =
    e.registrationOpensAt || e.registrationClosesAt
      ? `${e.registrationOpensAt ? formatShort(e.registrationOpensAt, e.timeZone) : t('event.fromPublishing')} – ${
          e.registrationClosesAt ? formatShort(e.registrationClosesAt, e.timeZone) : t('event.untilStart')
        }`
      : t('event.windowDefault');
  return (
    <Card size="small" style={{ margin: '16px 0' }} data-testid="event-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'when', label: t('columns.when'), children: <EventWhen event={e} /> },
          { key: 'kind', label: t('editor.kind'), children: kindName(e) },
          {
            key: 'place',
            label: t('columns.place'),
            children: (
              <span>
                <EventPlaceText event={e} />
                {e.place.address ? (
                  <Typography.Text type="secondary"> · {e.place.address}</Typography.Text>
                ) : null}
                {e.place.onlineUrl ? (
                  <Typography.Text type="secondary" copyable={{ text: e.place.onlineUrl }}>
                    {' '}
                    {e.place.onlineUrl}
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
          { key: 'places', label: t('columns.places'), children: <PlacesText event={e} /> },
          {
            key: 'attended',
            label: t('event.attended'),
            children: `${e.attended} + ${t('event.walkIns', { count: e.walkIns })}`,
          },
          {
            key: 'hosts',
            label: t('columns.hosts'),
            children: e.hosts.map((h) => h.name).join(t('list.joiner')) || '—',
          },
          { key: 'org', label: t('columns.organisation'), children: e.organisationName },
          {
            key: 'visibility',
            label: t('editor.visibility'),
            children:
              e.visibility === 'invitation' && e.invitedOrganisationName
                ? `${t('visibility.invitation')} · ${e.invitedOrganisationName}`
                : t(`visibility.${e.visibility}`),
          },
          {
            key: 'audiences',
            label: t('editor.audiences'),
            children: e.audiences.length
              ? e.audiences.map((a) => audienceName(a, lang)).join(t('list.joiner'))
              : t('editor.audiencesAll'),
          },
          { key: 'window', label: t('event.window'), children: window },
          ...(e.seriesId ? [{ key: 'series', label: t('event.series'), children: t('event.inSeries') }] : []),
        ]}
      />
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-line', marginTop: 12, marginBottom: 0 }}
        ellipsis={{ rows: 3, expandable: true }}
      >
        {description}
      </Typography.Paragraph>
    </Card>
  );
}
