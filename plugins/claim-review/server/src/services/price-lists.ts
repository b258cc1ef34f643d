import type { Core } from '@strapi/strapi';
import type { IsoDate } from '../../../shared';
import { hasControlCharacters, priceOn } from '../../../shared';
import { ApiError } from '../api-error';
import {
  type CheckedRow,
  type KnownPart,
  type Lang,
  type ListedPart,
  type Sheet,
  type SheetFormat,
  checkRows,
  summarise,
  writeCsv,
  writeXlsx,
} from './price-list-sheet';

const PART = 'api::part.part';
const PRICE = 'api::part-price.part-price';

/**
 * Price-list import and export (配件价目表). A preview checks every row against the
 * catalogue and writes nothing; an import checks again and then writes every row in
 * one transaction, or none.
 * A price-list version is the set of part-price rows of one `effectiveFrom`. Whether its
 * guide prices include VAT (`pricesIncludeVat`, seed 004 8.3.1.2) is a property of the
 * version, stored on each of its rows so that the price resolved for a date carries it:
 * an import that states it sets it on every row of the version, one that does not keeps
 * the version's.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function knownParts(numbers: string[]): Promise<Map<string, KnownPart>> {
    const rows: KnownPart[] = numbers.length
      ? await strapi.db.query(PART).findMany({ where: { number: { $in: numbers } }, select: ['id', 'documentId', 'number', 'name', 'category'] })
      : [];
    return new Map(rows.map((p) => [p.number, p]));
  }

  async function pricesOn(partIds: number[], effectiveFrom: IsoDate): Promise<Array<{ id: number; documentId: string; partId: number }>> {
    if (partIds.length === 0) return [];
    const rows = await strapi.db.query(PRICE).findMany({
      where: { effectiveFrom, part: { id: { $in: partIds } } },
      select: ['id', 'documentId'],
      populate: { part: { select: ['id'] } },
    });
    return rows.map((r: any) => ({ id: r.id, documentId: r.documentId, partId: r.part?.id }));
  }

  async function check(sheet: Sheet, effectiveFrom: IsoDate) {
    const numbers = Array.from(new Set(sheet.rows.map((r) => (r.cells.number ?? '').trim()).filter((n) => n && !hasControlCharacters(n))));
    const parts = await knownParts(numbers);
    const stored = await pricesOn(Array.from(parts.values(), (p) => p.id), effectiveFrom);
    const rows = checkRows(sheet, { parts, pricesOnDate: new Set(stored.map((p) => `${p.partId}:${effectiveFrom}`)), effectiveFrom });
    return { rows, parts, stored };
  }

  const service = {
    async previewSheet(sheet: Sheet, effectiveFrom: IsoDate) {
      const { rows } = await check(sheet, effectiveFrom);
      return { effectiveFrom, format: sheet.format, columns: sheet.columns, ignoredColumns: sheet.ignoredColumns, rows, summary: summarise(rows) };
    },

    async importSheet(sheet: Sheet, effectiveFrom: IsoDate, pricesIncludeVat?: boolean) {
      return strapi.db.transaction(async () => {
        // Checked again inside the transaction: the catalogue may have changed since the preview.
        const { rows, parts, stored } = await check(sheet, effectiveFrom);
        const invalid = rows.filter((r) => r.errors.length > 0);
        if (invalid.length > 0) {
          const fields: Record<string, string> = {};
          for (const e of invalid.flatMap((r) => r.errors)) fields[`rows.${e.row}.${e.field}`] = e.code;
          throw new ApiError('VALIDATION_FAILED', { fields });
        }
        const priceOfPart = new Map(stored.map((p) => [p.partId, p.documentId]));
        const includesVat = pricesIncludeVat ?? (await service.versionIncludesVat(effectiveFrom));
        for (const row of rows) await service.writeRow(row, effectiveFrom, parts, priceOfPart, includesVat);
        await strapi.db.query(PRICE).updateMany({ where: { effectiveFrom }, data: { pricesIncludeVat: includesVat } });
        return { effectiveFrom, pricesIncludeVat: includesVat, format: sheet.format, summary: summarise(rows) };
      });
    },

    /** Whether the stored rows of a version say its prices include VAT (false for a new version). */
    async versionIncludesVat(effectiveFrom: IsoDate): Promise<boolean> {
      const row = await strapi.db.query(PRICE).findOne({ where: { effectiveFrom }, select: ['pricesIncludeVat'], orderBy: { id: 'desc' } });
      return Boolean(row?.pricesIncludeVat);
    },

    /** One row's writes; runs inside the import's transaction. */
    async writeRow(row: CheckedRow, effectiveFrom: IsoDate, parts: Map<string, KnownPart>, priceOfPart: Map<number, string>, pricesIncludeVat = false) {
      let partDocumentId = parts.get(row.number)?.documentId;
      if (row.action === 'new_part') {
        const created = await strapi.documents(PART).create({
          data: {
            number: row.number,
            name: row.name!,
            nameEn: row.nameEn,
            category: row.category!,
            component: row.component,
            vatRate: row.vatRate ?? 1300,
            mustReturn: row.mustReturn ?? false,
            wearMonths: row.wearMonths,
          } as any,
        });
        partDocumentId = created.documentId;
        if (row.category === 'core') return;
      }
      if (row.action === 'no_change' || !partDocumentId) return;
      const data = { effectiveFrom, dealerPrice: row.dealerPrice, guidePrice: row.guidePrice, pricesIncludeVat };
      const known = parts.get(row.number);
      const existing = known ? priceOfPart.get(known.id) : undefined;
      if (existing) await strapi.documents(PRICE).update({ documentId: existing, data: data as any });
      else await strapi.documents(PRICE).create({ data: { ...data, part: partDocumentId } as any });
    },

    /** Every part with the price valid on the date (core parts without one). */
    async listOn(date: IsoDate): Promise<ListedPart[]> {
      const parts = await strapi.db.query(PART).findMany({ orderBy: { number: 'asc' } });
      const prices = await strapi.db.query(PRICE).findMany({
        where: { effectiveFrom: { $lte: date } },
        select: ['effectiveFrom', 'dealerPrice', 'guidePrice'],
        populate: { part: { select: ['id'] } },
      });
      const byPart = new Map<number, any[]>();
      for (const p of prices) {
        const id = (p as any).part?.id;
        if (id) byPart.set(id, [...(byPart.get(id) ?? []), p]);
      }
      return parts.map((part: any) => {
        const price = priceOn(byPart.get(part.id) ?? [], date) as any;
        return {
          number: part.number,
          name: part.name,
          nameEn: part.nameEn ?? null,
          category: part.category,
          component: part.component ?? null,
          vatRate: part.vatRate ?? null,
          mustReturn: Boolean(part.mustReturn),
          wearMonths: part.wearMonths ?? null,
          dealerPrice: price?.dealerPrice ?? null,
          guidePrice: price?.guidePrice ?? null,
        };
      });
    },

    async export(format: SheetFormat, date: IsoDate, lang: Lang) {
      const parts = await service.listOn(date);
      const bytes = format === 'xlsx' ? await writeXlsx(parts, lang, date) : writeCsv(parts, lang);
      return {
        bytes,
        type: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
        filename: `price-list_${date}.${format}`,
      };
    },
  };
  return service;
};
