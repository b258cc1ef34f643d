import { draftStore, type DraftStore } from '../../forms/draftStore';
import type { ReceiptForm } from './receiptFormModel';

/**
 * A receipt typed at the customer's is kept on the phone itself (localStorage, not the
 * tab's session), one per work order: a dead battery or a killed browser must not lose it,
 * nor the customer's signature (a PNG data URL, ≤ 200 KB by the core's rule).
 */
export interface ReceiptDraft {
  values: ReceiptForm;
  savedAt: number;
}

function isReceiptDraft(raw: unknown): raw is ReceiptDraft {
  const d = raw as ReceiptDraft | null;
  return (
    !!d &&
    typeof d.savedAt === 'number' &&
    !!d.values &&
    typeof d.values.faultFound === 'string' &&
    Array.isArray(d.values.parts) &&
    Array.isArray(d.values.labour) &&
    typeof d.values.acceptance?.signature === 'string'
  );
}

export function receiptDraftStore(workOrder: string): DraftStore<ReceiptDraft> {
  return draftStore<ReceiptDraft>(`sanbao.receiptDraft.${workOrder}`, 'local', isReceiptDraft);
}
