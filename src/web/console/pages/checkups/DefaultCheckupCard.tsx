import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { defaultCheckup } from '../../../../core/instruments/checkups';
import type { InstrumentText } from '../../lib/types';
import { InstrumentTags, Offered, StepUps, shortNames } from './CheckupParts';

/** The check-up every federation offers unless it defines its own: read-only, described from the shared core. */
export function DefaultCheckupCard({ texts }: { texts: readonly InstrumentText[] }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const short = shortNames(texts);
  return (
    <Card
      title={
        <span>
          {t('checkups.defaultTitle')} · {defaultCheckup.name[ui]}
        </span>
      }
      extra={<Tag>{t('checkups.defaultTag')}</Tag>}
      style={{ marginBottom: 24 }}
    >
      <Typography.Paragraph>{defaultCheckup.description[ui]}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 180 } }}
        items={[
          {
            key: 'instruments',
            label: t('checkups.instruments'),
            children: <InstrumentTags ids={defaultCheckup.instruments} texts={texts} />,
          },
          {
            key: 'stepUps',
            label: t('checkups.stepUps'),
            children: <StepUps instruments={defaultCheckup.instruments} short={short} />,
          },
          {
            key: 'offered',
            label: t('checkups.state'),
            children: <Offered instruments={defaultCheckup.instruments} texts={texts} />,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('checkups.defaultReadOnly')}
      </Typography.Paragraph>
    </Card>
  );
}
