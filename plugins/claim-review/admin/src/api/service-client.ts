import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ServiceRequestInput } from '../../../shared';
import { withQuery } from './client';
import type {
  FollowUpBody,
  LookupAnswer,
  RequestSummary,
  ServiceDealer,
  ServiceList,
  ServiceRequestView,
  TriageBody,
} from './service-types';

type Params = Record<string, string | number | boolean | null | undefined>;

const seg = (value: string) => encodeURIComponent(value);

/** A bare array or a `{ data }` list: the dealer picker accepts either. */
const rowsOf = <T,>(answer: T[] | { data: T[] }): T[] => (Array.isArray(answer) ? answer : (answer?.data ?? []));

/** The service desk's staff API (SERVICE_SPEC.md) through the admin's authenticated fetch client. */
export function useServiceApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      lookup: async (by: { phone?: string; serial?: string }) => (await get<LookupAnswer>(withQuery('/service/lookup', by))).data,
      create: async (body: ServiceRequestInput) => (await post<ServiceRequestView>(withQuery('/service/requests'), body)).data,
      requests: async (params: Params) => (await get<ServiceList<RequestSummary>>(withQuery('/service/requests', params))).data,
      request: async (number: string) => (await get<ServiceRequestView>(withQuery(`/service/requests/${seg(number)}`))).data,
      triage: async (number: string, body: TriageBody) =>
        (await post<ServiceRequestView>(withQuery(`/service/requests/${seg(number)}/triage`), body)).data,
      reassign: async (workOrder: string, body: { dealer: string; reason: string }) =>
        (await post<ServiceRequestView>(withQuery(`/service/work-orders/${seg(workOrder)}/reassign`), body)).data,
      followUp: async (number: string, body: FollowUpBody) =>
        (await post<ServiceRequestView>(withQuery(`/service/requests/${seg(number)}/follow-ups`), body)).data,
      followUps: async (params: Params) => (await get<ServiceList<RequestSummary>>(withQuery('/service/follow-ups', params))).data,
      dealers: async (region?: string | null) =>
        rowsOf((await get<ServiceDealer[] | { data: ServiceDealer[] }>(withQuery('/service/dealers', { region }))).data),
    }),
    [get, post],
  );
}

export type ServiceApi = ReturnType<typeof useServiceApi>;
