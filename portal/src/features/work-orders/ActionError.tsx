import { isApiError } from '../../api/client';
import { useErrorText } from '../../ui/errors';
import { FindingList } from '../../ui/FindingList';

/**
 * The server's bilingual reason for refusing an action (a 409's wrong state, a 400's time
 * rule), with its findings unless the form already shows them beside their fields.
 */
export function ActionError({ error, findings: showFindings = true }: { error: unknown; findings?: boolean }) {
  const errorText = useErrorText();
  if (!error) return null;
  const findings = showFindings && isApiError(error) ? error.details.findings ?? [] : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorText(error)}</p>
      <FindingList findings={findings} />
    </div>
  );
}
