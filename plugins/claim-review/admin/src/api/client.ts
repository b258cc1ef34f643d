import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DecisionInput, SettlementCandidate } from '../../../shared';
import { API_BASE } from '../pluginId';
import type {
  ClaimDetail,
  Dealer,
  ListAnswer,
  PricePreview,
  QualityAlert,
  QueueAnswer,
  ReasonCode,
  SettlementSummaryView,
  SettlementView,
  StaffShipment,
} from './types';

type Params = Record<string, string | number | boolean | null | undefined>;

/**
 * The admin's fetch client does not encode query values (Strapi keeps that for v6),
 * so a search for "A&B" or 华东 is encoded here.
 */
export function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return `${API_BASE}${path}${text ? `?${text}` : ''}`;
}

const seg = (value: string | number) => encodeURIComponent(String(value));

export interface Download {
  blob: Blob;
  filename: string;
}

function filenameOf(headers: Headers | undefined, fallback: string): string {
  const disposition = headers?.get?.('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** Hands a downloaded file to the browser as the given name. */
export function saveDownload({ blob, filename }: Download) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type SettlementCreate = { dealer: string; periodStart: string; periodEnd: string };
/** A correction carried by a draft: signed fen (negative takes money back), optionally naming a settled claim. */
export type SettlementAdjustment = { claimNumber?: string | null; amount: number; reason: string };
export type Inspection = { result: string; disposition: string; note?: string | null };
export type AlertAcknowledgement = { note?: string };

/** The staff API of docs/api.md through the admin's own authenticated fetch client. */
export function useApi() {
  const { get, post, del } = useFetchClient();

  return React.useMemo(() => {
    const download = async (path: string, fallback: string): Promise<Download> => {
      const res = await get<Blob>(path, { responseType: 'blob' } as never);
      return { blob: res.data, filename: filenameOf((res as { headers?: Headers }).headers, fallback) };
    };
    const form = (file: File, effectiveFrom: string) => {
      const body = new FormData();
      body.append('effectiveFrom', effectiveFrom);
      body.append('file', file, file.name);
      return body;
    };
    return {
      queue: async (params: Params) => (await get<QueueAnswer>(withQuery('/claims', params))).data,
      claim: async (number: string) => (await get<ClaimDetail>(withQuery(`/claims/${seg(number)}`))).data,
      decide: async (number: string, version: number, body: DecisionInput) =>
        (await post<ClaimDetail>(withQuery(`/claims/${seg(number)}/decision`), body, { headers: { 'If-Match': String(version) } })).data,
      reasonCodes: async () => (await get<{ data: ReasonCode[] }>(withQuery('/reason-codes'))).data.data,
      dealers: async (q?: string) => (await get<ListAnswer<Dealer>>(withQuery('/dealers', { q, pageSize: 100 }))).data.data,

      shipments: async (params: Params) => (await get<ListAnswer<StaffShipment>>(withQuery('/shipments', params))).data,
      receive: async (id: number | string) => (await post<StaffShipment>(withQuery(`/shipments/${seg(id)}/receive`), {})).data,
      inspect: async (partId: number | string, body: Inspection) =>
        (await post<StaffShipment>(withQuery(`/returned-parts/${seg(partId)}/inspection`), body)).data,

      settlements: async (params: Params) => (await get<ListAnswer<SettlementSummaryView>>(withQuery('/settlements', params))).data,
      settlement: async (number: string) => (await get<SettlementView>(withQuery(`/settlements/${seg(number)}`))).data,
      settlementCandidates: async () => (await get<{ data: SettlementCandidate[] }>(withQuery('/settlements/ready'))).data.data,
      addAdjustment: async (number: string, body: SettlementAdjustment) =>
        (await post<SettlementView>(withQuery(`/settlements/${seg(number)}/adjustments`), body)).data,
      createSettlement: async (body: SettlementCreate) => (await post<SettlementView>(withQuery('/settlements'), body)).data,
      issueSettlement: async (number: string) => (await post<SettlementView>(withQuery(`/settlements/${seg(number)}/issue`), {})).data,
      discardSettlement: async (number: string) => {
        await del(withQuery(`/settlements/${seg(number)}`));
      },
      settlementPdf: (number: string) => download(withQuery(`/settlements/${seg(number)}/pdf`), `${number}.pdf`),
      settlementsCsv: (params: Params) => download(withQuery('/settlements/export.csv', params), 'settlements.csv'),

      pricePreview: async (file: File, effectiveFrom: string) => (await post<PricePreview>(withQuery('/price-lists/preview'), form(file, effectiveFrom))).data,
      priceImport: async (file: File, effectiveFrom: string) =>
        (await post<{ effectiveFrom: string; summary: PricePreview['summary'] }>(withQuery('/price-lists/import'), form(file, effectiveFrom))).data,
      priceExport: (params: { format: 'csv' | 'xlsx'; date?: string; lang: 'zh' | 'en' }) =>
        download(withQuery('/price-lists/export', params), `price-list.${params.format}`),

      failures: async (params: Params) => (await get<unknown>(withQuery('/analytics/failures', params))).data,
      acknowledgeAlert: async (id: number, body: AlertAcknowledgement) =>
        (await post<QualityAlert>(withQuery(`/analytics/alerts/${seg(id)}/acknowledge`), body)).data,
    };
  }, [get, post, del]);
}

export type Api = ReturnType<typeof useApi>;
