import type { PrecheckRule } from './rule';
import { visibleUnit } from './rule';
import { makeFinding } from './finding';

/** A unit without a sale date has no warranty card (三包回执卡) on file. */
export const unitNotRegistered: PrecheckRule = (input, ctx) => {
  const unit = visibleUnit(ctx);
  return unit && !unit.saleDate
    ? [makeFinding('UNIT_NOT_REGISTERED', { field: 'serial', params: { serial: input.serial } })]
    : [];
};
