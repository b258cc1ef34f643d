/**
 * Each reliability check leaves its figures as JSON in $TMPDIR/sanbao-reliability/, one
 * file per check and database; `npm run reliability:page` turns them into
 * docs/reliability.md, so the page only ever shows what a run measured.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

export const REPORT_DIR = path.join(os.tmpdir(), 'sanbao-reliability');
export const database = (): string => process.env.DATABASE_CLIENT || 'sqlite';

/** Writes `{ check, database, summary, figures }`; `summary` is the line the page prints. */
export function recordFigures(check: string, summary: string, figures: unknown): string {
  const file = path.join(REPORT_DIR, `${check}-${database()}.json`);
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ check, database: database(), summary, figures }, null, 2));
  return file;
}
