import { PLUGIN_ID } from '../../pluginId';

/** Where the complaint pages live in the admin (App.tsx mounts them). */
export const COMPLAINTS_BASE = `/plugins/${PLUGIN_ID}/service/complaints`;
export const complaintPath = (number: string) => `${COMPLAINTS_BASE}/${encodeURIComponent(number)}`;
export const NOTICES_PATH = `/plugins/${PLUGIN_ID}/service/complaint-notices`;
