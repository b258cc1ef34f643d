'use strict';
/**
 * How a benchmark that boots the CMS in-process ends, the same for each: a failure is
 * printed and fails the run, the server always stops, and the bench schema is dropped
 * unless BENCH_KEEP=1 keeps it for the next run.
 */
const { dropSchema } = require('./generate');

/** Runs `measure` against the booted server, then stops it (`stop` from bootServer) and cleans up. */
async function measureThenStop(stop, measure) {
  try {
    await measure();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await stop().catch(() => {});
    if (process.env.BENCH_KEEP !== '1') await dropSchema();
  }
}

/** Runs a benchmark's main and exits with its code: the stopped Strapi may leave handles open. */
function runBench(main) {
  main().then(() => process.exit(process.exitCode || 0), (error) => { console.error(error); process.exit(1); });
}

module.exports = { measureThenStop, runBench };
