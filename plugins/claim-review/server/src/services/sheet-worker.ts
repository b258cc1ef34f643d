/**
 * Runs in a worker thread (services/sheet-reader.ts): unpacking and parsing a
 * spreadsheet takes seconds of CPU that must not stop every other request.
 */
import { parentPort, workerData } from 'worker_threads';
import { SheetError, readSheet, type SheetFormat, type SheetLimits } from './price-list-sheet';

const { bytes, format, limits } = workerData as { bytes: Uint8Array; format: SheetFormat; limits: SheetLimits };

readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), format, limits).then(
  (sheet) => parentPort!.postMessage({ sheet }),
  (error) => parentPort!.postMessage({ problem: error instanceof SheetError ? error.problem : 'unreadable' }),
);
