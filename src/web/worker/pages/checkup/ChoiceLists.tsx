import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/preferences';
import { useMyAudiences } from '../../audience/store';
import { wholeMinutes } from '../../checkup/choice';
import { checkupUrl, choicesOf, meantForMe, useChoiceLists } from '../../checkup/lists';
import { checkupTitle, type Namespace, topicKey, withTexts } from '../../checkup/texts';
import { chooseZh } from '../../i18n/choose.zh-CN';

/** The lists' own few texts, with them rather than with the first question. */
const chooseTexts: Namespace = {
  ns: 'choose',
  zh: chooseZh,
  loadEn: () => import('../../i18n/choose.en').then((m) => m.chooseEn),
};

/** (IntrinsicAttributes: withTexts passes every prop on, key included.) */
interface Props extends JSX.IntrinsicAttributes {
  lang: Language;
  /** The check-up on screen, left out of the lists. */
  chosen: string;
}

interface Row {
  id: string;
  name: string;
  tag?: string;
  count: number;
  minutes: number;
}

function Rows({ heading, hint, rows }: { heading: string; hint?: string; rows: Row[] }) {
  const { t } = useTranslation('choose');
  if (!rows.length) return null;
  return (
    <section className="choices">
      <h2 className="section-title">{heading}</h2>
      {hint && <p className="hint">{hint}</p>}
      <ul className="choice-list">
        {rows.map((r) => (
          <li key={r.id}>
            <Link to={checkupUrl(r.id)} className="choice-row" data-checkup={r.id}>
              <span className="choice-name">
                {r.name}
                {r.tag && <span className="choice-tag"> {r.tag}</span>}
              </span>{' '}
              <span className="choice-facts">
                {t('facts', { count: r.count, minutes: wholeMinutes(r.minutes) })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Below the check-up on screen, calm and short: the other check-ups (the default, when another is on
 * screen, and the federation's own) and each questionnaire alone, by its everyday name. A lazy chunk,
 * loaded once the start screen is up: none of it is needed for the first question.
 */
function ChoiceLists({ lang, chosen }: Props) {
  const { t } = useTranslation('checkup');
  const lists = useChoiceLists(lang);
  const mine = useMyAudiences();
  if (!lists) return null;
  const { others, singles } = choicesOf(lists, chosen, mine);
  return (
    <>
      <Rows
        heading={t('choose:others')}
        rows={others.map((c) => ({
          id: c.id,
          name: checkupTitle(t, c),
          ...(meantForMe(c, mine) ? { tag: t('choose:forYou') } : {}),
          count: c.itemCount,
          minutes: c.minutes,
        }))}
      />
      <Rows
        heading={t('choose:singles')}
        hint={t('choose:singlesHint')}
        rows={singles.map((i) => {
          const topic = topicKey(i.id);
          return topic
            ? { id: i.id, name: t(topic), tag: i.shortName, count: i.itemCount, minutes: i.minutes }
            : { id: i.id, name: i.name, count: i.itemCount, minutes: i.minutes };
        })}
      />
    </>
  );
}

export default withTexts<Props>(ChoiceLists, chooseTexts);
