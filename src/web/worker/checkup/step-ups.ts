import {
  type CheckupDefinition,
  carriedOver,
  type StepUpTrigger,
  stepUpsFor,
} from '../../../core/instruments/checkups';
import { scoreAnswers } from '../../../core/instruments/scoring';
import type { StepUpEngine } from './flow';
import type { CheckupSummary } from './types';

/**
 * The API's check-up summary in the core's CheckupDefinition shape, so the phone decides step-ups and
 * carry-overs with the very functions the server uses (stepUpsFor, carriedOver). The reason is already in
 * the worker's language; a trigger of an unknown kind never fires (checkups.ts reads it as an unknown flag).
 */
export const definitionOf = (c: CheckupSummary): CheckupDefinition => ({
  id: c.id,
  name: { 'zh-CN': c.name, en: c.name },
  description: { 'zh-CN': c.description, en: c.description },
  instruments: c.instruments,
  stepUps: c.stepUps.map((s) => ({
    target: s.instrument,
    reason: { 'zh-CN': s.reason, en: s.reason },
    when: s.when as StepUpTrigger[],
    carryOver: s.carryOver,
  })),
});

/**
 * Step-up decisions with the core's scoring: loaded after the first question is on screen (the first
 * question's download is budgeted), long before the battery's last answer needs it.
 */
export const engine: StepUpEngine = {
  offers(checkup, forms, battery) {
    const results = checkup.instruments.map((id) => {
      const form = forms.find((f) => f.id === id);
      if (!form || !battery[id]) throw new Error(`battery incomplete: ${id}`);
      return scoreAnswers(form, battery[id]);
    });
    return stepUpsFor(definitionOf(checkup), results).filter((rule) =>
      forms.some((f) => f.id === rule.target),
    );
  },
  carried: carriedOver,
};
