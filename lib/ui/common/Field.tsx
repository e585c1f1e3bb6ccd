import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  /** A problem to show under the control; also marks the control invalid. */
  error?: string | undefined;
  hint?: string | undefined;
  children: (ids: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ComponentChildren;
}

/** A labelled form control with its hint and error tied to it for screen readers. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="ck-field">
      <label class="ck-field__label" for={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {hint && (
        <p id={hintId} class="ck-field__hint ck-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="ck-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
