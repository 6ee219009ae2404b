import { useId } from 'react';

/**
 * A question answered by one of a few big options: native radio buttons (read and reached like any form),
 * drawn as the app's choice cards. The legend is the question; an error sits under it.
 */
export function Choices<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  columns = 1,
}: {
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (v: T) => void;
  error?: string;
  columns?: 1 | 2;
}) {
  const name = useId();
  return (
    <fieldset className="choices" aria-invalid={Boolean(error)}>
      <legend className="field-label">{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className={columns === 2 ? 'choice-list choice-grid' : 'choice-list'}>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span className="choice-mark" aria-hidden="true" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
