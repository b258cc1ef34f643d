import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import * as z from 'zod';
import { isoDateSchema } from '../../../shared';
import { ApiError } from '../api-error';
import { validate } from './validation';
import { sendFile } from './pdf-answer';
import { DEFAULT_LIMITS, MAX_BYTES, type Sheet, SheetError, type SheetLimits, formatOf, sheetFromObjects } from '../services/price-list-sheet';
import { readSheetOffThread } from '../services/sheet-reader';

/**
 * Whether the version's guide prices include VAT (seed 004 8.3.1.2). A multipart form
 * sends it as text. Left out: the version keeps what it has (new versions: before VAT).
 */
const includesVatSchema = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional();
const uploadSchema = z.object({ effectiveFrom: isoDateSchema(), pricesIncludeVat: includesVatSchema });
const rowsSchema = z.object({
  effectiveFrom: isoDateSchema(),
  pricesIncludeVat: includesVatSchema,
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).min(1),
});
const exportSchema = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  date: isoDateSchema().optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
});

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
}

/**
 * The sheet of a request: a multipart upload (`file` + `effectiveFrom`, CSV or XLSX)
 * or JSON `{ effectiveFrom, rows: [{ number, dealerPrice, … }] }`.
 */
async function sheetOf(ctx: Context, limits: SheetLimits): Promise<{ sheet: Sheet; effectiveFrom: string; pricesIncludeVat?: boolean }> {
  const files = (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
  const upload = files?.file;
  try {
    if (upload) {
      const file = Array.isArray(upload) ? upload[0] : upload;
      const { effectiveFrom, pricesIncludeVat } = validate(uploadSchema, ctx.request.body);
      // A file over the byte limit is refused unread.
      if ((await fs.stat(file.filepath)).size > MAX_BYTES) throw new SheetError('too_large');
      const bytes = await fs.readFile(file.filepath);
      return { sheet: await readSheetOffThread(bytes, formatOf(file.originalFilename, file.mimetype, bytes), limits), effectiveFrom, pricesIncludeVat };
    }
    const { effectiveFrom, pricesIncludeVat, rows } = validate(rowsSchema, ctx.request.body);
    return { sheet: sheetFromObjects(rows), effectiveFrom, pricesIncludeVat };
  } catch (error) {
    if (error instanceof SheetError) {
      const fields = { file: error.problem };
      if (error.problem === 'too_large_unpacked') throw new ApiError('SHEET_TOO_LARGE', { fields }, { maxMb: Math.round(limits.maxUnpackedBytes / 1024 / 1024) });
      if (error.problem === 'too_many_rows') throw new ApiError('SHEET_TOO_MANY_ROWS', { fields }, { max: limits.maxRows });
      throw new ApiError('VALIDATION_FAILED', { fields });
    }
    throw error;
  }
}

/** Staff API: 配件价目表 preview, import (all or nothing) and export. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const priceLists = () => strapi.plugin('claim-review').service('priceLists');
  const limits = (): SheetLimits => ({ ...DEFAULT_LIMITS, ...(strapi.config.get('plugin::claim-review.priceLists') as Partial<SheetLimits> | undefined) });

  return {
    async preview(ctx: Context) {
      const { sheet, effectiveFrom } = await sheetOf(ctx, limits());
      ctx.body = await priceLists().previewSheet(sheet, effectiveFrom);
    },

    async import(ctx: Context) {
      const { sheet, effectiveFrom, pricesIncludeVat } = await sheetOf(ctx, limits());
      ctx.body = await priceLists().importSheet(sheet, effectiveFrom, pricesIncludeVat);
    },

    async export(ctx: Context) {
      const { format, date, lang } = validate(exportSchema, ctx.query);
      const on = date ?? strapi.plugin('claim-review').service('facts').today();
      sendFile(ctx, await priceLists().export(format, on, lang));
    },
  };
};
