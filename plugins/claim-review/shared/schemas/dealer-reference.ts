import * as z from 'zod';
import { listQuerySchema } from './list-query';
import { LIMITS, blankAsMissing, isoDate, plainString } from './primitives';

/*
 * Dealer portal reference (issue #18): what the claim form and the quote page pick
 * from, and the dealer's own stock of units.
 */

const date = z.string().meta({ format: 'date', description: 'Business date YYYY-MM-DD' });
const fen = z.number().int().meta({ description: 'Amount in fen (1/100 yuan)' });
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

/** GET /models/:code/reference?date= — prices as valid on `date` (default today). */
export const modelReferenceQuerySchema = z.object({ date: optional(isoDate()) });

export const modelReferenceAnswer = z.looseObject({
  model: z.looseObject({ code: z.string(), name: z.string(), nameEn: z.string().nullable() }),
  date,
  components: z.array(z.looseObject({ code: z.string(), name: z.string(), nameEn: z.string(), main: z.boolean() })),
  parts: z.array(
    z.looseObject({
      number: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      category: z.enum(['standard', 'wear', 'main_component', 'core']),
      component: z.string().nullable(),
      core: z.boolean().meta({ description: 'A protected design: catalogued, never priced (PART_CORE)' }),
      mustReturn: z.boolean(),
      dealerPrice: fen.nullable(),
      guidePrice: fen.nullable(),
    }),
  ),
  operations: z.array(
    z.looseObject({
      code: z.string(),
      description: z.string().nullable(),
      descriptionEn: z.string().nullable(),
      standardHours: z.number(),
      model: z.string().nullable().meta({ description: 'null: valid on every model' }),
    }),
  ),
});

/** GET /units — the dealer's own units. */
export const unitListQuerySchema = listQuerySchema.extend({
  registered: optional(z.enum(['true', 'false']).transform((v) => v === 'true')),
  q: optional(plainString().trim().max(LIMITS.query)),
});

export const unitSummaryAnswer = z.looseObject({
  serial: z.string(),
  model: z.looseObject({ code: z.string(), name: z.string(), nameEn: z.string().nullable() }),
  buildDate: date.nullable(),
  registered: z.boolean(),
  saleDate: date.nullable(),
  registrationDate: date.nullable(),
});
