import type { KpiFigure } from '../../../../shared';
import { useT } from '../../utils/translate';
import { chartValue, formatRate } from './kpi-format';

interface Props {
  title: string;
  points: Array<{ key: string | null; figure: KpiFigure }>;
  onOpen: (periodKey: string | null) => void;
}

const W = 280;
const H = 72;
const PAD = 6;

/**
 * A KPI's trend, drawn by hand in SVG (the admin has no chart library): a line over the
 * periods, the target as a dashed line, a dot per period (red when missed) that opens
 * that period's records. Screen readers get the title and a table of the same numbers.
 */
export const TrendChart = ({ title, points, onOpen }: Props) => {
  const { t } = useT();
  const drawn = points.map((p, i) => ({ ...p, i, v: chartValue(p.figure) }));
  const x = (i: number) => (drawn.length <= 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (drawn.length - 1));
  const y = (v: number) => H - PAD - v * (H - 2 * PAD);
  const target = points[0] ? chartValue({ rate: points[0].figure.target.numerator / points[0].figure.target.denominator, target: points[0].figure.target }) : null;
  const path = drawn
    .filter((p) => p.v !== null)
    .map((p, n) => `${n === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v!).toFixed(1)}`)
    .join(' ');
  const id = `trend-${title.replace(/\W/g, '')}`;
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-t`} style={{ display: 'block' }}>
        <title id={`${id}-t`}>{t('kpi.trendOf', { name: title })}</title>
        <rect x={0} y={0} width={W} height={H} fill="#f6f6f9" rx={4} />
        {target !== null && <line x1={PAD} x2={W - PAD} y1={y(target)} y2={y(target)} stroke="#8e8ea9" strokeDasharray="4 3" strokeWidth={1} />}
        {path && <path d={path} fill="none" stroke="#4945ff" strokeWidth={2} />}
        {drawn.map((p) =>
          p.v === null ? null : (
            <circle
              key={String(p.key)}
              cx={x(p.i)}
              cy={y(p.v)}
              r={4}
              fill={p.figure.meetsTarget === false ? '#d02b20' : '#4945ff'}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(p.key)}
            >
              <title>{`${p.key}: ${formatRate(p.figure)} (${p.figure.numerator}/${p.figure.denominator})`}</title>
            </circle>
          ),
        )}
      </svg>
      <figcaption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        <table>
          <caption>{t('kpi.trendOf', { name: title })}</caption>
          <tbody>
            {points.map((p) => (
              <tr key={String(p.key)}>
                <th scope="row">{p.key}</th>
                <td>{formatRate(p.figure)}</td>
                <td>{`${p.figure.numerator}/${p.figure.denominator}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
};
