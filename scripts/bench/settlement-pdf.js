#!/usr/bin/env node
/**
 * Settlement notice PDF at scale: a 1,000-claim 三包费用核销通知 rendered with the
 * embedded CJK font, against the same claim table in pdfkit's built-in Helvetica, in
 * the same run. Budget: the notice takes at most 3× the Helvetica table's time and its
 * file is at most 1.5 MB.
 *
 * Three documents, each rendered once to warm up (font parsing is paid once per
 * process, as in the server; the first document also pays the JIT warm-up, so "first ms"
 * is indicative only) and then --runs times, median reported:
 *   helvetica-table   the claim table (plugin's Table/Layout, same columns and rows), Helvetica
 *   cjk-table         the same table with the embedded Noto Sans CJK subset
 *   settlement-notice renderSettlementNotice: letterhead, bilingual headers, totals in words,
 *                     signatures, footers — the file the dealer downloads
 *
 *   node scripts/bench/settlement-pdf.js [--claims 1000] [--runs 5] [--json] [--out file.pdf]
 *
 * Needs the built plugin (plugins/claim-review/dist; `npm run build -w claim-review`).
 * Exits 1 when over budget.
 */
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'plugins/claim-review/dist/server/src/pdf');
if (!fs.existsSync(path.join(dist, 'index.js'))) {
  console.error(`no built plugin at ${path.relative(root, dist)}; run: npm run build -w claim-review`);
  process.exit(2);
}
const { renderSettlementNotice } = require(path.join(dist, 'index.js'));
const { openDocument, PAGE_MARGIN } = require(path.join(dist, 'document.js'));
const { Layout } = require(path.join(dist, 'layout.js'));
const { Table } = require(path.join(dist, 'table.js'));
const { FONT_NAME } = require(path.join(dist, 'font.js'));
const PDFDocument = require(require.resolve('pdfkit', { paths: [path.join(root, 'plugins/claim-review')] }));

const BUDGET = { timeRatio: 3, bytes: 1.5 * 1024 * 1024 };

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const CLAIMS = Number(opt('claims', 1000));
const RUNS = Number(opt('runs', 5));
const JSON_OUT = args.includes('--json');
const OUT = opt('out', null);

/** Deterministic fixture: the amounts vary, the totals add up. */
function notice(n) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const parts = 10000 + ((i * 7919) % 150000);
    const labour = 2500 * (1 + (i % 4));
    const travel = (i % 3) * 1500;
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push({
      claimNumber: `CR-202605-${String(i + 1).padStart(5, '0')}`,
      serial: `LSBTRI${String(100000 + i)}`,
      model: ['TRI-01', 'TRI-02', 'AGR-300'][i % 3],
      repairDate: `2026-05-${day}`,
      parts,
      labour,
      travel,
      amount: parts + labour + travel,
    });
  }
  const adjustments = [{ claimNumber: 'CR-202604-00017', reason: '旧件检验无故障，扣回电机费用 / Returned motor: no fault found', amount: -120000 }];
  const total = lines.reduce((s, l) => s + l.amount, 0) + adjustments.reduce((s, a) => s + a.amount, 0);
  return {
    number: 'ST-202606-0001',
    issuedAt: '2026-06-03T02:00:00.000Z',
    periodStart: '2026-05-01',
    periodEnd: '2026-05-31',
    issuer: { name: '三包示范机械有限公司', nameEn: 'Sanbao Demo Machinery Co., Ltd.' },
    dealer: { code: 'D-EAST', name: '华东测试经销商', nameEn: 'East Test Dealer', region: '华东' },
    lines,
    adjustments,
    total,
    status: 'issued',
  };
}

/** The notice's claim table, Latin headers so Helvetica can print them too. */
const COLUMNS = [
  { header: ['No.', ''], width: 22, align: 'center' },
  { header: ['Claim No.', ''], width: 74, nowrap: true },
  { header: ['Serial No.', ''], width: 82, nowrap: true },
  { header: ['Model', ''], width: 66 },
  { header: ['Repair date', ''], width: 50, align: 'center', nowrap: true },
  { header: ['Parts', ''], width: 52, align: 'right', nowrap: true },
  { header: ['Labour', ''], width: 50, align: 'right', nowrap: true },
  { header: ['Travel', ''], width: 48, align: 'right', nowrap: true },
  { header: ['Amount', ''], width: 67.28, align: 'right', nowrap: true },
];

