/**
 * The service desk's domain core: a customer's call (报修), its work order (售后派工单),
 * the receipt (维修服务回执单) and the follow-up (回访), with their SLA timers.
 */
export { SERVICE_ACTIONS, machineOf, type ServiceAction, type ServiceActor, type MoveRule, type MoveRequest, type MoveResult, type PlanResult, type PlannedMove, type Machine } from './machine';
export {
  SERVICE_REQUEST_STATES,
  SERVICE_REQUEST_TRANSITIONS,
  SERVICE_REQUEST_MACHINE,
  OPEN_REQUEST_STATES,
  FOLLOW_UP_STATES,
  type ServiceRequestStatus,
  type ServiceRequestEvent,
} from './request-machine';
export {
  WORK_ORDER_STATES,
  WORK_ORDER_TRANSITIONS,
  WORK_ORDER_MACHINE,
  CLOSED_WORK_ORDER_STATES,
  ARRANGED_WORK_ORDER_STATES,
  isWorkOrderClosed,
  type WorkOrderStatus,
  type WorkOrderEvent,
} from './work-order-machine';
export { normalisePhone, maskPhone, type PhoneKind, type PhoneResult } from './phone';
export { instant as instantSchema, phone as phoneSchema } from './primitives';
export {
  SERVICE_CHANNELS,
  serviceAddressSchema,
  serviceUnitSchema,
  serviceRequestInputSchema,
  triageInputSchema,
  serviceRequestNumber,
  isServiceRequestNumber,
  suggestDealer,
  type ServiceChannel,
  type ServiceRequestInput,
  type TriageInput,
  type DealerSuggestion,
} from './request';
export {
  declineInputSchema,
  contactAttemptInputSchema,
  appointmentInputSchema,
  arrivalInputSchema,
  reassignInputSchema,
  FAILED_CONTACTS_LIMIT,
  REDIAL_MINUTES,
  countedFailedContacts,
  contactAttemptMove,
  type DeclineInput,
  type ContactAttemptInput,
  type AppointmentInput,
  type ArrivalInput,
  type ReassignInput,
  type ContactAttempt,
} from './work-order';
export {
  SIGNATURE_MAX_BYTES,
  SIGNATURE_MAX_LENGTH,
  SATISFACTION_LABELS,
  SATISFIED_AT_LEAST,
  COVERAGES as SERVICE_COVERAGES,
  signatureSchema,
  receiptPartSchema,
  serviceReceiptInputSchema,
  isSatisfied,
  receiptCharge,
  partsCorrectness,
  type Coverage as ServiceCoverage,
  type ServiceReceiptInput,
} from './receipt';
export { claimDraftOf, type RequestForClaim, type ClaimDraftResult } from './claim-draft';
export { followUpInputSchema, followUpOutcome, followUpEvent, type FollowUpInput, type FollowUpOutcome } from './follow-up';
export {
  CLOCK_SKEW_MS,
  APPOINTMENT_HORIZON_DAYS,
  purchaseDateProblem,
  receivedAtProblem,
  appointmentProblem,
  contactAttemptProblem,
  arrivalProblem,
  receiptProblem,
  followUpProblem,
  type ServiceTimeReason,
  type TimeProblem,
} from './time-checks';
export {
  SERVICE_TIMER_NAMES,
  DEFAULT_SERVICE_TIMERS,
  serviceTimer,
  timerDue,
  timerSpanMs,
  newBreaches,
  type ServiceTimerName,
  type ServiceTimerSetting,
  type ServiceTimerSettings,
  type ServiceTimerState,
  type ServiceTimer,
  type TimerCalendarKind,
  type TimerClock,
} from './sla-timer';
export { workOrderTimers, needsCheck, followUpTimer, type WorkOrderClocks, type FollowUpClocks } from './service-timers';
export { contactForDealer, type CustomerContact, type DealerContact } from './masking';
export { pendingDueAt, nextBreachAt, breachKey, timerSettingsProblem, timerSettingsOf } from './board';
export {
  boardQuerySchema,
  workOrderListQuerySchema,
  lookupQuerySchema,
  dealerPickerQuerySchema,
  complaintListQuerySchema,
  type ComplaintListQuery,
  type BoardQuery,
  type WorkOrderListQuery,
  type LookupQuery,
} from './queries';
export { serviceTimerAnswer, workOrderAnswer, filedClaimAnswer, dealerComplaintAnswer } from './answers';
export type { ServiceTimelineEntry, ServiceReceiptAnswer, ContactAttemptAnswer, WorkOrderAnswer, ComplaintDocument } from './contracts';
export { SERVICE_TIMELINE_EVENTS } from './timeline';
export {
  COMPLAINT_CHANNELS,
  COMPLAINT_SUBJECTS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_DOCUMENTS_MAX,
  complaintInputSchema,
  complaintFromFollowUpSchema,
  complaintFromFollowUp,
  complaintNoticeInputSchema,
  complaintResolutionInputSchema,
  complaintConfirmationInputSchema,
  confirmationEvent,
  type ComplaintChannel,
  type ComplaintSubject,
  type ComplaintSeverity,
  type ComplaintInput,
  type ComplaintFromFollowUpInput,
  type FollowUpCallFacts,
  type ComplaintNoticeInput,
  type ComplaintResolutionInput,
  type ComplaintConfirmationInput,
} from './complaint';
export {
  COMPLAINT_STATES,
  COMPLAINT_TRANSITIONS,
  COMPLAINT_MACHINE,
  isComplaintReadOnly,
  complaintOwnerProblem,
  type ComplaintStatus,
  type ComplaintEvent,
} from './complaint-machine';
export { COMPLAINT_TIMER_OF, complaintTimer, type ComplaintClocks } from './complaint-timer';
