import { WarningFilled } from '@ant-design/icons';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time';
import { byConcern, flagConcern, levelColour, resultCodes, worstConcern } from '../../lib/shared-results';
import type { CalendarBooking, SharedResult } from '../../lib/types';

/** The words for one flag: ours when we have them, the code otherwise. */
function useFlagText() {
  const { t } = useTranslation();
  return (flag: string) => t(`appointments.flags.${flag}`, { defaultValue: flag });
}

function ResultLine({ result }: { result: SharedResult }) {
  const { t, i18n } = useTranslation();
  const flagText = useFlagText();
  const { shortName, band } = resultCodes(result);
  // The Chinese band wording is the instrument's own; in English the band's code is translated.
  const bandText =
    i18n.language === 'en' && band
      ? t(`appointments.bands.${band}`, { defaultValue: result.band })
      : result.band;
  return (
    <Flex vertical gap={2} style={{ padding: '6px 0', borderTop: '1px solid #f3f3f3' }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong style={{ minWidth: 64 }}>
          {shortName}
        </Typography.Text>
        <Tag color={levelColour(result.level)} style={{ marginInlineEnd: 0 }}>
          {bandText}
        </Tag>
        <Typography.Text type="secondary">{t('appointments.score', { score: result.score })}</Typography.Text>
      </Flex>
      {result.flags.length ? (
        <Flex gap={4} wrap>
          {result.flags.map((flag) => {
            const concern = flagConcern(result.instrument, flag);
            const urgent = concern === 'urgent';
            return (
              <Tag
                key={flag}
                color={urgent ? 'red' : concern === 'elevated' ? 'orange' : 'default'}
                variant={urgent ? 'solid' : undefined}
                icon={urgent ? <WarningFilled /> : undefined}
                style={{ fontWeight: urgent ? 600 : undefined }}
              >
                {flagText(flag)}
              </Tag>
            );
          })}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** Shared results as the worker sent them: self-harm (PHQ-9 item 9) in red above everything, then each band. */
export function SharedResultList({
  shared,
  timeZone,
  crisisBody,
}: {
  shared: { at: string; results: SharedResult[] };
  timeZone: string;
  /** What to do about thoughts of self-harm, where the appointment's words do not fit. */
  crisisBody?: string;
}) {
  const { t } = useTranslation();
  const urgent = worstConcern(shared.results) === 'urgent';
  return (
    <div data-testid="shared-results">
      {urgent ? (
        <Alert
          type="error"
          showIcon
          title={t('appointments.crisisTitle')}
          description={crisisBody ?? t('appointments.crisisBody')}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('appointments.sharedAt', { time: formatDateTime(shared.at, timeZone).slice(0, 16) })}
      </Typography.Text>
      {byConcern(shared.results).map((r) => (
        <ResultLine key={r.instrument} result={r} />
      ))}
    </div>
  );
}

/**
 * What the worker chose to share from their check-up, for the counsellor of the appointment only: each
 * instrument's band and flags, and thoughts of self-harm (PHQ-9 item 9) in red above everything.
 */
export function SharedResults({ booking, timeZone }: { booking: CalendarBooking; timeZone: string }) {
  const { t } = useTranslation();
  const shared = booking.sharedResults;
  if (!booking.sharesResults)
    return <Typography.Text type="secondary">{t('appointments.sharedNone')}</Typography.Text>;
  if (!shared) return <Typography.Text type="secondary">{t('appointments.sharedMissing')}</Typography.Text>;
  return <SharedResultList shared={shared} timeZone={timeZone} />;
}
