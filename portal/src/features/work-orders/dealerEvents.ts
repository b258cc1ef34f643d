import { WORK_ORDER_MACHINE, type WorkOrderEvent, type WorkOrderStatus } from '@shared/service';

/**
 * The moves a dealer may try from this state, from the core's machine, so the page only
 * offers buttons the server would consider; the server still decides (409 when it moved meanwhile).
 */
export function dealerEvents(status: WorkOrderStatus): Set<WorkOrderEvent> {
  return new Set(WORK_ORDER_MACHINE.allowedEvents(status, { kind: 'dealer' }));
}
