import '../../styles/forms.css';
import '../../styles/report.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnline } from '../../app/use-online';
import { usePageTitle } from '../../app/use-page-title';
import { useHistory } from '../../checkup/history';
import { discardEntry } from '../../checkup/outbox';
import { flushNow } from '../../checkup/outbox-sender';
import { forgetReport, isStale, leaveReport, loadReport } from '../../checkup/report-store';
import { reportTexts } from '../../checkup/report-texts';
import { checkupTexts, checkupTitle, withTexts } from '../../checkup/texts';
import { seriesOf } from '../../checkup/trend';
import { useReport } from '../../checkup/use-stored';
import { orderedResults } from '../../checkup/wording';
import { useLines } from '../../components/CrisisLines';
import { PageHeader } from '../../components/PageHeader';
import { CodeKept, CodePanel } from './CodePanel';
import { CrisisBox, LinesFooter } from './CrisisBox';
import { HelpSuggestions } from './HelpSuggestions';
import { Recommendations } from './Recommendations';
import { ResultCard } from './ResultCard';
import { SaveStatus } from './SaveStatus';

/** While a submission waits and the phone says it is online, try again this often. */
const RETRY_MS = 30_000;
/** Pages that keep the report: the report itself and the contact form opened from it. */
const keepsReport = (path: string) => path === '/checkup/result' || path === '/checkup/contact';

/** /checkup/result: the latest check-up's report, from the server when it has answered, else the phone's. */
function ReportPage() {
  const { t, i18n } = useTranslation('report');
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  usePageTitle(t('title'));
  const kept = useReport();
  const stale = kept !== null && isStale(kept);
  const report = stale ? null : kept;
  const online = useOnline();
  const [sending, setSending] = useState(false);
  const waiting = Boolean(report && !report.response && !report.failed);

  const retry = useCallback(() => {
    setSending(true);
    void flushNow()
      .catch(() => undefined)
      .finally(() => setSending(false));
  }, []);

  // Send at once, again whenever the phone comes online, and now and then while it says it is online.
  useEffect(() => {
    if (!waiting) return;
    retry();
    if (!online) return;
    const timer = setInterval(retry, RETRY_MS);
    return () => clearInterval(timer);
  }, [waiting, online, retry]);

  useEffect(() => {
    if (stale) forgetReport();
  }, [stale]);

  // Leaving the report forgets it on the phone (a refused one with its outbox entry); a report still
  // waiting for the server stays until it is saved, so its code can still be shown.
  useEffect(
    () => () => {
      if (keepsReport(window.location.pathname)) return;
      const left = loadReport();
      if (left?.failed) discardEntry(left.key);
      leaveReport();
    },
    [],
  );

  const response = report?.response;
  const code = response?.retrievalCode ?? null;
  const history = useHistory(report?.sentCode && code ? code : null, lang);
  const series = useMemo(() => (history.status === 'ready' ? seriesOf(history.submissions) : []), [history]);
  const lines = useLines(response?.crisis.resources);

  if (!report)
    return (
      <>
        <PageHeader title={t('title')} />
        <div className="page">
          <p className="lead">{t('empty')}</p>
          <Link to="/checkup" className="big-button">
            {t('again')}
          </Link>
        </div>
      </>
    );

  const results = response?.results ?? report.local.results;
  const crisis = response?.crisis ?? report.local.crisis;
  const newCode = code && (!report.sentCode || report.codeDropped);
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="page report">
        {/* On paper the page header is left out: the title and date say what the sheet is. */}
        <h1 className="print-only">
          {t('title')} · {new Date(report.createdAt).toLocaleDateString(i18n.language)}
        </h1>
        {crisis.level === 'urgent' && <CrisisBox level="urgent" lines={lines} />}
        {report.checkup && (
          <div className="report-of">
            <h2 className="page-title">
              {checkupTitle(
                t,
                report.checkup,
                report.meta.find((m) => m.id === report.checkup?.id)?.shortName,
              )}
            </h2>
            {report.campaignName && <p className="hint">{t('campaign', { name: report.campaignName })}</p>}
          </div>
        )}
        <SaveStatus report={report} sending={sending} online={online} onRetry={retry} />
        {code && newCode && !report.codeAcknowledged && <CodePanel reportKey={report.key} code={code} />}
        {code && (!newCode || report.codeAcknowledged) && <CodeKept code={code} />}
        <p className="note-box">{t('notDiagnosis')}</p>
        {crisis.level === 'elevated' && <CrisisBox level="elevated" lines={lines} />}
        {history.status === 'loading' && <p className="hint">{t('trend.loading')}</p>}
        {orderedResults(results, report.meta).map(({ result, meta }) => (
          <ResultCard
            key={result.instrument}
            result={result}
            meta={meta}
            series={series.find((s) => s.instrument === result.instrument)}
          />
        ))}
        <Recommendations results={results} crisis={crisis} />
        <HelpSuggestions />
        <div className="button-stack no-print">
          <button type="button" className="big-button secondary" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
        <LinesFooter lines={lines} />
      </div>
    </>
  );
}

export default withTexts(ReportPage, checkupTexts, reportTexts);
