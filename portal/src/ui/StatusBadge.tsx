import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '@shared/contracts/claim';
import type { SettlementStatus } from '@shared/contracts/settlement';
import type { ShipmentStatus } from '@shared/contracts/shipment';
import type { WorkOrderStatus } from '@shared/service';

type Kind = 'claim' | 'settlement' | 'shipment' | 'workOrder';

const TONE: Record<string, 'neutral' | 'info' | 'warn' | 'ok' | 'bad'> = {
  draft: 'neutral',
  submitted: 'info',
  in_review: 'info',
  info_requested: 'warn',
  rejected: 'bad',
  approved: 'ok',
  partially_approved: 'ok',
  awaiting_parts: 'warn',
  ready_to_settle: 'info',
  settled: 'ok',
  issued: 'warn',
  acknowledged: 'ok',
  shipped: 'info',
  received: 'ok',
  dispatched: 'warn',
  accepted: 'info',
  declined: 'bad',
  contacted: 'info',
  scheduled: 'info',
  on_site: 'info',
  completed: 'ok',
  returned_to_coordinator: 'bad',
  reassigned: 'neutral',
};

export function StatusBadge({ kind, status }: { kind: Kind; status: ClaimStatus | SettlementStatus | ShipmentStatus | WorkOrderStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${TONE[status] ?? 'neutral'}`}>{t(`status.${kind}.${status}`)}</span>;
}
