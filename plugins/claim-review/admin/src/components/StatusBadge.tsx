import { Status, Typography } from '@strapi/design-system';
import type { ClaimStatus } from '../api/types';
import { useT } from '../utils/translate';

const VARIANT: Record<ClaimStatus, 'alternative' | 'danger' | 'neutral' | 'primary' | 'secondary' | 'success' | 'warning'> = {
  draft: 'neutral',
  submitted: 'secondary',
  in_review: 'secondary',
  info_requested: 'warning',
  rejected: 'danger',
  approved: 'success',
  partially_approved: 'success',
  awaiting_parts: 'alternative',
  ready_to_settle: 'primary',
  settled: 'neutral',
};

export const StatusBadge = ({ status }: { status: ClaimStatus }) => {
  const { tAny } = useT();
  return (
    <Status variant={VARIANT[status] ?? 'neutral'} size="S">
      <Typography fontWeight="bold" textColor={`${VARIANT[status] ?? 'neutral'}700`} variant="omega">
        {tAny(`status.${status}`, status)}
      </Typography>
    </Status>
  );
};
