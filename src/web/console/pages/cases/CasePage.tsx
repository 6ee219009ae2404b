import { Col, Result, Row, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { HomeButton } from '../../components/HomeButton';
import { LoadError } from '../../components/LoadError';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { caseActions, caseViewerOf } from '../../lib/case-view';
import { langOf, loadCareStaff, loadCase, loadMeasures } from '../../lib/cases-api';
import { hasCode, isForbidden } from '../../lib/errors';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { BasisBanner } from './BasisBanner';
import { CaseHeader } from './CaseHeader';
import { ContactCard } from './ContactCard';
import { EventsCard } from './EventsCard';
import { MeasuresSection } from './MeasuresSection';
import { NotesSection } from './NotesSection';
import { AppointmentsCard, ReferralsCard } from './ReferralsCard';
import { TasksCard } from './TasksCard';

/**
 * One case. Everyone who may see it sees its metadata and timeline; its records (contact, notes,
 * questionnaires, tasks, referrals) only the assigned counsellor, the supervisor it is escalated to, or a
 * supervisor who broke the glass — and the banner says which, and that the read is recorded.
 */
export function CasePage() {
  const { t, i18n } = useCasesTranslation();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const viewer = caseViewerOf(session);
  const detail = useLoad(() => loadCase(id), id);
  const c = detail.data?.id === id ? detail.data : undefined;
  const readsRecords = Boolean(c?.records);
  const measures = useLoad(
    () => (readsRecords ? loadMeasures(id, i18n.language) : Promise.resolve(null)),
    `${id}|${readsRecords}|${langOf(i18n.language)}`,
  );
  const staff = useLoad(loadCareStaff, 'care-staff');
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of staff.data ?? []) m.set(s.id, s.name);
    for (const r of c?.records?.referrals ?? []) m.set(r.institution.id, r.institution.name);
    return m;
  }, [staff.data, c]);

  if (detail.error && !c) {
    if (isForbidden(detail.error))
      return (
        <Result
          status="403"
          title={t('page.notYours')}
          subTitle={t('page.notYoursHint')}
          extra={<HomeButton />}
        />
      );
    if (hasCode(detail.error, 'not_found') || hasCode(detail.error, 'validation_failed'))
      return <Result status="404" title={t('page.notFound')} extra={<HomeButton />} />;
    return <LoadError error={detail.error} retry={detail.reload} action="case.work" />;
  }
  if (!c) return <Skeleton active paragraph={{ rows: 8 }} />;

  const actions = caseActions(c, viewer);
  const changed = () => {
    detail.reload();
    measures.reload();
  };
  const zone = session.tenant.timeZone;
  const series = measures.data ?? null;

  return (
    <>
      <CaseHeader c={c} actions={actions} staff={staff.data ?? []} series={series} onChanged={changed} />
      <BasisBanner c={c} viewer={viewer} canBreakGlass={actions.has('breakGlass')} onChanged={changed} />
      {c.records ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <NotesSection
              c={c}
              records={c.records}
              canWrite={actions.has('note')}
              escalate={actions.has('escalate')}
              staff={staff.data ?? []}
              onChanged={changed}
            />
            <MeasuresSection
              caseId={c.id}
              series={series}
              loading={measures.loading}
              error={measures.error}
              canGive={actions.has('measure')}
              hasPhone={Boolean(c.records.contact?.phone) && !c.records.contactWithdrawn}
              onChanged={measures.reload}
            />
          </Col>
          <Col xs={24} xl={9}>
            <ContactCard c={c} records={c.records} canEdit={actions.has('contact')} onChanged={changed} />
            <TasksCard
              c={c}
              tasks={c.records.tasks}
              canAdd={actions.has('task')}
              timeZone={zone}
              onChanged={changed}
            />
            <ReferralsCard
              c={c}
              referrals={c.records.referrals}
              canRefer={actions.has('refer')}
              hasMeasures={Boolean(series?.instruments.length)}
              timeZone={zone}
              onChanged={changed}
            />
            <AppointmentsCard appointments={c.records.appointments} timeZone={zone} />
            <EventsCard events={c.events} names={names} timeZone={zone} />
          </Col>
        </Row>
      ) : (
        <EventsCard events={c.events} names={names} timeZone={zone} />
      )}
    </>
  );
}
