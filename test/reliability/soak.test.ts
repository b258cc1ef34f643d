/**
 * The bounded soak of CI: SOAK_SECONDS (60 by default, the CI form) of mixed dealer traffic
 * from the three demo dealers against a real server process (scripts/bench/soak.js).
 * Every answer must be the expected 2xx — no 4xx, 5xx, socket error or timeout; the
 * p95 latency and the server's memory growth are reported, not asserted (CI machines
 * differ). The 60-second and 10-minute figures of the README come from the script.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runSoak } = require('../../scripts/bench/soak.js');

const SECONDS = Number(process.env.SOAK_SECONDS || 60);

jest.setTimeout((SECONDS + 300) * 1000);

it(`${SECONDS} s of mixed dealer traffic: every answer the expected 2xx`, async () => {
  const report = await runSoak({ seconds: SECONDS, connections: 8, log: () => undefined });
  const file = path.join(os.tmpdir(), 'sanbao-reliability', `soak-${report.database}-${SECONDS}s.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(`soak ${SECONDS} s: ${report.requests} requests, ${report.errorCount} errors, p95 ${Math.round(report.latencyMs.p95)} ms, RSS ${report.rssMb.afterWarmup} → ${report.rssMb.end} MB (${report.rssGrowthPct} %) → ${file}`);
  expect(report.errors).toEqual({ unexpectedStatus: [], non2xx: 0, socketErrors: 0, timeouts: 0 });
  expect(report.requests).toBeGreaterThan(SECONDS);
  expect(Object.keys(report.byType).sort()).toEqual(['GET /claims', 'GET /me', 'GET /units/:serial', 'POST /claims', 'POST /claims/precheck']);
});
