import { Badge, Box, Typography } from '@strapi/design-system';
import type { TimelineEntry } from '../api/types';
import { useT } from '../utils/translate';
import { auditPath } from './audit-path';
import { Trail, TrailItem } from './Trail';

type Flat = Record<string, string>;

/** Flattens a before/after snapshot to paths; line arrays are keyed by their ref, which reads better than an index. */
function flatten(value: unknown, prefix = '', out: Flat = {}, depth = 0): Flat {
  if (value === null || value === undefined || typeof value !== 'object' || depth > 3) {
    out[prefix] = value === null || value === undefined ? '—' : String(value);
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const key = item && typeof item === 'object' && 'ref' in item ? String((item as { ref: unknown }).ref) : String(i);
      flatten(item, prefix ? `${prefix}.${key}` : key, out, depth + 1);
    });
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'id' || k === 'ref') continue;
    flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  }
  return out;
}

/** Amounts in the snapshots are fen; shown as money. */
const MONEY_PATH = /(^|\.)(totals\.\w+|payable|amount|unitPrice|total)$/;

export function changesOf(before: unknown, after: unknown): Array<{ path: string; from: string; to: string }> {
  if (before === undefined && after === undefined) return [];
  const a = flatten(before ?? {});
  const b = flatten(after ?? {});
  const paths = Array.from(new Set([...Object.keys(a), ...Object.keys(b)]));
  return paths.filter((p) => (a[p] ?? '—') !== (b[p] ?? '—')).map((p) => ({ path: p, from: a[p] ?? '—', to: b[p] ?? '—' }));
}

/** The claim's audit trail, newest last: who did what, when, why, and what it changed. */
export const Timeline = ({ entries }: { entries: TimelineEntry[] }) => {
  const { t, tAny, dateTime, money } = useT();
  const show = (path: string, value: string) => {
    if (MONEY_PATH.test(path) && /^-?\d+$/.test(value)) return money(Number(value));
    const prefix = auditPath(path).valuePrefix;
    return prefix && value !== '—' ? tAny(`${prefix}.${value}`, value) : value;
  };
  const label = (path: string) => {
    const p = auditPath(path);
    const field = p.fieldKey ? tAny(p.fieldKey, p.field) : p.field;
    return p.line ? `${t('lines.row', { ref: p.line })} · ${field}` : field;
  };
  return (
    <Trail label={t('timeline.title')}>
      {entries.map((e, i) => {
        const changes = changesOf(e.before, e.after);
        return (
          <TrailItem
            key={`${e.at}-${i}`}
            title={tAny(`event.${e.event}`, e.event)}
            moved={Boolean(e.to)}
            from={e.from && tAny(`status.${e.from}`, e.from)}
            to={e.to && tAny(`status.${e.to}`, e.to)}
            badge={e.dealerVisible === false && <Badge size="S">{t('timeline.staffOnly')}</Badge>}
            when={dateTime(e.at)}
            who={tAny(`actor.${e.actor}`, e.actor)}
            name={e.by}
            note={e.comment}
            last={i === entries.length - 1}
          >
            {changes.length > 0 && (
              <Box tag="ul" paddingTop={1}>
                {changes.slice(0, 12).map((c) => (
                  <Typography key={c.path} tag="li" variant="pi" textColor="neutral700">
                    {label(c.path)}: {show(c.path, c.from)} → {show(c.path, c.to)}
                  </Typography>
                ))}
              </Box>
            )}
          </TrailItem>
        );
      })}
    </Trail>
  );
};
