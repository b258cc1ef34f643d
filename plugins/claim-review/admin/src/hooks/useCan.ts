import * as React from 'react';
import { useAuth } from '@strapi/strapi/admin';

type Required = Array<{ action: string; subject?: string | null }>;

/** Whether the signed-in admin holds at least one of the given actions (the plugin's have no conditions). */
export function useCan() {
  const permissions = useAuth('claim-review', (state) => state.permissions);
  return React.useCallback(
    (required: Required) => required.some((r) => (permissions ?? []).some((p: { action: string }) => p.action === r.action)),
    [permissions],
  );
}
