/**
 * Whether a path id can name a row: a positive integer within PostgreSQL's `integer`
 * (ids beyond it make PostgreSQL fail the query instead of finding nothing).
 */
export function isRowId(id: number): boolean {
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647;
}
