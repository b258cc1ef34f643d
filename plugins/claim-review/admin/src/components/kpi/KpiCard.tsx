import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import type { KpiFigure } from '../../../../shared';
import { useT, type MessageKey } from '../../utils/translate';
import { formatRate, formatTarget } from './kpi-format';
import { TrendChart } from './TrendChart';

interface Props {
  figure: KpiFigure;
  trend: Array<{ key: string | null; figure: KpiFigure }>;
  onOpen: (periodKey: string | null) => void;
}

/** One KPI: the figure against its target, met or missed, its counts, and its trend over the periods. */
export const KpiCard = ({ figure, trend, onOpen }: Props) => {
  const { t } = useT();
  const name = t(`kpi.name.${figure.kpi}` as MessageKey);
  const state = figure.meetsTarget === null ? 'none' : figure.meetsTarget ? 'met' : 'missed';
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} height="100%" role="group" aria-label={name}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
          <Typography variant="sigma" textColor="neutral600">{name}</Typography>
          <Badge
            backgroundColor={state === 'met' ? 'success100' : state === 'missed' ? 'danger100' : 'neutral150'}
            textColor={state === 'met' ? 'success700' : state === 'missed' ? 'danger700' : 'neutral600'}
          >
            {t(`kpi.state.${state}` as MessageKey)}
          </Badge>
        </Flex>
        <button
          type="button"
          onClick={() => onOpen(null)}
          aria-label={t('kpi.openRecords', { name })}
          style={{ all: 'unset', cursor: 'pointer', textAlign: 'left' }}
        >
          <Typography variant="alpha" tag="div" textColor={state === 'missed' ? 'danger600' : 'neutral800'}>
            {formatRate(figure)}
          </Typography>
        </button>
        <Typography variant="pi" textColor="neutral600">
          {t('kpi.counts', { numerator: figure.numerator, denominator: figure.denominator })} · {t('kpi.target', { target: formatTarget(figure) })}
        </Typography>
        <TrendChart title={name} points={trend} onOpen={onOpen} />
      </Flex>
    </Box>
  );
};
