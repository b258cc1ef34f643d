import { Status, Typography } from '@strapi/design-system';
import type { ServiceRequestStatus, WorkOrderStatus } from '../../api/service-types';
import { useT } from '../../utils/translate';

type Variant = 'alternative' | 'danger' | 'neutral' | 'primary' | 'secondary' | 'success' | 'warning';

const REQUEST: Record<ServiceRequestStatus, Variant> = {
  received: 'warning',
  guidance: 'secondary',
  dispatched: 'primary',
  in_service: 'alternative',
  completed: 'secondary',
  followed_up: 'success',
  reopened: 'danger',
  closed: 'neutral',
};

const WORK_ORDER: Record<WorkOrderStatus, Variant> = {
  dispatched: 'warning',
  accepted: 'primary',
  declined: 'danger',
  contacted: 'primary',
  scheduled: 'primary',
  on_site: 'alternative',
  completed: 'success',
  returned_to_coordinator: 'danger',
  reassigned: 'neutral',
};

const Pill = ({ variant, label }: { variant: Variant; label: string }) => (
  <Status variant={variant} size="S">
    <Typography fontWeight="bold" textColor={`${variant}700`} variant="omega">
      {label}
    </Typography>
  </Status>
);

export const RequestStatusBadge = ({ status }: { status: ServiceRequestStatus }) => {
  const { tAny } = useT();
  return <Pill variant={REQUEST[status] ?? 'neutral'} label={tAny(`service.status.${status}`, status)} />;
};

export const WorkOrderStatusBadge = ({ status }: { status: WorkOrderStatus }) => {
  const { tAny } = useT();
  return <Pill variant={WORK_ORDER[status] ?? 'neutral'} label={tAny(`service.wo.status.${status}`, status)} />;
};
