import type { Font, Glyph, Subset } from 'fontkit';

/**
 * Smaller CFF subsets for the embedded CJK font.
 *
 * fontkit's CFF subsetter keeps every subroutine slot of the source font and only blanks
 * the unused ones; Noto Sans Hans has ~22,000 local subroutines in one font dict, so each
 * PDF carried ~43 KB of empty slots before its first glyph. Here every glyph in the
 * subset is written as a plain Type 2 charstring (rmoveto/rlineto/rrcurveto/endchar,
 * coordinates as fontkit decoded them) and the subroutine indexes are left empty.
 * What is lost is the hinting, which PDF viewers largely ignore for CJK; advance widths
 * come from the PDF /W array, not from the charstring. Checked with poppler, MuPDF and
 * Ghostscript. (Empty slots instead of stubs are not an option: Ghostscript rejects
 * zero-length subroutines and falls back to a substitute font.)
 */

const ENDCHAR = 14;
const RMOVETO = 21;
const RLINETO = 5;
const RRCURVETO = 8;

/** Type 2 number encoding (Adobe TN #5177, table 3). */
function pushNumber(out: number[], value: number): void {
  if (Number.isInteger(value)) {
    if (value >= -107 && value <= 107) {
      out.push(value + 139);
      return;
    }
    if (value >= 108 && value <= 1131) {
      const v = value - 108;
      out.push((v >> 8) + 247, v & 0xff);
      return;
    }
    if (value >= -1131 && value <= -108) {
      const v = -value - 108;
      out.push((v >> 8) + 251, v & 0xff);
      return;
    }
    if (value >= -32768 && value <= 32767) {
      out.push(28, (value >> 8) & 0xff, value & 0xff);
      return;
    }
  }
  const fixed = Math.round(value * 65536) | 0;
  out.push(255, (fixed >>> 24) & 0xff, (fixed >>> 16) & 0xff, (fixed >>> 8) & 0xff, fixed & 0xff);
}

export function encodeCharstring(glyph: Glyph): Uint8Array {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  // Deltas on a 1/65536 grid (the precision of a Type 2 fixed number), and the pen moved
  // by exactly what was written, so rounding never accumulates along a contour.
  const delta = (to: number, from: number) => {
    const d = Math.round((to - from) * 65536) / 65536;
    return Math.abs(d - Math.round(d)) < 1e-9 ? Math.round(d) : d;
  };
  const point = (px: number, py: number) => {
    const dx = delta(px, x);
    const dy = delta(py, y);
    pushNumber(out, dx);
    pushNumber(out, dy);
    x += dx;
    y += dy;
  };
  for (const { command, args } of glyph.path.commands) {
    switch (command) {
      case 'moveTo':
        point(args[0], args[1]);
        out.push(RMOVETO);
        break;
      case 'lineTo':
        point(args[0], args[1]);
        out.push(RLINETO);
        break;
      case 'bezierCurveTo':
        point(args[0], args[1]);
        point(args[2], args[3]);
        point(args[4], args[5]);
        out.push(RRCURVETO);
        break;
      case 'closePath':
        break; // Type 2 closes a contour implicitly at the next rmoveto or endchar.
      default:
        throw new Error(`unexpected ${command} in a CFF outline`);
    }
  }
  out.push(ENDCHAR);
  return Uint8Array.from(out);
}

const patched = new WeakSet<Font>();

/** Makes every later subset of `font` (one per PDF) write flat charstrings. */
export function compactCffSubsets(font: Font): void {
  if (patched.has(font)) return;
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset() as Subset & { charstrings?: Uint8Array[]; gsubrs?: Uint8Array[] };
    // Only fontkit's CFFSubset has these hooks; anything else keeps fontkit's own subsetting.
    if (typeof subset.subsetCharstrings !== 'function' || typeof subset.subsetSubrs !== 'function') return subset;
    subset.subsetCharstrings = () => {
      subset.charstrings = subset.glyphs.map((gid) => encodeCharstring(subset.font.getGlyph(gid)));
      subset.gsubrs = [];
    };
    subset.subsetSubrs = () => [];
    return subset;
  };
  patched.add(font);
}
