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
/** Room for the axis labels. */
const LEFT = 30;

/**
 * A KPI's trend, drawn by hand in SVG (the admin has no chart library): a line over the
 * periods, the target as a dashed line, a dot per period (red when missed) that opens
 * that period's records. Screen readers get the title and a table of the same numbers.
 */
export const TrendChart = ({ title, points, onOpen }: Props) => {
  const { t } = useT();
  const drawn = points.map((p, i) => ({ ...p, i, v: chartValue(p.figure) }));
  const x = (i: number) => (drawn.length <= 1 ? W / 2 : LEFT + (i * (W - LEFT - PAD)) / (drawn.length - 1));
  const target = points[0] ? chartValue({ rate: points[0].figure.target.numerator / points[0].figure.target.denominator, target: points[0].figure.target }) : null;
  // The axis starts a step below the lowest point or the target, so 91 % and 98 % do not look alike.
  const values = [...drawn.map((p) => p.v).filter((v): v is number => v !== null), ...(target === null ? [] : [target])];
  const low = values.length ? Math.max(0, Math.floor((Math.min(...values) - 0.02) * 10) / 10) : 0;
  const y = (v: number) => H - PAD - ((v - low) / (1 - low || 1)) * (H - 2 * PAD);
  const axis = (v: number) => (points[0]?.figure.target.scale === 100 ? '' : `${Math.round(v * 100)}%`);
  const path = drawn
    .filter((p) => p.v !== null)
    .map((p, n) => `${n === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v!).toFixed(1)}`)
    .join(' ');
  const name = t('kpi.trendOf', { name: title });
  return (
    <figure style={{ margin: 0, position: 'relative' }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={name} style={{ display: 'block' }}>
        <title>{name}</title>
        <rect x={0} y={0} width={W} height={H} fill="#f6f6f9" rx={4} />
        <text x={2} y={PAD + 4} fontSize={9} fill="#666687">{axis(1)}</text>
        <text x={2} y={H - PAD + 2} fontSize={9} fill="#666687">{axis(low)}</text>
        {target !== null && <line x1={LEFT} x2={W - PAD} y1={y(target)} y2={y(target)} stroke="#8e8ea9" strokeDasharray="4 3" strokeWidth={1} />}
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
      {points.length > 0 && (
        <div style={{ display: 'flex', justifyContent: 'space-between', paddingLeft: LEFT, fontSize: 10, color: '#666687' }} aria-hidden="true">
          <span>{points[0].key}</span>
          {points.length > 1 && <span>{points[points.length - 1].key}</span>}
        </div>
      )}
      <figcaption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        <table>
          <caption>{name}</caption>
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
