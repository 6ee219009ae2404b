import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useContentTranslation } from '../../i18n/content-ns';
import type { ContentAction } from '../../lib/content-status';
import type { StaffContentDetail } from '../../lib/content-types';
import { useZone } from './content-parts';
import { type Step, StepModal } from './workflow-modals';

const primary: Partial<Record<Step, boolean>> = { submit: true, approve: true };

/**
 * The workflow buttons open to the viewer. While there are unsaved changes they wait: a step acts on the saved
 * version, and submitting or approving words the reviewer never saw would be wrong.
 */
export function WorkflowBar({
  item,
  actions,
  dirty,
  onDone,
}: {
  item: StaffContentDetail;
  actions: ContentAction[];
  dirty: boolean;
  onDone: () => void;
}) {
  const { t } = useContentTranslation();
  const { message } = App.useApp();
  const { time } = useZone();
  const [step, setStep] = useState<Step | null>(null);
  const steps = actions.filter((a): a is Step => a !== 'edit');
  if (steps.length === 0) return null;

  const done = (s: Step, publishAt?: string) => {
    setStep(null);
    void message.success(t(`workflow.done.${s}`, { time: time(publishAt) }));
    onDone();
  };

  return (
    <>
      <Space wrap>
        {steps.map((s) => {
          const waits = dirty && s !== 'archive';
          const button = (
            <Button
              key={s}
              type={primary[s] ? 'primary' : 'default'}
              danger={s === 'archive'}
              disabled={waits}
              onClick={() => setStep(s)}
            >
              {t(`workflow.${s}`)}
            </Button>
          );
          return waits ? (
            <Tooltip key={s} title={t('workflow.saveFirst')}>
              {button}
            </Tooltip>
          ) : (
            button
          );
        })}
      </Space>
      {step ? <StepModal step={step} item={item} onClose={() => setStep(null)} onDone={done} /> : null}
    </>
  );
}
