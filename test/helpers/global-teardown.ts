/** Drops the run's template database (test/helpers/global-setup.ts). */
export default async function globalTeardown() {
  const drop = (globalThis as { dropTestTemplate?: () => Promise<void> }).dropTestTemplate;
  if (drop) await drop();
}
