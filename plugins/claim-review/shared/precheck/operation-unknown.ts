import type { Finding } from '../contracts/findings';
import type { PrecheckRule } from './rule';
import { makeFinding } from './finding';

export const operationUnknown: PrecheckRule = (input, ctx) => {
  const ops = ctx.operations;
  if (!ops) return [];
  const out: Finding[] = [];
  input.labour.forEach((l, i) => {
    if (ops[l.operation]) return;
    out.push(
      makeFinding('OPERATION_UNKNOWN', { field: `labour.${i}.operation`, params: { operation: l.operation } }),
    );
  });
  return out;
};
