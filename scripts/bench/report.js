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

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Runs the cases round-robin (each once a round, so load drifts hit all alike) until
 * `runs` rounds or `seconds` have passed (at least 5 rounds); the first two rounds are warm-up.
 */
async function interleave(cases, { runs, seconds }) {
  const names = Object.keys(cases);
  for (let i = 0; i < 2; i++) for (const name of names) await cases[name]();
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const end = Date.now() + seconds * 1000;
  for (let i = 0; i < runs && (i < 5 || Date.now() < end); i++) {
    for (const name of names) {
      const s = process.hrtime.bigint();
      await cases[name]();
      samples[name].push(ms(s));
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples[name])]));
}

module.exports = { summarize, table, interleave };
