import { Badge } from '@strapi/design-system';
import type { ComplaintSeverity, ComplaintStatus } from '../../api/complaint-types';
import { useT } from '../../utils/translate';

const STATUS_COLOUR: Record<ComplaintStatus, { bg: string; fg: string }> = {
  received: { bg: 'warning100', fg: 'warning700' },
  in_progress: { bg: 'primary100', fg: 'primary700' },
  resolved: { bg: 'secondary100', fg: 'secondary700' },
  closed: { bg: 'neutral150', fg: 'neutral700' },
};
const SEVERITY_COLOUR: Record<ComplaintSeverity, { bg: string; fg: string }> = {
  critical: { bg: 'danger100', fg: 'danger700' },
  major: { bg: 'warning100', fg: 'warning700' },
  minor: { bg: 'neutral150', fg: 'neutral700' },
};

export const ComplaintStatusBadge = ({ status }: { status: ComplaintStatus }) => {
  const { tAny } = useT();
  return <Badge backgroundColor={STATUS_COLOUR[status].bg} textColor={STATUS_COLOUR[status].fg}>{tAny(`complaint.status.${status}`, status)}</Badge>;
};

export const SeverityBadge = ({ severity }: { severity: ComplaintSeverity }) => {
  const { tAny } = useT();
  return <Badge backgroundColor={SEVERITY_COLOUR[severity].bg} textColor={SEVERITY_COLOUR[severity].fg}>{tAny(`complaint.severity.${severity}`, severity)}</Badge>;
};
