import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { renderSettlementNotice, type SettlementNoticeData } from '../pdf';
import type { SettlementLineRow, SettlementRow } from './settlement-view';

export interface RenderedPdf {
  bytes: Buffer;
  sha256: string;
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const dateOnly = (value: string | Date | null | undefined) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').slice(0, 10);

/**
 * The 三包费用核销通知 of a settlement: the issued one is rendered once, at issue,
 * and its bytes are kept; a draft is rendered on every preview with the DRAFT mark.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  function noticeData(row: SettlementRow, issuedAt: string): SettlementNoticeData {
    const { issuer } = strapi.config.get('plugin::claim-review') as PluginConfig;
    const lines = row.lines ?? [];
    const claims = lines.filter((l: SettlementLineRow) => l.kind === 'claim');
    const adjustments = lines.filter((l: SettlementLineRow) => l.kind === 'adjustment');
    const dealer = row.dealer;
    return {
      number: row.number,
      issuedAt,
      periodStart: dateOnly(row.periodStart),
      periodEnd: dateOnly(row.periodEnd),
      issuer: { name: issuer.name, nameEn: issuer.nameEn, ...(issuer.address ? { address: issuer.address } : {}) },
      dealer: {
        code: row.dealerCode,
        name: dealer?.name ?? row.dealerCode,
        ...(dealer?.nameEn ? { nameEn: dealer.nameEn } : {}),
        ...(dealer?.region ? { region: dealer.region } : {}),
      },
      lines: claims.map((l) => ({
        claimNumber: l.claimNumber ?? '',
        serial: l.serial ?? '',
        model: l.modelCode ?? '',
        repairDate: l.repairDate ? dateOnly(l.repairDate) : '',
        parts: l.parts,
        labour: l.labour,
        travel: l.travel,
        amount: l.amount,
      })),
      adjustments: adjustments.map((l) => ({
        ...(l.claimNumber ? { claimNumber: l.claimNumber } : {}),
        reason: l.reason ?? '',
        amount: l.amount,
      })),
      total: row.total,
      status: row.status,
    };
  }

  return {
    noticeData,

    async render(row: SettlementRow, issuedAt: string): Promise<RenderedPdf> {
      const bytes = await renderSettlementNotice(noticeData(row, issuedAt));
      return { bytes, sha256: sha256Of(bytes) };
    },
  };
};
