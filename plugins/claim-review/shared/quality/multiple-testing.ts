/**
 * Holm's step-down correction (Holm 1979) of a family of p-values, as adjusted p-values:
 * sort ascending, multiply the i-th smallest (0-based) by (m − i), carry the running
 * maximum so the adjusted values keep the order of the raw ones, cap at 1. A test is
 * significant at level α when its adjusted p < α; the chance of any false alarm in the
 * family then stays below α.
 *
 * Why Holm and not Benjamini–Hochberg: an alert here asks someone to stop and inspect a
 * batch, so the error to bound is "any false alarm" (family-wise), not the share of false
 * ones; and the build months of one part × model are tested against one shared baseline,
 * so their tests are dependent, which Holm allows without any assumption (BH needs
 * positive dependence). Holm is never less powerful than Bonferroni.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
