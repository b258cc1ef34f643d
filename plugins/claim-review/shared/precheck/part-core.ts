import type { Finding } from '../contracts/findings';
import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';

/** Seed 004: core parts are protected designs, never priced or supplied on their own. */
export const partCore: PrecheckRule = (input, ctx) => {
  const out: Finding[] = [];
  input.parts.forEach((p, i) => {
    if (ctx.parts?.[p.partNumber]?.category !== 'core') return;
    out.push(
      makeFinding('PART_CORE', {
        field: `parts.${i}.partNumber`,
        params: { partNumber: p.partNumber },
        clause: clauseOf('clause.price_list', null),
      }),
    );
  });
  return out;
};
