'use strict';
/** Timing statistics and the table every benchmark prints (ratios against a baseline of the same run). */

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function summarize(samplesMs) {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { n: sorted.length, mean: sum / sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

function table(title, rows) {
  const headers = Object.keys(rows[0]);
  const cells = rows.map((row) => headers.map((h) => (typeof row[h] === 'number' ? (Number.isInteger(row[h]) ? String(row[h]) : row[h].toFixed(2)) : String(row[h]))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  cells.forEach((c) => console.log(line(c)));
}

module.exports = { summarize, table };