const yuan = (fen) => `${Math.trunc(fen / 100).toLocaleString('en-US')}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

function drawTable(doc, data, bytes) {
  const layout = new Layout(doc);
  const table = new Table(layout, COLUMNS);
  table.begin();
  data.lines.forEach((l, i) =>
    table.row([String(i + 1), l.claimNumber, l.serial, l.model, l.repairDate, yuan(l.parts), yuan(l.labour), yuan(l.travel), yuan(l.amount)]),
  );
  table.end();
  doc.end();
  return bytes;
}

function collect(doc) {
  const chunks = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function helveticaTable(data) {
  const doc = new PDFDocument({
    size: 'A4',
    pdfVersion: '1.4',
    margins: { ...PAGE_MARGIN, bottom: 0 },
    bufferPages: true,
    compress: true,
    info: { CreationDate: new Date(data.issuedAt), ModDate: new Date(data.issuedAt) },
  });
  // The plugin's Layout selects its font by name: here that name is pdfkit's built-in Helvetica.
  doc.registerFont(FONT_NAME, 'Helvetica');
  doc.font(FONT_NAME);
  // pdfkit caches a registered name only when its font was not open yet; Helvetica is the
  // constructor's default, so without this every font switch re-parses the AFM (≈25× slower).
  doc._fontFamilies[FONT_NAME] = doc._font;
  return drawTable(doc, data, collect(doc));
}

function cjkTable(data) {
  const { doc, bytes } = openDocument({
    title: 'bench', subject: 'bench', author: 'bench', keywords: 'bench',
    createdAt: new Date(data.issuedAt), identity: 'bench',
  });
  return drawTable(doc, data, bytes);
}

const CASES = [
  ['helvetica-table', helveticaTable],
  ['cjk-table', cjkTable],
  ['settlement-notice', renderSettlementNotice],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const data = notice(CLAIMS);
  const results = {};
  for (const [name, render] of CASES) {
    const t0 = performance.now();
    const first = await render(data);
    const cold = performance.now() - t0;
    const times = [];
    let last = first;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      last = await render(data);
      times.push(performance.now() - t);
    }
    const pages = (last.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    results[name] = { firstMs: cold, medianMs: median(times), bytes: last.length, pages, deterministic: first.equals(last) };
    if (OUT && name === 'settlement-notice') fs.writeFileSync(OUT, last);
  }

  const base = results['helvetica-table'];
  for (const r of Object.values(results)) {
    r.timeRatio = r.medianMs / base.medianMs;
    r.sizeRatio = r.bytes / base.bytes;
  }
  const notice_ = results['settlement-notice'];
  const ok = notice_.timeRatio <= BUDGET.timeRatio && notice_.bytes <= BUDGET.bytes;

  if (JSON_OUT) {
    console.log(JSON.stringify({ claims: CLAIMS, runs: RUNS, node: process.version, results, budget: BUDGET, ok }, null, 2));
  } else {
    console.log(`Settlement notice, ${CLAIMS} claims, median of ${RUNS} runs after one warm-up (node ${process.version})\n`);
    const head = ['document', 'pages', 'first ms', 'median ms', '× time', 'bytes', 'KB', '× size', 'same bytes'];
    const rows = Object.entries(results).map(([name, r]) => [
      name, String(r.pages), r.firstMs.toFixed(0), r.medianMs.toFixed(0), r.timeRatio.toFixed(2),
      String(r.bytes), (r.bytes / 1024).toFixed(0), r.sizeRatio.toFixed(2), r.deterministic ? 'yes' : 'NO',
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(fmt(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    rows.forEach((r) => console.log(fmt(r)));
    console.log(
      `\nbudget: notice ≤ ${BUDGET.timeRatio}× the Helvetica table's time (${notice_.timeRatio.toFixed(2)}×) and ≤ 1.5 MB ` +
        `(${(notice_.bytes / 1024 / 1024).toFixed(2)} MB): ${ok ? 'OK' : 'OVER BUDGET'}`,
    );
  }
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
