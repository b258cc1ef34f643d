import { randomUUID } from 'crypto';
import fs from 'fs';
import type { IncomingMessage } from 'http';
import os from 'os';
import path from 'path';
import { Writable } from 'stream';
import { errors } from '@strapi/utils';
// formidable 3, the version Strapi's upload plugin ships; only its multipart plugin is enabled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const formidable = require('formidable') as FormidableModule;

/** What one route accepts in a multipart body. */
export interface MultipartLimits {
  /** Fields that may carry files; files under any other name are dropped unread. */
  fileFields: string[];
  maxFiles: number;
  maxFileBytes: number;
  maxFields?: number;
  maxFieldsBytes?: number;
}

/** A file of the request, in the order it was sent (formidable hands them back as their writes finish). */
export interface ParsedFile {
  filepath: string;
  originalFilename: string | null;
  mimetype: string | null;
  size: number;
}

export interface ParsedMultipart {
  fields: Record<string, string | string[]>;
  /** One file under a name is the file itself, several an array, as koa-body hands them to Strapi's controllers. */
  files: Record<string, ParsedFile | ParsedFile[]>;
  /** Removes every temp file the request made; safe to call more than once. */
  cleanup(): Promise<void>;
}

interface FormidableFile extends ParsedFile {
  on(event: string, listener: (...args: any[]) => void): void;
}
interface FormidableForm {
  on(event: 'fileBegin', listener: (name: string, file: FormidableFile) => void): void;
  parse(req: IncomingMessage): Promise<[Record<string, string[]>, Record<string, FormidableFile[]>]>;
}
interface FormidableModule {
  formidable(options: Record<string, unknown>): FormidableForm;
  multipart: unknown;
  errors: Record<string, number>;
}

const DEFAULT_FIELDS = 20;
const DEFAULT_FIELDS_BYTES = 256 * 1024;
/** Part headers and boundaries: a body may be this much larger than its files and fields. */
const FRAMING_BYTES = 64 * 1024;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const tooLarge = (field: string) => new errors.PayloadTooLargeError('The request or a file in it is too large', { fields: { [field]: 'too_big' } });
const invalid = (field: string, problem: string) => new errors.ValidationError('The multipart body cannot be read', { fields: { [field]: problem } });

/** One temp file, written through a counter so an oversize file stops at the limit instead of at its end. */
function boundedTempFile(maxBytes: number, onTooBig: () => Error) {
  const filepath = path.join(os.tmpdir(), `sanbao-upload-${randomUUID()}`);
  const out = fs.createWriteStream(filepath, { flags: 'wx', mode: 0o600 });
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(onTooBig());
      out.write(chunk, (error) => done(error ?? null));
    },
    final(done) {
      out.end(() => done());
    },
    destroy(error, done) {
      out.destroy();
      done(error);
    },
  });
  out.on('error', (error) => sink.destroy(error));
  return {
    filepath,
    sink,
    async remove() {
      if (!out.closed) out.destroy();
      await closed;
      await fs.promises.rm(filepath, { force: true });
    },
  };
}

/** formidable's errors, as the coded 4xx the route answers. */
function refusal(error: any, limits: MultipartLimits): Error {
  if (error instanceof errors.ApplicationError) return error;
  const field = limits.fileFields[0];
  const code = error?.code;
  const e = formidable.errors;
  if (code === e.maxFilesExceeded) return invalid(field, 'too_many');
  if (code === e.biggerThanMaxFileSize || code === e.biggerThanTotalMaxFileSize) return tooLarge(field);
  if (code === e.maxFieldsExceeded || code === e.maxFieldsSizeExceeded) return tooLarge('body');
  return invalid('body', 'invalid_format');
}

/**
 * Reads a multipart body into temp files within `limits`. Whatever happens — a limit
 * crossed, a malformed body, a client that hangs up — the files written so far are
 * removed before the error is thrown; on success the caller calls `cleanup()` once the
 * answer is decided.
 */
export async function parseMultipart(req: IncomingMessage, limits: MultipartLimits): Promise<ParsedMultipart> {
  const maxFieldsBytes = limits.maxFieldsBytes ?? DEFAULT_FIELDS_BYTES;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxFiles * limits.maxFileBytes + maxFieldsBytes + FRAMING_BYTES) {
    throw tooLarge(limits.fileFields[0]);
  }

  const written: Array<ReturnType<typeof boundedTempFile>> = [];
  // formidable goes on with the parts already in its buffer after an error, and may open
  // a file after the cleanup ran: from then on a file part is read into nothing.
  let over = false;
  const cleanup = async () => {
    over = true;
    await Promise.all(written.splice(0).map((file) => file.remove()));
  };
  const inOrder: Array<{ name: string; file: FormidableFile }> = [];
  const form = formidable.formidable({
    enabledPlugins: [formidable.multipart],
    maxFiles: limits.maxFiles,
    maxFileSize: limits.maxFileBytes,
    maxTotalFileSize: limits.maxFiles * limits.maxFileBytes,
    maxFields: limits.maxFields ?? DEFAULT_FIELDS,
    maxFieldsSize: maxFieldsBytes,
    // An empty file is the route's to refuse, with its name and position.
    allowEmptyFiles: true,
    minFileSize: 0,
    filter: (part: { name?: string | null }) => !over && limits.fileFields.includes(part.name ?? ''),
    fileWriteStreamHandler: (file: FormidableFile) => {
      if (over) return new Writable({ write: (_chunk, _encoding, done) => done() });
      const temp = boundedTempFile(limits.maxFileBytes, () => tooLarge(limits.fileFields[0]));
      written.push(temp);
      file.filepath = temp.filepath;
      return temp.sink;
    },
  });
  // fileBegin comes in the order of the parts; the 'file' events, in the order their writes end.
  form.on('fileBegin', (name, file) => inOrder.push({ name, file }));

  let fields: Record<string, string[]>;
  try {
    [fields] = await form.parse(req);
  } catch (error) {
    await cleanup();
    throw refusal(error, limits);
  }

  const flat: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(fields)) {
    if (!UNSAFE_KEYS.has(name)) flat[name] = values.length === 1 ? values[0] : values;
  }
  const grouped: Record<string, ParsedFile[]> = {};
  for (const { name, file } of inOrder) (grouped[name] ??= []).push(file);
  const files = Object.fromEntries(Object.entries(grouped).map(([name, list]) => [name, list.length === 1 ? list[0] : list]));
  return { fields: flat, files, cleanup };
}
