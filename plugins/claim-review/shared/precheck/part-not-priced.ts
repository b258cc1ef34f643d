import type { Finding } from '../contracts/findings';
import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';

/** Unknown to the price list, or no price valid on the repair date; core parts have their own finding. */
export const partNotPriced: PrecheckRule = (input, ctx) => {
  const catalogue = ctx.parts;
  if (!catalogue) return [];
  const out: Finding[] = [];
  input.parts.forEach((p, i) => {
    const part = catalogue[p.partNumber];
    if (part && (part.category === 'core' || part.price)) return;
    out.push(
      makeFinding('PART_NOT_PRICED', {
        field: `parts.${i}.partNumber`,
        variant: part ? 'no_price' : undefined,
        params: { partNumber: p.partNumber, date: input.repairDate },
        clause: clauseOf('clause.price_list', null),
      }),
    );
  });
  return out;
};
