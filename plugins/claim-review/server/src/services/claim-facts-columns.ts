/**
 * Facts copied from the unit onto the claim row when it is written, so the quality
 * analytics group by indexed plain columns instead of joining units and cutting
 * dates with SQL that differs between SQLite and PostgreSQL.
 */
export function claimFactColumns(unitRow: { buildDate?: string | null } | null | undefined) {
  const buildDate = unitRow?.buildDate ?? null;
  return { buildMonth: buildDate ? buildDate.slice(0, 7) : null };
}
