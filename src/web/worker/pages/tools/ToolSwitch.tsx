import { useTranslation } from 'react-i18next';

/** An on/off choice (voice, vibration) as a switch: announced with its state, 56 px tall, off unless chosen. */
export function ToolSwitch(props: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const { id, label, hint, checked, onChange } = props;
  const { t } = useTranslation('tools');
  return (
    <div className="switch-row tool-switch">
      <div>
        <p id={`${id}-label`} className="tool-switch-label">
          {label}
        </p>
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        className="switch"
        onClick={() => onChange(!checked)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-state" aria-hidden="true">
          {checked ? t('common.on') : t('common.off')}
        </span>
      </button>
    </div>
  );
}
