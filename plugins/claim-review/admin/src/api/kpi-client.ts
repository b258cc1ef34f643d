import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { KpiAnswer, KpiRecordRow } from '../../../shared';
import { withQuery } from './client';
import type { ServiceList } from './service-types';

type Params = Record<string, string | number | boolean | null | undefined>;

/** The service KPIs' staff API (docs/api.md "Service KPIs") through the admin's fetch client. */
export function useKpiApi() {
  const { get } = useFetchClient();
  return React.useMemo(
    () => ({
      figures: async (params: Params) => (await get<KpiAnswer>(withQuery('/service/kpis', params))).data,
      records: async (params: Params) => (await get<ServiceList<KpiRecordRow>>(withQuery('/service/kpis/records', params))).data,
    }),
    [get],
  );
}
