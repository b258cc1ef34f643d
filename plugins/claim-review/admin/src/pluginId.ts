export const PLUGIN_ID = 'claim-review';

/** The staff API of the plugin (docs/api.md), relative to the admin's backend URL. */
export const API_BASE = '/claim-review';
