import { Alert, Box, Button, Typography } from '@strapi/design-system';
import type { Problem } from '../api/problem';
import { useT } from '../utils/translate';

/** A failed request, in the server's own bilingual words when it gave some; `onRetry` offers to load again. */
export const ProblemAlert = ({
  problem,
  title,
  onClose,
  onRetry,
  action,
}: {
  problem: Problem;
  title?: string;
  onClose?: () => void;
  onRetry?: () => void;
  action?: React.ReactNode;
}) => {
  const { t, pick } = useT();
  const text = problem.message ? pick(problem.message) : problem.status === 0 ? t('error.network') : t('error.generic', { status: problem.status });
  const fields = Object.entries(problem.fields);
  return (
    <Alert variant="danger" title={title ?? t('error.title')} closeLabel={t('common.close')} onClose={onClose} action={action ?? (onRetry && <RetryButton onRetry={onRetry} />)}>
      {text}
      {/* Spans: the design system's Alert renders its children inside a <p>, where a div is invalid HTML. */}
      {fields.length > 0 && (
        <Box tag="span" display="block" paddingTop={1}>
          {fields.slice(0, 8).map(([path, code]) => (
            <Typography key={path} tag="span" display="block" variant="pi">
              {path}: {code}
            </Typography>
          ))}
        </Box>
      )}
    </Alert>
  );
};

const RetryButton = ({ onRetry }: { onRetry: () => void }) => {
  const { t } = useT();
  return (
    <Button variant="tertiary" onClick={onRetry}>
      {t('common.retry')}
    </Button>
  );
};
