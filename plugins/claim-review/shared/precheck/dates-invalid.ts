import type { Finding } from '../contracts/findings';
import type { PrecheckRule } from './rule';
import { visibleUnit } from './rule';
import { makeFinding } from './finding';

export const datesInvalid: PrecheckRule = (input, ctx) => {
  const out: Finding[] = [];
  const { failureDate, repairDate } = input;
  if (failureDate > repairDate) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'failureDate',
        variant: 'failure_after_repair',
        params: { failureDate, repairDate },
      }),
    );
  }
  if (repairDate > ctx.today) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'repairDate',
        variant: 'repair_in_future',
        params: { repairDate, today: ctx.today },
      }),
    );
  }
  const saleDate = visibleUnit(ctx)?.saleDate;
  if (saleDate && failureDate < saleDate) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'failureDate',
        variant: 'failure_before_sale',
        params: { failureDate, saleDate },
      }),
    );
  }
  const repair = input.repair;
  if (repair && repair.handedOverAt < failureDate) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'repair.handedOverAt',
        variant: 'handover_before_failure',
        params: { handedOverAt: repair.handedOverAt, failureDate },
      }),
    );
  }
  if (repair && repair.returnedAt < repair.handedOverAt) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'repair.returnedAt',
        variant: 'return_before_handover',
        params: { handedOverAt: repair.handedOverAt, returnedAt: repair.returnedAt },
      }),
    );
  }
  if (repair && repair.returnedAt > ctx.today) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'repair.returnedAt',
        variant: 'return_in_future',
        params: { returnedAt: repair.returnedAt, today: ctx.today },
      }),
    );
  }
  const signedAt = input.customerConfirmation.signedAt;
  // The customer confirms the repair of a failure: a signature older than the failure
  // confirms nothing. When the failure date itself is wrong, that finding says enough.
  if (signedAt < failureDate && failureDate <= repairDate) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'customerConfirmation.signedAt',
        variant: 'signed_before_failure',
        params: { signedAt, failureDate },
      }),
    );
  } else if (signedAt > ctx.today) {
    out.push(
      makeFinding('DATES_INVALID', {
        field: 'customerConfirmation.signedAt',
        variant: 'signed_in_future',
        params: { signedAt, today: ctx.today },
      }),
    );
  }
  return out;
};
