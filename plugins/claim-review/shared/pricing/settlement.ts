import type { ClaimLine } from '../contracts/claim';
import type { SettlementLine } from '../contracts/settlement';
import type { Fen } from '../contracts/money';
import { sumFen } from './fen';

/** A claim's line on the settlement notice: what is payable, by kind. */
export function settlementLineOf(claimNumber: string, lines: readonly ClaimLine[]): SettlementLine {
  const of = (kind: ClaimLine['kind']) => sumFen(lines.filter((l) => l.kind === kind).map((l) => l.payable));
  const parts = of('part');
  const labour = of('labour');
  const travel = of('travel');
  return { claimNumber, parts, labour, travel, amount: parts + labour + travel };
}

export function settlementTotal(lines: readonly SettlementLine[]): Fen {
  return sumFen(lines.map((l) => l.amount));
}
