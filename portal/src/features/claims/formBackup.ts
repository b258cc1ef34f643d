import type { ClaimForm } from './claimFormModel';

/**
 * An unsent new claim survives a reload or a closed tab in this browser session, with
 * its Idempotency-Key: if the first attempt reached the server before the page went
 * away, sending again answers that claim instead of filing a second one.
 */
const KEY = 'sanbao.claimForm.new';

export interface Backup {
  key: string;
  values: ClaimForm;
  savedAt: number;
}

export function readBackup(): Backup | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const b = JSON.parse(raw) as Backup;
    return b && typeof b.key === 'string' && b.values ? b : null;
  } catch {
    return null;
  }
}

export function writeBackup(b: Backup): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(b));
  } catch {
    // storage full or disabled: the form itself still holds the values
  }
}

export function clearBackup(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
