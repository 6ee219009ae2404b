import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstrumentText, Verification } from '../../lib/types';

const verificationColour: Record<Verification, string> = {
  verified: 'green',
  consistent: 'blue',
  unverified: 'orange',
};

/** How far a text was checked against its source, with what that means on hover. */
export function VerificationTag({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`instruments.${verification}Hint`)}>
      <Tag color={verificationColour[verification]} style={{ cursor: 'help' }}>
        {t(`instruments.${verification}`)}
      </Tag>
    </Tooltip>
  );
}

/** Whether workers see the text now, and if not, why. */
export function ShownTag({ text }: { text: InstrumentText }) {
  const { t } = useTranslation();
  if (text.shownToWorkers) return <Tag color="green">{t('instruments.shownYes')}</Tag>;
  return (
    <span>
      <Tag>{t('instruments.shownNo')}</Tag>
      <span style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.55)' }}>
        {t(`instruments.notShown.${text.notShownBecause ?? 'excluded'}`)}
      </span>
    </span>
  );
}

/** The current decision: approved or rejected, the Chinese wording chosen, and whether it is the demo's. */
export function DecisionTags({ review }: { review: NonNullable<InstrumentText['review']> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={review.status === 'approved' ? 'green' : 'red'}>{t(`instruments.${review.status}`)}</Tag>
      {/* The server records a wording with a rejection too; only an approval puts one in front of workers. */}
      {review.variant && review.status === 'approved' ? (
        <Tag>{t('instruments.wording', { variant: review.variant })}</Tag>
      ) : null}
      {review.isDemo ? (
        <Tooltip title={t('instruments.demoHint')}>
          <Tag color="orange" style={{ cursor: 'help' }}>
            {t('instruments.demo')}
          </Tag>
        </Tooltip>
      ) : null}
    </>
  );
}
