import * as z from 'zod';
import { LIMITS } from '../schemas/primitives';
import { normalisePhone } from './phone';

/** An instant with its zone (a technician's phone sends +08:00, a server Z). */
export const instant = () => z.iso.datetime({ offset: true });

/** A Chinese mobile or landline, answered in its normal form (see normalisePhone). */
export const phone = () =>
  z
    .string()
    .max(LIMITS.phone)
    .transform((raw, ctx) => {
      const result = normalisePhone(raw);
      if (result.ok) return result.normalised;
      ctx.addIssue({ code: 'custom', message: 'phone_invalid' });
      return z.NEVER;
    });
