/**
 * True when a write lost a race on a unique index (PostgreSQL 23505, SQLite
 * SQLITE_CONSTRAINT_UNIQUE, MySQL ER_DUP_ENTRY), however deeply the driver error is wrapped: the
 * caller then re-reads what the winner wrote instead of failing.
 */
export function isUniqueViolation(error: any): boolean {
  for (let e = error; e; e = e.cause) {
    if (e.code === '23505' || e.code === 'ER_DUP_ENTRY' || /SQLITE_CONSTRAINT|UNIQUE constraint|duplicate key/i.test(`${e.code ?? ''} ${e.message ?? ''}`)) return true;
  }
  return false;
}
