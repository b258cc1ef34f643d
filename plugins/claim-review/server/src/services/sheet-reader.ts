import path from 'path';
import { Worker } from 'worker_threads';
import { MAX_BYTES, SheetError, type FileProblem, type Sheet, type SheetFormat, type SheetLimits } from './price-list-sheet';
import { ZipError, checkDeclaredSize } from './zip-directory';

/** Two sheets parse at once at most; a third upload waits rather than adding a worker's memory. */
const PARALLEL = 2;
/** A worker's own heap: a sheet that needs more is refused, the server's heap is untouched. */
const WORKER_HEAP_MB = 384;
const TIMEOUT_MS = 120_000;

let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function parseInWorker(bytes: Buffer, format: SheetFormat, limits: SheetLimits): Promise<Sheet> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'sheet-worker.js'), {
      workerData: { bytes, format, limits },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new SheetError('unreadable'))), TIMEOUT_MS);
    worker.once('message', (answer: { sheet?: Sheet; problem?: FileProblem }) =>
      finish(() => (answer.sheet ? resolve(answer.sheet) : reject(new SheetError(answer.problem ?? 'unreadable')))),
    );
    // Out of its heap, or any crash: the sheet could not be read.
    worker.once('error', () => finish(() => reject(new SheetError('unreadable'))));
    worker.once('exit', () => finish(() => reject(new SheetError('unreadable'))));
  });
}

/**
 * A price-list upload read off the event loop. The cheap refusals come first, here:
 * the byte size, and for an XLSX what its zip directory says it unpacks to. The
 * worker then holds every entry to its declared size and counts the rows before
 * exceljs or papaparse parse anything.
 */
export async function readSheetOffThread(bytes: Buffer, format: SheetFormat, limits: SheetLimits): Promise<Sheet> {
  if (bytes.length > MAX_BYTES) throw new SheetError('too_large');
  if (format === 'xlsx') {
    try {
      checkDeclaredSize(bytes, limits.maxUnpackedBytes);
    } catch (error) {
      if (error instanceof ZipError) throw new SheetError(error.problem);
      throw error;
    }
  }
  return slot(() => parseInWorker(bytes, format, limits));
}
