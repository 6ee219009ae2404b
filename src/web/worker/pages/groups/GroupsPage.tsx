import '../../styles/forms.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AudienceId, audienceDimensions, audienceGroups } from '../../../../core/content/audiences';
import { usePageTitle } from '../../app/use-page-title';
import { GROUPS_LINK_KEY, GroupsUnlinkedElsewhere, syncGroups } from '../../audience/link';
import { readMyAudiences, saveMyAudiences, useMyAudiences } from '../../audience/store';
import { groupsTexts } from '../../audience/texts';
import { PageHeader } from '../../components/PageHeader';
import { withTexts } from '../../i18n/lazy-texts';
import type { LinkState } from '../../tools/linked-copy';
import { useLink } from '../../tools/use-link';
import { LinkCard } from '../tools/LinkCard';

const isGone = (e: unknown) => e instanceof GroupsUnlinkedElsewhere;

/** Takes the synced set unless the worker changed the groups while it was on its way (then theirs waits). */
async function syncOnce(code: string, state: LinkState) {
  const before = readMyAudiences();
  const synced = await syncGroups(code, before, state);
  if (readMyAudiences().join() === before.join()) saveMyAudiences(synced.groups);
  return synced.updatedAt;
}

/**
 * /me/groups (我是…): the worker may say which groups they belong to, by dimension, so that what is meant for
 * them comes first. Never required; each tap is kept at once on this phone (audience/store.ts), and "clear
 * all" forgets it; sent only when the worker links it to their retrieval code (LinkCard). Plain elements:
 * toggle buttons with aria-pressed.
 */
function GroupsPage() {
  const { t, i18n } = useTranslation('groups');
  usePageTitle(t('title'));
  const en = i18n.language === 'en';
  const mine = useMyAudiences();
  const [cleared, setCleared] = useState(false);
  const link = useLink(GROUPS_LINK_KEY, '/api/v1/linked-groups', syncOnce, isGone);

  const toggle = (id: AudienceId) => {
    setCleared(false);
    saveMyAudiences(mine.includes(id) ? mine.filter((a) => a !== id) : [...mine, id]);
    link.changed();
  };
  const clear = () => {
    saveMyAudiences([]);
    setCleared(true);
    link.changed();
  };

  return (
    <>
      <PageHeader title={t('title')} />
      <div className="page groups">
        <p className="lead">{t('intro')}</p>
        <p className="note-box">
          {t('optional')}
          <br />
          {link.state ? t('onPhoneLinked') : t('onPhone')}
        </p>
        {audienceDimensions.map((d) => (
          <section key={d} aria-labelledby={`groups-${d}`}>
            <h2 id={`groups-${d}`} className="section-title">
              {t(`dimensions.${d}`)}
            </h2>
            <div className="chips">
              {audienceGroups
                .filter((g) => g.dimension === d)
                .map((g) => (
                  <button
                    key={g.id}
                    type="button"
                    className="chip"
                    aria-pressed={mine.includes(g.id)}
                    data-group={g.id}
                    onClick={() => toggle(g.id)}
                  >
                    {en ? g.en : g.zh}
                  </button>
                ))}
            </div>
          </section>
        ))}
        <p className="hint" aria-live="polite">
          {cleared ? t('cleared') : mine.length ? t('chosen', { count: mine.length }) : t('none')}
        </p>
        <div className="button-stack">
          <Link to="/me" className="big-button">
            {t('done')}
          </Link>
          {mine.length > 0 && (
            <button type="button" className="text-button" onClick={clear}>
              {t('clear')}
            </button>
          )}
        </div>
        <LinkCard ns="groups" link={link} />
      </div>
    </>
  );
}

export default withTexts(GroupsPage, groupsTexts);
