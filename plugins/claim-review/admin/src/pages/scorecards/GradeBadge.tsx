import { Badge } from '@strapi/design-system';
import type { DealerGrade } from '../../../../shared';

const TONE: Record<DealerGrade, { background: string; textColor: string }> = {
  A: { background: 'success100', textColor: 'success700' },
  B: { background: 'primary100', textColor: 'primary700' },
  C: { background: 'warning100', textColor: 'warning700' },
  D: { background: 'danger100', textColor: 'danger700' },
};

/** A dealer's credit grade, A (green, may be auto-approved) to D (red, always reviewed). */
export const GradeBadge = ({ grade }: { grade: DealerGrade | null }) =>
  grade ? <Badge {...TONE[grade]}>{grade}</Badge> : <Badge>—</Badge>;

/** A share as a percentage with one decimal, or a dash when nothing was counted. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)} %`);
