import type { PrecheckRule } from './rule';
import { visibleUnit } from './rule';
import { makeFinding } from './finding';

export const unitNotFound: PrecheckRule = (input, ctx) =>
  visibleUnit(ctx) === null
    ? [makeFinding('UNIT_NOT_FOUND', { field: 'serial', params: { serial: input.serial } })]
    : [];
