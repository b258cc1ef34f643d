'use strict';
/**
 * docs/benchmarks.md is written by `npm run bench` itself, from the figures of that run,
 * so the page never carries numbers nobody can reproduce. The method text lives here,
 * beside the code it describes.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const PAGE = path.join(ROOT, 'docs', 'benchmarks.md');

const METHOD = `Every benchmark compares with a baseline measured in the same run, interleaved with
what it is compared to, and reports a ratio against its goal; nothing here is a timed
assertion in a test. \`npm run bench\` (after \`npm run build\`) runs them all, each in its
own process, prints one summary table and rewrites this page (exit 1 if a goal is not met).

| command | what |
|---|---|
| \`npm run bench\` | everything; scale sizes from \`BENCH_SIZES\` (default \`10000,100000\`; add \`1000000\` for 1M); \`BENCH_ONLY=precheck,submit\` for a subset (the page is then left as it is) |
| \`node scripts/bench/precheck.js\` | domain core: precheck + pricing vs a JSON round trip |
| \`node scripts/bench/claim-submit.js\` | \`POST /api/claim-review/claims\` submit vs a bare Strapi content-API create (SQLite; \`DATABASE_CLIENT=postgres DATABASE_SCHEMA=…\` for PostgreSQL) |
| \`node scripts/bench/settlement-pdf.js\` | 1,000-claim settlement notice vs the same table in Helvetica |
| \`node scripts/bench/portal-bundle.js\` | portal JS loaded before the first screen, gzip |
| \`node scripts/bench/generate.js 100000\` | loads N claims into PostgreSQL schema \`bench\` (\`BENCH_KEEP=1\` to top up an existing one) |
| \`BENCH_SIZES=10000,100000 node scripts/bench/scale.js\` | queue and failure analytics against their raw SQL, EXPLAIN, growth |
| \`BENCH_BOARD_SIZE=100000 node scripts/bench/service-board.js\` | the service desk's dispatch board per view against its raw SQL, EXPLAIN (\`BENCH_ONLY=board\`) |
| \`BENCH_KPI_SIZE=1000000 node scripts/bench/kpi.js\` | the service KPI page from its rollup against the same figures from the base tables, answers equal (\`BENCH_ONLY=kpi\`) |

**Claim submit.** 400 pairs, one request at a time, interleaved: a dealer's
\`POST /claims\` with \`submit: true\` (3 parts, 1 labour line; precheck, pricing, numbering,
claim + lines + 3 audit events in one transaction) against a bare \`POST /api/reason-codes\`
of one entry by a portal user signed in the same way (users-permissions JWT, a bench role
granted that one create). The same bare create with a full-access API token is shown for
context. The units carry a few claims each, so the duplicate and repeat-failure rules read
a real history. The submit runs 24 SQL statements counting BEGIN and COMMIT, the bare
create by a portal user 12: the dealer's session costs 7, the facts 6 (one joined query
each, read in one parallel round), the transaction 11; the answer is built from the rows
written, not read back.

**Scale.** On PostgreSQL. The benchmark drops and re-creates the schema \`bench\`, boots the
built CMS in-process on it (the bootstrap loads the demo seed), then tops the claims up to
each size through knex in multi-row batches of 1,000 claims with their lines, link rows and
a \`created\` audit event, \`ANALYZE\` at the end. Claims are spread over the seeded units and
two years of failure dates; statuses 45 % settled, 15 % ready to settle, 10 % in review,
the rest spread. The review queue is called by a **Technical reviewer** and the failure
analytics by **Finance**, the roles whose pages they are. Each is compared with its raw
SQL (the same statements the service issues, printed with \`EXPLAIN (ANALYZE, BUFFERS)\`:
written out for the queue; for the failure analytics, captured from one call of the service
and replayed through knex, so the baseline carries every rule that shapes them) two ways,
both goals:

- **over HTTP**: the plugin route against a route the benchmark adds that runs the raw SQL
  and answers its rows, behind the same HTTP stack, admin session and RBAC policy;
- **in process**: the plugin service against the raw SQL through knex, no HTTP.

The route against the raw SQL in process is shown for context: it also counts what an
authenticated admin request costs on its own, which no query can make up at 10k claims.

**Dispatch board.** On PostgreSQL, in a schema of its own (\`bench_board_<pid>\`, dropped at
the end). After the boot it adds 300 dealers of Zipf-like size in 40 prefectures and
\`BENCH_BOARD_SIZE\` open service requests (default 100,000) plus as many closed ones, with
the work orders of the dispatched ones and the SLA breaches already recorded, by multi-row
INSERTs through knex; the board's derived columns (sort instant, check instant, next
breach) and the breaches are computed by the plugin's own built timer code on the office
calendar, so the rows are those a write would leave. Open work is hours old for its state,
one request in eight days late; most dispatched orders are arranged. \`GET
/claim-review/service/requests\`, called by a **Service coordinator**, is compared for the
default page and the dealer, check, breached, status and search views with the same two
statements written out by hand (count, then the page joined to the current work order and
its dealer), over HTTP (a raw route behind the same admin policy, \`service.intake\`) and in
process, interleaved, both goals; \`EXPLAIN (ANALYZE, BUFFERS)\` of each is printed and the
default page must read the requests table through an index.`;

function machine() {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout: the page says so */
  }
  const load = os.loadavg().map((l) => l.toFixed(1)).join(', ');
  return `commit \`${commit}\`, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at the end ${load}`;
}

const cell = (v) => String(v).replace(/\|/g, '\\|');

/** Rewrites docs/benchmarks.md from the summary rows of a full run. */
function writePage(rows) {
  const lines = [
    '# Benchmarks',
    '',
    '_Written by `npm run bench`; do not edit by hand._',
    '',
    METHOD,
    '',
    '## Figures of the last full run',
    '',
    `Measured on ${machine()}.`,
    '',
    '| benchmark | measure | value | goal | result |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${[r.benchmark, r.measure, r.value, r.goal, r.result].map(cell).join(' | ')} |`),
    '',
  ];
  fs.mkdirSync(path.dirname(PAGE), { recursive: true });
  fs.writeFileSync(PAGE, lines.join('\n'));
  return PAGE;
}

module.exports = { writePage };
