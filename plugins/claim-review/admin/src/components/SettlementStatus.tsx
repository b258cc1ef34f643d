import { Badge } from '@strapi/design-system';
import { useT } from '../utils/translate';

const COLORS = {
  draft: ['neutral150', 'neutral700'],
  issued: ['primary100', 'primary700'],
  acknowledged: ['success100', 'success700'],
} as const;

export const SettlementStatus = ({ status }: { status: 'draft' | 'issued' | 'acknowledged' }) => {
  const { t } = useT();
  const [bg, fg] = COLORS[status] ?? COLORS.draft;
  return (
    <Badge backgroundColor={bg} textColor={fg}>
      {t(`settlement.status.${status}`)}
    </Badge>
  );
};
