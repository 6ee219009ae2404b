import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contentTopics } from '../../../../core/content/topics';
import { eventKindName } from '../../../../core/events/kinds';
import type { Recommendation, Target } from '../../../../core/recommendations/types';
import { useMyAudiences } from '../../audience/store';
import type { Crisis, Result } from '../../checkup/types';
import {
  BookIcon,
  BreathIcon,
  CalendarIcon,
  ForwardIcon,
  HeartIcon,
  PhoneIcon,
} from '../../components/icons';
import { linkOf, recommendationsFor } from '../../recommendations/recommend';
import { useRecommendationRules } from '../../recommendations/rules';

interface Props {
  results: readonly Result[];
  crisis: Crisis;
}

const iconOf = (t: Target) =>
  t.type === 'crisis_help'
    ? PhoneIcon
    : t.type === 'counsellor'
      ? HeartIcon
      : t.type === 'tool'
        ? BreathIcon
        : t.type === 'event_kind'
          ? CalendarIcon
          : BookIcon;

/**
 * 为你推荐: what may help after this check-up, each with the reason it is suggested ("因为你…"). Worked out on
 * this phone from the results and the worker's groups (nothing is sent), by the federation's rules or the
 * bundled defaults; on the crisis path crisis help and a counsellor come first.
 */
export function Recommendations({ results, crisis }: Props) {
  const { t, i18n } = useTranslation('report');
  const en = i18n.language === 'en';
  const mine = useMyAudiences();
  const rules = useRecommendationRules();
  if (!rules) return null;
  const recs = recommendationsFor(rules, results, crisis, mine);
  if (!recs.length) return null;

  const title = (target: Target): string => {
    switch (target.type) {
      case 'tool':
        return t(`recommend.tools.${target.tool}`);
      case 'topic': {
        const topic = contentTopics.find((x) => x.id === target.topic);
        return t('recommend.topic', { topic: topic ? (en ? topic.en : topic.zh) : target.topic });
      }
      case 'event_kind':
        return t('recommend.event', { kind: eventKindName(target.kind, en ? 'en' : 'zh-CN') });
      default:
        return t(`recommend.${target.type}`);
    }
  };
  const row = (r: Recommendation) => {
    const to = linkOf(r.target);
    if (!to) return null;
    const Icon = iconOf(r.target);
    return (
      <li key={r.ruleId}>
        <Link
          to={to}
          className={`link-row recommendation${r.target.type === 'crisis_help' ? ' recommendation-crisis' : ''}`}
          data-rule={r.ruleId}
        >
          <Icon />
          <span className="link-row-text">
            <span>{title(r.target)}</span>
            <span className="link-row-desc">{en ? r.reason.en : r.reason.zh}</span>
          </span>
          <ForwardIcon size="1.2em" />
        </Link>
      </li>
    );
  };

  return (
    <section className="no-print recommendations" aria-labelledby="recommend-heading">
      <h2 id="recommend-heading" className="section-title">
        {t('recommend.heading')}
      </h2>
      <ul className="link-list">{recs.map(row)}</ul>
      <p className="hint">{t('recommend.how')}</p>
      {mine.length === 0 && (
        <Link to="/me/groups" className="text-link">
          {t('recommend.setGroups')}
        </Link>
      )}
    </section>
  );
}
