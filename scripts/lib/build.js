'use strict';
/**
 * Builds what is stale, and only that: the plugin (plain tsc), the CMS server
 * (Strapi's TypeScript compile), the admin panel (Vite, the slow part, only when
 * its inputs change) and the portal. Used by `npm start` and `npm test`.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { randomSecrets } = require('./env-file');

const ROOT = path.resolve(__dirname, '..', '..');
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const SKIP = new Set(['node_modules', 'dist', 'build', '.tmp', '.cache', '.strapi', 'coverage', '__tests__']);

/** A fingerprint of every source file under the given folders (names, sizes, mtimes). */
function fingerprint(...dirs) {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    if (fs.statSync(dir).isFile()) {
      const stat = fs.statSync(dir);
      hash.update(`${path.relative(ROOT, dir)}:${stat.size}:${stat.mtimeMs}\n`);
      return;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        hash.update(`${path.relative(ROOT, full)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  dirs.forEach((dir) => walk(path.join(ROOT, dir)));
  return hash.digest('hex');
}

function stale(stampFile, print) {
  const file = path.join(ROOT, stampFile);
  return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== print;
}

function stamp(stampFile, print) {
  fs.mkdirSync(path.dirname(path.join(ROOT, stampFile)), { recursive: true });
  fs.writeFileSync(path.join(ROOT, stampFile), print);
}

function run(label, args, cwd, log) {
  const started = Date.now();
  log(`building ${label}…`);
  // `strapi build` loads the configuration, which refuses to run without secrets; the build
  // embeds none of them, so throwaway ones do where the environment has none (a test run).
  execFileSync(NPX, args, { cwd: path.join(ROOT, cwd), stdio: ['ignore', 'inherit', 'inherit'], env: { ...randomSecrets(), ...process.env, NODE_ENV: 'production' } });
  log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function buildAll({ log = console.log, portal = true } = {}) {
  const pluginPrint = fingerprint('plugins/claim-review/server', 'plugins/claim-review/shared', 'plugins/claim-review/tsconfig.json');
  if (stale('plugins/claim-review/dist/.stamp', pluginPrint)) {
    fs.rmSync(path.join(ROOT, 'plugins/claim-review/dist'), { recursive: true, force: true });
    run('claim-review plugin', ['tsc', '-p', 'tsconfig.build.json'], 'plugins/claim-review', log);
    stamp('plugins/claim-review/dist/.stamp', pluginPrint);
  }

  // The plugin's admin pages bundle the shared domain core (money, decisions), so it counts too.
  const adminPrint = fingerprint('cms/src/admin', 'plugins/claim-review/admin', 'plugins/claim-review/shared', 'package-lock.json');
  const serverPrint = fingerprint('cms/src', 'cms/config', 'cms/tsconfig.json');
  const adminBuilt = fs.existsSync(path.join(ROOT, 'cms/dist/build/index.html'));
  if (!adminBuilt || stale('cms/dist/.admin-stamp', adminPrint)) {
    run('CMS and admin panel (first time takes a minute or two)', ['strapi', 'build'], 'cms', log);
    stamp('cms/dist/.admin-stamp', adminPrint);
    stamp('cms/dist/.server-stamp', serverPrint);
  } else if (stale('cms/dist/.server-stamp', serverPrint)) {
    run('CMS server', ['tsc', '-p', 'tsconfig.json'], 'cms', log);
    stamp('cms/dist/.server-stamp', serverPrint);
  }

  const portalPkg = path.join(ROOT, 'portal/package.json');
  const viteConfig = ['portal/vite.config.ts', 'portal/vite.config.mts'].find((file) => fs.existsSync(path.join(ROOT, file)));
  if (portal && viteConfig) {
    const portalPrint = fingerprint('portal/src', 'portal/index.html', viteConfig, 'plugins/claim-review/shared', 'portal/public', 'portal/package.json');
    if (stale('portal/dist/.stamp', portalPrint)) {
      run('dealer portal', ['vite', 'build'], 'portal', log);
      stamp('portal/dist/.stamp', portalPrint);
    }
  } else if (portal && !fs.existsSync(portalPkg)) {
    log('portal/ not present: skipping the portal build');
  }
  fs.mkdirSync(path.join(ROOT, 'cms/public/uploads'), { recursive: true });
}

module.exports = { buildAll, ROOT };

if (require.main === module) buildAll();
