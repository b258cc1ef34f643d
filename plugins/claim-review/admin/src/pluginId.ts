export const PLUGIN_ID = 'claim-review';

/** The staff API of the plugin (API.md), relative to the admin's backend URL. */
export const API_BASE = '/claim-review';
