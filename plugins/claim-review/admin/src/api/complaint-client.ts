import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ComplaintConfirmationInput, ComplaintFromFollowUpInput, ComplaintInput, ComplaintNoticeInput, ComplaintResolutionInput } from '../../../shared';
import { withQuery } from './client';
import type { ComplaintList, ComplaintSummary, ComplaintView, ComplaintNotice, NoticeInbox } from './complaint-types';

type Params = Record<string, string | number | boolean | null | undefined>;
const seg = (value: string | number) => encodeURIComponent(String(value));

/** Complaints (投诉) and the departments' notices, through the admin's authenticated fetch client. */
export function useComplaintApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (params: Params) => (await get<ComplaintList<ComplaintSummary>>(withQuery('/service/complaints', params))).data,
      one: async (number: string) => (await get<ComplaintView>(withQuery(`/service/complaints/${seg(number)}`))).data,
      create: async (body: ComplaintInput) => (await post<ComplaintView>(withQuery('/service/complaints'), body)).data,
      fromFollowUp: async (request: string, body: ComplaintFromFollowUpInput) =>
        (await post<ComplaintView>(withQuery(`/service/requests/${seg(request)}/complaints`), body)).data,
      notify: async (number: string, body: ComplaintNoticeInput) => (await post<ComplaintView>(withQuery(`/service/complaints/${seg(number)}/notices`), body)).data,
      upload: async (number: string, files: File[]) => {
        const body = new FormData();
        for (const file of files) body.append('files', file, file.name);
        return (await post<ComplaintView>(withQuery(`/service/complaints/${seg(number)}/documents`), body)).data;
      },
      resolve: async (number: string, body: ComplaintResolutionInput) =>
        (await post<ComplaintView>(withQuery(`/service/complaints/${seg(number)}/resolution`), body)).data,
      confirm: async (number: string, body: ComplaintConfirmationInput) =>
        (await post<ComplaintView>(withQuery(`/service/complaints/${seg(number)}/confirmation`), body)).data,
      notices: async (params: Params) => (await get<NoticeInbox>(withQuery('/service/complaint-notices', params))).data,
      read: async (id: number) => (await post<ComplaintNotice>(withQuery(`/service/complaint-notices/${seg(id)}/read`), {})).data,
    }),
    [get, post],
  );
}
