import { Alert, Drawer, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { query } from '../../../shared/api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { call } from '../../lib/call';
import { formatDateTime } from '../../lib/format-time';
import type { InstrumentForm, InstrumentText } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { FormText } from './FormText';
import { ReviewForm } from './ReviewForm';
import { DecisionTags, ShownTag, VerificationTag } from './text-tags';
import { WordingCompare } from './WordingCompare';

interface Props {
  text: InstrumentText;
  review: boolean;
  onClose: () => void;
  onDecided: () => void;
}

/** Both Chinese wordings when there are two (to compare), else the one text. */
const loadForms = (text: InstrumentText): Promise<InstrumentForm[]> => {
  const variants: ('A' | 'B' | undefined)[] = text.variants.length > 1 ? text.variants : [undefined];
  return Promise.all(
    variants.map((variant) =>
      call<InstrumentForm>(
        'GET',
        `/api/v1/instrument-texts/${encodeURIComponent(text.instrumentId)}${query({ lang: text.lang, variant })}`,
      ),
    ),
  );
};

/** The full text to read before deciding, the notes on its Chinese source, and (for a supervisor) the decision. */
export function TextDrawer({ text, review, onClose, onDecided }: Props) {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const forms = useLoad(() => loadForms(text), `${text.instrumentId}:${text.lang}:${text.version}`);
  const [a, b] = forms.data ?? [];
  const note =
    text.lang === 'zh-CN' ? t(`instruments.zhNotes.${text.instrumentId}`, { defaultValue: '' }) : '';

  return (
    <Drawer
      open
      size={b ? 1080 : 760}
      title={t('instruments.drawerTitle', { name: text.name[ui], lang: t(`instruments.lang.${text.lang}`) })}
      onClose={onClose}
    >
      {forms.error ? (
        <LoadError error={forms.error} retry={forms.reload} action="instrument.read" />
      ) : !a ? (
        <Loading />
      ) : (
        <>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Tag>{t('instruments.version', { version: text.version })}</Tag>
            <Tag>{t('instruments.minutes', { minutes: a.minutes })}</Tag>
            <VerificationTag verification={text.verification} />
            <ShownTag text={text} />
          </Flex>
          {note ? (
            <Alert
              type="info"
              title={t('instruments.aboutZh')}
              description={note}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {text.verification === 'unverified' ? (
            <Alert
              type="warning"
              showIcon
              title={t('instruments.unverifiedWarning')}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {b ? (
            <>
              <Alert type="warning" title={t('instruments.compareIntro')} />
              <WordingCompare
                a={a}
                b={b}
                shown={text.shownToWorkers ? (text.review?.variant ?? 'A') : null}
              />
            </>
          ) : (
            <FormText form={a} />
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('instruments.attribution')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{a.attribution}</Typography.Paragraph>
          {text.review ? (
            <>
              <Typography.Title level={5}>{t('instruments.current')}</Typography.Title>
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                <DecisionTags review={text.review} /> {text.review.reason}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('instruments.decidedBy', {
                  name: text.review.decidedBy ?? '—',
                  time: formatDateTime(text.review.decidedAt, session.tenant.timeZone),
                })}
              </Typography.Text>
            </>
          ) : null}
          {review ? (
            <ReviewForm key={text.review?.decidedAt ?? 'none'} text={text} onDecided={onDecided} />
          ) : null}
        </>
      )}
    </Drawer>
  );
}
