import { PLUGIN_ID } from '../../pluginId';

/** Where the service desk's pages live in the admin (App.tsx mounts them). */
export const SERVICE_BASE = `/plugins/${PLUGIN_ID}/service`;
export const requestPath = (number: string) => `${SERVICE_BASE}/requests/${encodeURIComponent(number)}`;
export const claimPath = (number: string) => `/plugins/${PLUGIN_ID}/claims/${encodeURIComponent(number)}`;
