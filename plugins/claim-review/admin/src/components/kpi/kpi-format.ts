import type { KpiFigure } from '../../../../shared';

/** A figure as the page shows it: a share in % with one decimal, complaints per 100 services with one. */
export function formatRate(f: Pick<KpiFigure, 'rate' | 'target'>): string {
  if (f.rate === null) return '—';
  return f.target.scale === 100 ? f.rate.toFixed(1) : `${(f.rate * 100).toFixed(1)}%`;
}

export function formatTarget(f: Pick<KpiFigure, 'target'>): string {
  const { direction, numerator, denominator, scale } = f.target;
  const value = numerator / denominator;
  const text = scale === 100 ? value.toFixed(1) : `${(value * 100).toFixed(0)}%`;
  return `${direction === 'at_least' ? '≥' : '≤'} ${text}`;
}

/** The figure on the 0–1 axis of a chart (complaints per 100 against twice the target, capped). */
export function chartValue(f: Pick<KpiFigure, 'rate' | 'target'>): number | null {
  if (f.rate === null) return null;
  if (f.target.scale === 1) return f.rate;
  const top = Math.max(2 * (f.target.numerator / f.target.denominator), 1);
  return Math.min(f.rate / top, 1);
}
