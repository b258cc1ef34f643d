export {
  CLAIM_STATES,
  CLAIM_TRANSITIONS,
  DEALER_EDITABLE_STATES,
  DEALER_DELETABLE_STATES,
  FINAL_STATES,
  transition,
  allowedEvents,
  dealerMayEdit,
  dealerMayDelete,
  isFinal,
  decisionEvent,
  type TransitionRule,
  type TransitionResult,
} from './claim-machine';
export { slaOf, timerOf, DEFAULT_REVIEW_HOURS } from './sla';
export { UNDECIDED_STATES, isPayableDecided, travelKm, type TravelKm } from './payable';
