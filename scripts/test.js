#!/usr/bin/env node
'use strict';
/**
 * `npm test`: builds what the API tests boot (plugin, CMS server, portal), then runs
 * every jest project — domain core, plugin modules, API over HTTP, portal — and the
 * browser end-to-end suite when Debian's chromium is installed.
 * Extra arguments go to jest (`npm test -- --selectProjects core`).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { buildAll, ROOT } = require('./lib/build');

buildAll();
const jest = path.join(ROOT, 'node_modules', '.bin', 'jest');
const args = process.argv.slice(2);
// CI runs PostgreSQL and MariaDB side by side with one worker each (SANBAO_TEST_WORKERS=1).
const workers = process.env.SANBAO_TEST_WORKERS || '2';
const result = spawnSync(jest, [`--maxWorkers=${workers}`, '--forceExit', ...args], { cwd: ROOT, stdio: 'inherit', env: { ...process.env } });
if (result.status !== 0) process.exit(result.status ?? 1);

const e2e = path.join(ROOT, 'test', 'e2e', 'run.js');
if (args.length === 0 && fs.existsSync(e2e)) {
  if (fs.existsSync('/usr/bin/chromium')) {
    const browser = spawnSync(process.execPath, [e2e], { cwd: ROOT, stdio: 'inherit', env: { ...process.env } });
    process.exit(browser.status ?? 1);
  } else if (process.env.CI) {
    // In CI a skipped suite is a failure: .ci/run installs chromium, so its absence is a broken setup.
    console.error('end-to-end: /usr/bin/chromium is missing, and CI runs the browser suite');
    process.exit(1);
  } else {
    console.log('end-to-end: skipped (no /usr/bin/chromium; `apt-get install chromium`, as `.ci/run` does)');
  }
}
