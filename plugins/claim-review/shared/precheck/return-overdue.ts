import type { Finding } from '../contracts/findings';
import type { IsoDate } from '../contracts/money';
import type { PolicyFacts } from '../contracts/facts';
import { clauseOf, makeFinding } from './finding';

/**
 * Not a precheck rule: the server's daily job calls it for claims awaiting parts. The
 * due date itself comes from returnDueDate; the day after it the parts are overdue.
 */
export function returnOverdueFinding(args: {
  claimNumber: string;
  dueDate: IsoDate;
  today: IsoDate;
  policy?: Pick<PolicyFacts, 'code' | 'name' | 'clause'> | null;
}): Finding | null {
  if (args.today <= args.dueDate) return null;
  return makeFinding('RETURN_OVERDUE', {
    params: { claimNumber: args.claimNumber, dueDate: args.dueDate },
    clause: clauseOf('clause.return', args.policy ?? null, { dueDate: args.dueDate }),
  });
}
