import type { PrecheckRule } from './rule';
import { makeFinding } from './finding';

/** Without a rate labour and travel would be paid 0, which no one means. */
export const rateNotFound: PrecheckRule = (input, ctx) => {
  const needsRate = input.labour.length > 0 || (input.travel?.km ?? 0) > 0;
  return ctx.rate === null && needsRate
    ? [makeFinding('RATE_NOT_FOUND', { params: { tier: ctx.dealer?.tier ?? '—', date: input.repairDate } })]
    : [];
};
