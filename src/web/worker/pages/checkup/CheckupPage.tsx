import '../../styles/forms.css';
import '../../styles/checkup.css';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useOnline } from '../../app/use-online';
import { usePageTitle } from '../../app/use-page-title';
import { type BundleState, useCheckupBundle } from '../../checkup/bundle';
import { useCampaign } from '../../checkup/campaign';
import {
  campaignToSend,
  keptFits,
  keptUrl,
  kindOf,
  shownCampaign,
  targetOf,
  wantedOf,
} from '../../checkup/choice';
import { loadFinish } from '../../checkup/engine';
import { answerAt, formOf, questionsOf, screenOf } from '../../checkup/flow';
import { loadProgress } from '../../checkup/progress-store';
import { rememberedCode } from '../../checkup/retrieval-code';
import { checkupTexts, withTexts } from '../../checkup/texts';
import type { Progress } from '../../checkup/types';
import { useFlow } from '../../checkup/use-flow';
import { CrisisScreen } from './CrisisScreen';
import { FlowHeader } from './FlowHeader';
import { InstructionsScreen } from './InstructionsScreen';
import { OfferScreen } from './OfferScreen';
import { QuestionScreen } from './QuestionScreen';
import { StartScreen } from './StartScreen';

/** Answers older than this are not jumped into: the start screen asks whether to continue or start again. */
const FRESH_MS = 24 * 60 * 60 * 1000;
const isFresh = (p: Progress) => Date.now() - Date.parse(p.startedAt) < FRESH_MS;

/**
 * /checkup: the start screen, then one question per screen, step-up offers and the crisis screen. Which
 * check-up: ?id= (the default, a federation's own, an instrument alone), ?c= a campaign link's, else the
 * one in progress, else the default (choice.ts).
 */
