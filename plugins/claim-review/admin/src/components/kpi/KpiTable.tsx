import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { KpiGroupFigures, KpiName } from '../../../../shared';
import { useT, type MessageKey } from '../../utils/translate';
import { formatRate } from './kpi-format';

interface Props {
  groups: KpiGroupFigures[];
  kpis: readonly KpiName[];
  by: string;
  onOpen: (kpi: KpiName, group: string) => void;
}

/** Every KPI by dealer, region or model; each cell opens its records; a missed target shows red. */
export const KpiTable = ({ groups, kpis, by, onOpen }: Props) => {
  const { t } = useT();
  return (
    <Table colCount={kpis.length + 1} rowCount={groups.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t(`kpi.by.${by}` as MessageKey)}</Typography></Th>
          {kpis.map((k) => (
            <Th key={k}><Typography variant="sigma">{t(`kpi.short.${k}` as MessageKey)}</Typography></Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {groups.map((g) => (
          <Tr key={String(g.key)}>
            <Td><Typography fontWeight="bold">{g.key ?? t('kpi.none')}</Typography></Td>
            {kpis.map((k) => {
              const f = g.figures.find((x) => x.kpi === k)!;
              return (
                <Td key={k}>
                  <button
                    type="button"
                    onClick={() => onOpen(k, g.key ?? '')}
                    title={`${f.numerator} / ${f.denominator}`}
                    style={{ all: 'unset', cursor: 'pointer' }}
                  >
                    <Typography textColor={f.meetsTarget === false ? 'danger600' : 'neutral800'}>{formatRate(f)}</Typography>
                  </button>
                </Td>
              );
            })}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
