import type { ClaimLine, ClaimTotals, LineId } from '../contracts/claim';
import { claimTotals } from './claim';

/** The reason code a line carries once its part was never returned (docs/api.md's reason codes, seeded). */
export const RETURN_FORFEITED_REASON = 'RETURN_FORFEITED';

/**
 * Lines whose must-return part never arrived, past the grace period after the cut-off:
 * the manufacturer pays nothing for them (not received), the rest of the claim is
 * settled as it stands. The claimed amount stays visible beside payable 0.
 */
export function forfeitLines(lines: readonly ClaimLine[], ids: readonly LineId[]): { lines: ClaimLine[]; totals: ClaimTotals } {
  const forfeited = new Set(ids.map(String));
  const out = lines.map((line): ClaimLine =>
    line.id !== undefined && forfeited.has(String(line.id)) && line.kind === 'part'
      ? { ...line, payable: 0, reasonCode: RETURN_FORFEITED_REASON, inspection: 'not_received' }
      : { ...line },
  );
  return { lines: out, totals: claimTotals(out) };
}
