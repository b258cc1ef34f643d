import { WEEKLY_CSV_COLUMNS, weeklyCsvRows, type WeeklyReport } from '../../../shared';
import { numeric, writeCsvDocument, type CsvCell } from './csv-writer';

/** The weekly report as CSV (UTF-8 BOM, CRLF, the settlement export's writer): one row per figure. */
export function weeklyCsv(report: WeeklyReport): string {
  return writeCsvDocument(
    [...WEEKLY_CSV_COLUMNS],
    weeklyCsvRows(report).map((row) => row.map((v): CsvCell => (typeof v === 'number' ? numeric(v) : (v ?? '')))),
  );
}
