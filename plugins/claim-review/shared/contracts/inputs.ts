import type { z } from 'zod';
import type { claimCreateInputSchema, claimInputSchema } from '../schemas/claim';
import type { registrationInputSchema } from '../schemas/registration';
import type { shipmentInputSchema } from '../schemas/shipment';
import type { quoteInputSchema } from '../schemas/quote';
import type {
  answerInputSchema,
  decisionInputSchema,
  decisionLineSchema,
  inspectionInputSchema,
} from '../schemas/review';
import type { settlementCreateInputSchema } from '../schemas/settlement';
import type {
  analyticsQuerySchema,
  claimListQuerySchema,
  listQuerySchema,
  settlementListQuerySchema,
  shipmentListQuerySchema,
  staffClaimListQuerySchema,
} from '../schemas/list-query';

/** Request bodies after parsing: the schemas are the single source of their shape. */
export type ClaimInput = z.output<typeof claimInputSchema>;
export type ClaimCreateInput = z.output<typeof claimCreateInputSchema>;
export type RegistrationInput = z.output<typeof registrationInputSchema>;
export type ShipmentInput = z.output<typeof shipmentInputSchema>;
export type QuoteInput = z.output<typeof quoteInputSchema>;
export type AnswerInput = z.output<typeof answerInputSchema>;
export type DecisionInput = z.output<typeof decisionInputSchema>;
export type DecisionLineInput = z.output<typeof decisionLineSchema>;
export type InspectionInput = z.output<typeof inspectionInputSchema>;
export type SettlementCreateInput = z.output<typeof settlementCreateInputSchema>;
export type ListQuery = z.output<typeof listQuerySchema>;
export type ClaimListQuery = z.output<typeof claimListQuerySchema>;
export type StaffClaimListQuery = z.output<typeof staffClaimListQuerySchema>;
export type SettlementListQuery = z.output<typeof settlementListQuerySchema>;
export type ShipmentListQuery = z.output<typeof shipmentListQuerySchema>;
export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;
