import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { topicKey } from '../../checkup/texts';
import { PageHeader } from '../../components/PageHeader';
import type { CurrentMeasure } from '../../measure/api';
import {
  answerMeasure,
  backMeasure,
  completeAnswers,
  crisisOfAnswers,
  type MeasureProgress,
  startMeasure,
} from '../../measure/flow';
import { measureSender } from '../../measure/sender';
import { keepProgress, keptProgress } from '../../measure/session';
import { FlowHeader } from '../checkup/FlowHeader';
import { InstructionsScreen } from '../checkup/InstructionsScreen';
import { QuestionScreen } from '../checkup/QuestionScreen';
import { CrisisHelp, MeasureFooter, SendStatus } from './MeasureBoxes';

/** Until when the link works, at the federation's clock: "12月9日 14:05" / "9 Dec, 14:05". */
const untilText = (instant: string, lang: 'zh-CN' | 'en') =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));

/**
 * The questionnaire itself: an introduction with its instructions, one question per screen (the check-up's
 * screens), crisis help the moment a critical answer is given, and, once every item has an answer, the
 * answers sent (again and again if need be) under a calm thank-you.
 */
export function MeasureFlow({ token, measure }: { token: string; measure: CurrentMeasure }) {
  const { t, i18n } = useTranslation('measure');
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const navigate = useNavigate();
  const form = measure.instrument;
  const [p, setP] = useState<MeasureProgress>(() => keptProgress(token) ?? startMeasure(form));
  const [instructions, setInstructions] = useState(false);
  const state = useSyncExternalStore(measureSender.subscribe, measureSender.get);
  // Until this questionnaire's answers are on their way, nothing said of an earlier one shows.
  const send = measureSender.token() === token ? state : ({ status: 'idle' } as const);
  const commit = (next: MeasureProgress) => {
    keepProgress(token, next);
    setP(next);
  };
  const answers = completeAnswers(p);
  const finished = answers !== null && p.position >= form.items.length;
  const crisis = answers ? crisisOfAnswers(form, answers) : p.crisisSeen ? 'urgent' : null;

  // Every item answered: the answers go at once, whatever screen shows (crisis help does not wait for them).
  useEffect(() => {
    if (finished && answers) void measureSender.send({ token, answers, lang });
  }, [finished, answers, token, lang]);
  useEffect(() => {
    const again = () => void measureSender.retry();
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, []);

  const topic = topicKey(form.id);
  const title = topic
    ? t('checkup:single', { topic: t(`checkup:${topic}`), short: form.shortName })
    : form.name;
  // The header has little room beside crisis help (large text): the everyday topic alone there; the intro
  // and each question show the short name too.
  const short = topic ? t(`checkup:${topic}`) : form.shortName;

  // The answers are sent (or being sent): the end screen, crisis help first when the answers call for it.
  if (finished) {
    return (
      <>
        <PageHeader title={t('title')} />
        <div className="page measure">
          {crisis && <CrisisHelp level={crisis} focus />}
          <SendStatus state={send} urgent={crisis === 'urgent'} onRetry={() => void measureSender.retry()} />
          {!crisis && <MeasureFooter />}
        </div>
      </>
    );
  }

  const back = () => {
    if (instructions) return setInstructions(false);
    const previous = backMeasure(p);
    if (previous) return commit(previous);
    if (p.instructionsSeen) return commit({ ...p, instructionsSeen: false });
    void navigate('/');
  };
  const header = <FlowHeader title={short} onBack={back} backLabel={t('checkup:q.back')} />;

  if (p.crisisOpen)
    return (
      <>
        {header}
        <div className="page measure">
          <CrisisHelp level="urgent" focus />
          <p className="hint">{t('crisisCounsellor')}</p>
          <button type="button" className="big-button" onClick={() => commit({ ...p, crisisOpen: false })}>
            {t('crisisContinue')}
          </button>
        </div>
      </>
    );

  if (!p.instructionsSeen)
    return (
      <>
        {header}
        <Intro measure={measure} title={title} onStart={() => commit({ ...p, instructionsSeen: true })} />
      </>
    );

  if (instructions)
    return (
      <>
        {header}
        <InstructionsScreen form={form} reopened onDone={() => setInstructions(false)} />
      </>
    );

  const value = p.answers[p.position] ?? null;
  return (
    <>
      {header}
      <QuestionScreen
        key={p.position}
        form={form}
        index={p.position}
        number={p.position + 1}
        total={form.items.length}
        value={value}
        onAnswer={(v) => commit(answerMeasure(p, form, v))}
        onNext={() => value !== null && commit(answerMeasure(p, form, value))}
        onInstructions={() => setInstructions(true)}
        onRestart={() => commit({ ...startMeasure(form), instructionsSeen: true })}
      />
    </>
  );
}

/** Who asked and why, how long it takes, who sees it, until when the link works; then the instructions. */
function Intro({ measure, title, onStart }: { measure: CurrentMeasure; title: string; onStart: () => void }) {
  const { t, i18n } = useTranslation('measure');
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const form = measure.instrument;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="page intro measure">
      <h2 className="intro-topic" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="lead">{t('intro', { minutes: Math.max(1, Math.round(form.minutes)) })}</p>
      <p className="hint">{t('private')}</p>
      <p className="hint">{t('until', { date: untilText(measure.expiresAt, lang) })}</p>
      <p className="intro-timeframe">
        {form.timeframe
          ? t('checkup:intro.timeframe', { timeframe: form.timeframe })
          : t('checkup:intro.noTimeframe')}
      </p>
      <p className="intro-text" lang={form.lang}>
        {form.instructions}
      </p>
      <button type="button" className="big-button" onClick={onStart}>
        {t('start')}
      </button>
      <MeasureFooter />
    </div>
  );
}