function CheckupPage() {
  const { t, i18n } = useTranslation('checkup');
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  usePageTitle(t('title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const wanted = useMemo(() => wantedOf(params), [params]);
  const campaign = useCampaign(wanted.campaign);
  const [atStart, setAtStart] = useState(() => {
    const kept = loadProgress();
    const loading = { status: wanted.campaign ? 'loading' : 'none' } as const;
    return !kept || !isFresh(kept) || !keptFits(kept, wanted, loading, targetOf(wanted, loading, kept));
  });
  // The step-up engine is fetched once past the start screen (after the first question is shown).
  const flow = useFlow(!atStart);
  const p = flow.progress;
  const target = targetOf(wanted, campaign, p);
  const fits = p !== null && keptFits(p, wanted, campaign, target);
  const tenant = campaign.status === 'ready' ? campaign.link.tenant : null;
  const { state: fetched, reload } = useCheckupBundle(lang, target, tenant);
  // Until the bundle of this very check-up is in (after a change of choice), it is still loading.
  const bundle: BundleState =
    fetched.status === 'ready' && fetched.checkup.id !== target ? { status: 'loading' } : fetched;
  const [instructions, setInstructions] = useState(false);
  const [stuck, setStuck] = useState(false);
  const finished = useRef(false);
  const online = useOnline();
  const screen = p ? screenOf(p, flow.engine) : null;

  // Past the start screen, the report's page is fetched too: in memory before the last answer, even on a
  // phone whose WebView has no service worker to have cached it.
  useEffect(() => {
    if (!atStart) void import('../report/ReportPage').catch(() => undefined);
  }, [atStart]);

  // Another check-up chosen from the lists below (only ?id= changes, so Layout does not): to the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the check-up on screen changes.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [target]);

  // Another check-up asked for (a link opened while one is in progress): back to the start screen, which
  // asks before giving up the answers.
  useEffect(() => {
    if (p && !fits) setAtStart(true);
  }, [p, fits]);

  // The last answer given: the report from the phone's own scoring and the outbox entry (before any
  // sending), the answers in progress forgotten, and on to the report, which sends it. If the finishing
  // code cannot be fetched (offline before it was ever cached), the answers stay and a retry is offered.
  useEffect(() => {
    if (!p || p.crisisOpen || stuck || screen?.kind !== 'done' || finished.current) return;
    finished.current = true;
    loadFinish()
      .then((m) => {
        if (!m.finishAndQueue(p, lang)) throw new Error('answers missing');
        flow.clear();
        void navigate('/checkup/result', { replace: true });
      })
      .catch(() => {
        finished.current = false;
        setStuck(true);
      });
  }, [p, screen?.kind, lang, flow, navigate, stuck]);

  const back = () => {
    if (instructions) return setInstructions(false);
    if (!flow.back()) setAtStart(true);
  };
  const header = (
    <FlowHeader
      // A federation's own check-up by its name; an instrument alone shows its name above each question.
      title={p && kindOf(p.checkup) === 'own' ? p.checkup.name : t('shortTitle')}
      onBack={back}
      backLabel={screen?.kind === 'question' && screen.number > 1 ? t('q.back') : t('title')}
    />
  );

  if (!p || atStart || !screen) {
    // Where a kept check-up stands, also past its last question (an offer, or waiting to be finished).
    const total = p ? (questionsOf(p, flow.engine)?.length ?? p.checkup.itemCount) : 0;
    const questions = p ? { n: Math.min(p.position + 1, total), total } : null;
    return (
      <StartScreen
        bundle={bundle}
        reload={reload}
        target={target}
        lang={lang}
        progress={p}
        fits={fits}
        position={questions}
        campaign={shownCampaign(campaign, p, fits)}
        remembered={rememberedCode()}
        onResume={() => {
          if (p && !fits) void navigate(keptUrl(p), { replace: true });
          setAtStart(false);
        }}
        onRestart={() => flow.clear()}
        onStart={(code) => {
          if (bundle.status !== 'ready') return;
          // Starting replaces any check-up in progress (the start screen asked first).
          flow.start(bundle.checkup, bundle.forms, {
            lang,
            campaign: campaignToSend(wanted, campaign),
            campaignName: campaign.status === 'ready' ? campaign.link.name : null,
            tenant,
            retrievalCode: code,
          });
          setAtStart(false);
        }}
      />
    );
  }

  if (p.crisisOpen)
    return (
      <>
        {header}
        <CrisisScreen onContinue={flow.closeCrisis} />
      </>
    );

  let body: ReactNode;
  if (screen.kind === 'offer') {
    body = <OfferScreen reason={screen.reason} onAnswer={(yes) => flow.decide(screen.rule.target, yes)} />;
  } else if (screen.kind === 'done' || screen.kind === 'waiting') {
    const blocked = stuck || (screen.kind === 'waiting' && !online);
    body = (
      <div className="page">
        <p className="page-loading" role="status">
          {blocked ? t('stuck') : t('finishing')}
        </p>
        {blocked && (
          <button
            type="button"
            className="big-button"
            onClick={() => {
              setStuck(false);
              flow.retryEngine();
            }}
          >
            {t('start.retry')}
          </button>
        )}
      </div>
    );
  } else {
    const form = formOf(p, screen.question.instrument);
    if (!form) return null;
    const firstTime = screen.firstOfInstrument && !p.instructionsSeen.includes(form.id);
    const value = answerAt(p, screen.question);
    body =
      instructions || firstTime ? (
        <InstructionsScreen
          form={form}
          reopened={instructions}
          onDone={() => {
            setInstructions(false);
            flow.seeInstructions(form.id);
          }}
        />
      ) : (
        <QuestionScreen
          key={screen.number}
          form={form}
          index={screen.question.index}
          number={screen.number}
          total={screen.total}
          value={value}
          onAnswer={flow.answer}
          onNext={() => value !== null && flow.answer(value)}
          onInstructions={() => setInstructions(true)}
          onRestart={() => setAtStart(true)}
        />
      );
  }
  return (
    <>
      {header}
      {!flow.saved && <p className="note-box">{t('notSaved')}</p>}
      {body}
    </>
  );
}

export default withTexts(CheckupPage, checkupTexts);
