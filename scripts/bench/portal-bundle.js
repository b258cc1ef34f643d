#!/usr/bin/env node
/**
 * Dealer portal bundle budget: the JavaScript a browser must fetch before the first
 * screen (the entry chunk and every chunk it imports statically) ≤ 200 KB gzip.
 * Lazy pages (dynamic imports) are listed but not counted.
 *
 *   node scripts/bench/portal-bundle.js            build if portal/dist is missing, then measure
 *   node scripts/bench/portal-bundle.js --build    always rebuild first
 *   node scripts/bench/portal-bundle.js --json     machine-readable result on stdout
 *
 * Exits 1 when the initial JS is over budget.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BUDGET_BYTES = 200 * 1024;
const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'portal', 'dist');
const manifestPath = path.join(dist, '.vite', 'manifest.json');
const args = new Set(process.argv.slice(2));

function build() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['run', 'build', '-w', 'portal'], { cwd: root, stdio: args.has('--json') ? 'ignore' : 'inherit' });
}

if (args.has('--build') || !fs.existsSync(manifestPath)) build();
if (!fs.existsSync(manifestPath)) {
  console.error(`no Vite manifest at ${path.relative(root, manifestPath)}; is build.manifest on in portal/vite.config.ts?`);
  process.exit(2);
}

const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
if (entries.length === 0) {
  console.error('the manifest names no entry chunk');
  process.exit(2);
}

/** The entry and its static imports, transitively: what index.html makes the browser load. */
const initial = new Set();
const css = new Set();
(function walk(keys) {
  for (const key of keys) {
    if (initial.has(key)) continue;
    initial.add(key);
    for (const c of manifest[key].css ?? []) css.add(c);
    walk(manifest[key].imports ?? []);
  }
})(entries);

function measure(file) {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

const initialJs = [...initial].map((k) => measure(manifest[k].file)).sort((a, b) => b.gzip - a.gzip);
const initialCss = [...css].map(measure);
const initialFiles = new Set(initialJs.map((m) => m.file));
const lazy = [...new Set(Object.values(manifest).map((m) => m.file))]
  .filter((f) => f.endsWith('.js') && !initialFiles.has(f))
  .map(measure)
  .sort((a, b) => b.gzip - a.gzip);

const sum = (list, k) => list.reduce((n, m) => n + m[k], 0);
const totalGzip = sum(initialJs, 'gzip');
const ratio = totalGzip / BUDGET_BYTES;
const ok = totalGzip <= BUDGET_BYTES;

if (args.has('--json')) {
  process.stdout.write(
    JSON.stringify({ budgetBytes: BUDGET_BYTES, initialJsGzipBytes: totalGzip, ratio: Number(ratio.toFixed(4)), ok, initialJs, initialCss, lazy }, null, 2) + '\n',
  );
  process.exit(ok ? 0 : 1);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
function table(title, rows) {
  console.log(`\n${title}`);
  console.log(`  ${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
  for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)}`);
  if (rows.length > 1) console.log(`  ${'total'.padEnd(48)} ${kb(sum(rows, 'raw'))} ${kb(sum(rows, 'gzip'))}`);
}

table('Initial JS (entry + static imports): counted against the budget', initialJs);
table('Initial CSS (not counted)', initialCss);
table('Lazy chunks, loaded on first visit of their page (not counted)', lazy);
console.log(
  `\nInitial JS ${(totalGzip / 1024).toFixed(1)} KB gzip / budget ${(BUDGET_BYTES / 1024).toFixed(0)} KB = ${(ratio * 100).toFixed(1)} %  → ${ok ? 'within budget' : 'OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
