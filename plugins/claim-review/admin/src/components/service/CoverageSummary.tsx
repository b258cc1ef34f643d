import { Badge, Flex, Typography } from '@strapi/design-system';
import type { Coverage } from '../../../../shared';
import { isoDay } from '../DateField';
import { useT } from '../../utils/translate';

/** Whether the unit is in its 三包 period today, and until when (the `…Until` dates are the last covered day). */
export const CoverageSummary = ({ coverage }: { coverage: Coverage | null | undefined }) => {
  const { t } = useT();
  if (!coverage || (!coverage.wholeUnitUntil && !coverage.mainComponentsUntil)) {
    return <Badge>{t('service.coverage.unknown')}</Badge>;
  }
  const today = isoDay(new Date());
  const whole = Boolean(coverage.wholeUnitUntil && coverage.wholeUnitUntil >= today);
  const main = Boolean(coverage.mainComponentsUntil && coverage.mainComponentsUntil >= today);
  const label = whole ? t('service.coverage.inWarranty') : main ? t('service.coverage.mainOnly') : t('service.coverage.expired');
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Badge backgroundColor={whole ? 'success100' : main ? 'warning100' : 'danger100'} textColor={whole ? 'success700' : main ? 'warning700' : 'danger700'}>
        {label}
      </Badge>
      <Typography variant="pi" textColor="neutral600">
        {t('service.coverage.until', { whole: coverage.wholeUnitUntil ?? '—', main: coverage.mainComponentsUntil ?? '—' })}
      </Typography>
    </Flex>
  );
};
