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
      records: async (params: Params) => {
        // withQuery drops empty values, but an empty group is a choice here: the records without a dealer (region, model).
        const { group, ...rest } = params;
        const url = withQuery('/service/kpis/records', group === null || group === undefined ? rest : { ...rest, group: group === '' ? undefined : group });
        return (await get<ServiceList<KpiRecordRow>>(group === '' ? `${url}&group=` : url)).data;
      },
    }),
    [get],
  );
}
