import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type StepUpRule, stepUpsApplicableTo } from '../../../../core/instruments/checkups';
import { missingFor, triggerText } from '../../lib/instruments';
import type { InstrumentLang, InstrumentText } from '../../lib/types';

/** Short names by id, from the text list (which carries every instrument the federation could use). */
export const shortNames = (texts: readonly InstrumentText[]) => {
  const names = new Map(texts.map((x) => [x.instrumentId, x.shortName]));
  return (id: string) => names.get(id) ?? id;
};

/** The instruments of a check-up by short name, the full name on hover. */
export function InstrumentTags({ ids, texts }: { ids: readonly string[]; texts: readonly InstrumentText[] }) {
  const { i18n } = useTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const short = shortNames(texts);
  const full = (id: string) => texts.find((x) => x.instrumentId === id)?.name[ui];
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {ids.map((id) => (
        <Tooltip key={id} title={full(id)}>
          <Tag color="magenta" variant="outlined" style={{ marginInlineEnd: 0, cursor: 'help' }}>
            {short(id)}
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}

/**
 * The step-ups a check-up can lead to, each with the results that call for it and the invitation workers
 * read. `targets` (the server's list) decides which; the rules themselves come from the shared core.
 */
export function StepUps({
  instruments,
  targets,
  short,
}: {
  instruments: readonly string[];
  targets?: readonly string[];
  short: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const rules: StepUpRule[] = stepUpsApplicableTo(instruments).filter(
    (r) => !targets || targets.includes(r.target),
  );
  if (!rules.length) return <Typography.Text type="secondary">{t('checkups.stepUpNone')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {rules.map((rule) => (
        <div key={rule.target}>
          <Tag color="purple">{short(rule.target)}</Tag>
          <Typography.Text>
            {t('checkups.when', {
              list: rule.when
                .filter((w) => instruments.includes(w.instrument))
                .map((w) => triggerText(t, w, short))
                .join(ui === 'en' ? '; ' : '；'),
            })}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('checkups.workerSees', { text: rule.reason[ui] })}
            </Typography.Text>
          </div>
        </div>
      ))}
    </Flex>
  );
}

/** Whether workers can take the check-up now, per language, and what keeps it back. */
export function Offered({
  instruments,
  texts,
}: {
  instruments: readonly string[];
  texts: readonly InstrumentText[];
}) {
  const { t, i18n } = useTranslation();
  const separator = i18n.language === 'en' ? '; ' : '；';
  const line = (lang: InstrumentLang) => {
    const missing = missingFor(instruments, texts, lang);
    const suffix = lang === 'zh-CN' ? 'Zh' : 'En';
    if (!missing.length) return <Tag color="green">{t(`checkups.offered${suffix}`)}</Tag>;
    const reasons = missing
      .map((m) => `${m.shortName} ${t(`instruments.notShown.${m.reason}`)}`)
      .join(separator);
    return <Typography.Text type="warning">{t(`checkups.notOffered${suffix}`, { reasons })}</Typography.Text>;
  };
  return (
    <Flex vertical gap={4} align="start">
      {line('zh-CN')}
      {line('en')}
    </Flex>
  );
}
