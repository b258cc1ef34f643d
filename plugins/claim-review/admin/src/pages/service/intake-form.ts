import type { ServiceChannel } from '../../api/service-types';

/** The intake form as typed; `receivedAt` is the browser's local date-time (YYYY-MM-DDTHH:mm). */
export interface IntakeDraft {
  channel: ServiceChannel;
  name: string;
  phone: string;
  region: string;
  line: string;
  serial: string;
  model: string;
  purchaseDate: string;
  symptom: string;
  receivedAt: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Now as a datetime-local value, to the minute. */
export function localNow(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export const emptyDraft = (): IntakeDraft => ({
  channel: 'phone',
  name: '',
  phone: '',
  region: '',
  line: '',
  serial: '',
  model: '',
  purchaseDate: '',
  symptom: '',
  receivedAt: localNow(),
});

/**
 * The ServiceRequestInput body: the unit by serial when one is given, else by model and
 * purchase date; the local date-time as an instant with its zone.
 */
export function intakeBody(d: IntakeDraft) {
  const serial = d.serial.trim();
  const received = d.receivedAt ? new Date(d.receivedAt) : null;
  return {
    channel: d.channel,
    caller: { name: d.name.trim(), phone: d.phone.trim(), address: { region: d.region.trim(), line: d.line.trim() } },
    unit: serial ? { serial } : { model: d.model.trim() || null, purchaseDate: d.purchaseDate || null },
    symptom: d.symptom.trim(),
    receivedAt: received && !Number.isNaN(received.getTime()) ? received.toISOString() : '',
  };
}
