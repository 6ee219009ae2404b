import '../../styles/tools.css';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SelfHelpTool } from '../../../../core/content/topics';
import { usePageTitle } from '../../app/use-page-title';
import { CrisisEntry } from '../../components/CrisisEntry';
import { ForwardIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { withTexts } from '../../i18n/lazy-texts';
import { toolsTexts } from '../../tools/texts';
import { BreathingIcon, DiaryIcon, RelaxIcon, SensesIcon } from './tool-icons';

// In the order a worker in distress is most likely to need them: the quickest first, the diary last.
const tools: { id: SelfHelpTool; Icon: ComponentType }[] = [
  { id: 'breathing', Icon: BreathingIcon },
  { id: 'grounding', Icon: SensesIcon },
  { id: 'relaxation', Icon: RelaxIcon },
  { id: 'diary', Icon: DiaryIcon },
];

/** /tools: the four self-help tools, each with when it helps, and the crisis entry right under them. */
function ToolsPage() {
  const { t } = useTranslation('tools');
  usePageTitle(t('hub.title'));
  return (
    <>
      <PageHeader title={t('hub.title')} />
      <div className="page tools">
        <p className="lead">{t('hub.intro')}</p>
        <ul className="tool-cards">
          {tools.map(({ id, Icon }) => (
            <li key={id}>
              <Link to={`/tools/${id}`} className="tool-card">
                <span className="tool-card-icon">
                  <Icon />
                </span>
                <span className="tool-card-text">
                  <span className="tool-card-title">{t(`hub.tools.${id}.title`)}</span>
                  <span className="tool-card-when">{t(`hub.tools.${id}.when`)}</span>
                </span>
                <ForwardIcon size="1.25em" />
              </Link>
            </li>
          ))}
        </ul>
        <p className="hint">{t('hub.offline')}</p>
        <p>{t('hub.notAlone')}</p>
        <CrisisEntry />
      </div>
    </>
  );
}

export default withTexts(ToolsPage, toolsTexts);
