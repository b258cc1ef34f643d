import type { PrecheckRule } from './rule';
import { clauseOf, makeFinding } from './finding';

/** A warning only: travel is paid up to the cap. */
export const travelOverCap: PrecheckRule = (input, ctx) => {
  const km = input.travel?.km;
  const rate = ctx.rate;
  if (!rate || km === undefined || km <= rate.travelCapKm) return [];
  const cap = rate.travelCapKm;
  return [
    makeFinding('TRAVEL_OVER_CAP', {
      field: 'travel.km',
      params: { km, cap },
      clause: clauseOf('clause.travel_cap', null, { cap }),
    }),
  ];
};
