import { maskPhone } from './phone';
import { isWorkOrderClosed, type WorkOrderStatus } from './work-order-machine';

export interface CustomerContact {
  name: string;
  phone: string;
  address: { region: string; line: string };
}

export interface DealerContact {
  name: string;
  phone: string;
  address: { region: string; line: string | null };
  masked: boolean;
}

/**
 * What a dealer sees of the customer on its work order: everything while the order is
 * open (the station must call and visit), then only the masked phone and the region:
 * personal data stays with the manufacturer once the job is done.
 */
export function contactForDealer(contact: CustomerContact, status: WorkOrderStatus): DealerContact {
  if (!isWorkOrderClosed(status)) return { ...contact, address: { ...contact.address }, masked: false };
  return { name: contact.name, phone: maskPhone(contact.phone), address: { region: contact.address.region, line: null }, masked: true };
}
