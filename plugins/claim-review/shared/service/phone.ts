/**
 * Chinese phone numbers as callers give them: a mobile (11 digits, 1[3-9]…, with or
 * without +86 / 0086 / 86) or a landline (area code 0xx or 0xxx, then 7–8 digits, an
 * optional extension), with spaces, dashes, dots or brackets between the groups.
 * The normal form is what the server stores and looks a caller up by:
 *   mobile   13812345678
 *   landline 010-12345678 or 0531-1234567, extension as 010-12345678-123
 */
export type PhoneKind = 'mobile' | 'landline';

export type PhoneResult = { ok: true; kind: PhoneKind; normalised: string } | { ok: false; code: 'PHONE_INVALID' };

/** Longer than any real number with extension and separators: bounds the work on junk. */
const MAX_RAW = 40;
const SEPARATORS = /[\s\-–—.()（）]/g;
const MOBILE = /^1[3-9]\d{9}$/;
/*
 * 3-digit area codes are 010 (Beijing) and 02x (Shanghai 021, Tianjin 022 …); all others
 * have 4 digits (0xxx with x ≠ 0). Local numbers have 7 or 8 digits and never start with 0 or 1.
 */
const LANDLINE = /^(010|02\d|0[3-9]\d{2})([2-9]\d{6,7})$/;

export function normalisePhone(raw: string): PhoneResult {
  if (typeof raw !== 'string' || raw.length > MAX_RAW) return { ok: false, code: 'PHONE_INVALID' };
  const trimmed = raw.trim();
  // The extension keeps its own separator in mind: "010-12345678-123" is a landline with extension 123.
  const ext = /^(.*?)(?:\s*(?:转|ext\.?|x|#|,)\s*|-)(\d{1,6})$/i.exec(trimmed);
  const tryLandline = (body: string, extension?: string): PhoneResult | null => {
    const digits = body.replace(SEPARATORS, '').replace(/^(?:\+86|0086)/, '0').replace(/^00+/, '0');
    const m = LANDLINE.exec(digits);
    if (!m) return null;
    const [, area, local] = m;
    return { ok: true, kind: 'landline', normalised: `${area}-${local}${extension ? `-${extension}` : ''}` };
  };

  const compact = trimmed.replace(SEPARATORS, '');
  const mobile = compact.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  if (MOBILE.test(mobile)) return { ok: true, kind: 'mobile', normalised: mobile };

  const whole = tryLandline(trimmed);
  if (whole) return whole;
  if (ext) {
    const withExt = tryLandline(ext[1], ext[2]);
    if (withExt) return withExt;
  }
  return { ok: false, code: 'PHONE_INVALID' };
}

/** 138****5678; a landline keeps its area code and last four: 010-****5678. */
export function maskPhone(normalised: string): string {
  if (MOBILE.test(normalised)) return `${normalised.slice(0, 3)}****${normalised.slice(7)}`;
  const m = /^(0\d{2,3})-(\d{7,8})/.exec(normalised);
  if (m) return `${m[1]}-****${m[2].slice(-4)}`;
  return '****';
}
