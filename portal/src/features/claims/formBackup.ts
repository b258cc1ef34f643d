import { draftStore } from '../../forms/draftStore';
import type { ClaimForm } from './claimFormModel';

/**
 * An unsent new claim survives a reload or a closed tab in this browser session, with
 * its Idempotency-Key: if the first attempt reached the server before the page went
 * away, sending again answers that claim instead of filing a second one.
 */
export interface Backup {
  key: string;
  values: ClaimForm;
  savedAt: number;
}

function isBackup(raw: unknown): raw is Backup {
  const b = raw as Backup | null;
  return !!b && typeof b.key === 'string' && !!b.values && typeof b.values === 'object';
}

export const claimBackup = draftStore<Backup>('sanbao.claimForm.new', 'session', isBackup);
