import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import type { Finding } from '@shared/contracts/findings';
import { FindingList } from '../ui/FindingList';
import { useValidationText } from '../ui/validation';

/**
 * Label, control, its error and the findings about it, wired for screen readers:
 * the control is described by whatever is said about it.
 */
export function Field({
  label,
  error,
  errorText,
  hint,
  findings = [],
  className,
  children,
}: {
  label: ReactNode;
  /** A shared validation code (`required`, `too_long`…), or text already in words (`errorText`). */
  error?: string;
  errorText?: string;
  hint?: ReactNode;
  findings?: Finding[];
  className?: string;
  children: ReactElement;
}) {
  const id = useId();
  const validationText = useValidationText();
  const controlId = (isValidElement(children) && (children.props as { id?: string }).id) || `${id}-c`;
  const shown = errorText ?? (error ? validationText(error) : undefined);
  const described = [shown && `${id}-err`, findings.length > 0 && `${id}-f`, hint && `${id}-hint`].filter(Boolean).join(' ');
  const hasError = !!shown || findings.some((f) => f.severity === 'error');
  return (
    <div className={`field${hasError ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={controlId}>{label}</label>
      {cloneElement(children as ReactElement<Record<string, unknown>>, {
        id: controlId,
        'aria-invalid': hasError || undefined,
        'aria-describedby': described || undefined,
      })}
      {shown && (
        <p id={`${id}-err`} className="field-error">
          {shown}
        </p>
      )}
      {findings.length > 0 && <FindingList id={`${id}-f`} findings={findings} compact />}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
