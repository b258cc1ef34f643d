/**
 * Sanbao domain core: pure functions and types shared by the Strapi plugin (server)
 * and the dealer portal (browser). No I/O here.
 */
export type * from './contracts';
export * from './calendar';
export * from './schemas';
export * from './policy';
export * from './precheck';
export * from './pricing';
export { rmbInWords, toChineseCapital } from './pricing/chinese-capital';
export * from './lifecycle';
export * from './messages';
export * from './lists';
export * from './quality';
export * from './service';
export * from './kpi';
export * from './scorecard';
// Dealer portal reference (issue #18): component names and model families.
export * from './reference';
// Weekly report (日结周报, issue #17): the week, the sections, the CSV rows.
export * from './report';
