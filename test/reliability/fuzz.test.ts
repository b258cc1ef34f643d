/**
 * Fuzz: generated bad requests against every write route of both APIs (fast-check).
 * A body route gets bodies that its own shared schema refuses — a valid body with a
 * field poisoned (wrong type, out of range, 300,000 characters, 2,000 levels deep,
 * SQL, unicode, numbers as strings, Infinity) or removed, broken JSON, arbitrary
 * JSON, prototype-pollution keys; a route without a body gets ids that name nothing.
 * Every answer must be a 4xx in the docs/api.md error shape, no row of any business table
 * may change, and Object.prototype must stay clean. Runs per route: SANBAO_FUZZ_RUNS
 * (200 by default, 1000 for the figure in the README).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../../plugins/claim-review/shared';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { dealerClient, errorShapeProblem, staffClient } from './lib/clients';
import { changed, rowCounts } from './lib/db';
import { badBodies, badIds, pathsOf } from './lib/payloads';
import { BODIES, ENDS_SESSION, declaredRoutes, fill, hasParams, isWrite, type PluginRoute } from './lib/routes';
import { buildWorld, roleFor, type World } from './lib/world';

const RUNS = Number(process.env.SANBAO_FUZZ_RUNS || 200);
const REPORT = path.join(os.tmpdir(), 'sanbao-reliability', `fuzz-${process.env.DATABASE_CLIENT || 'sqlite'}-${RUNS}.json`);

let strapi: Core.Strapi;
let world: World;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const report: Record<string, { runs: number; statuses: Record<string, number>; labels: number; ms: number }> = {};

beforeAll(async () => {
  strapi = await startStrapi();
  world = await buildWorld(strapi);
});
afterAll(async () => {
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify({ runsPerRoute: RUNS, database: process.env.DATABASE_CLIENT || 'sqlite', routes: report }, null, 2));
  console.log(`fuzz: ${RUNS} runs per route → ${REPORT}\n${Object.entries(report).map(([k, v]) => `${k.padEnd(52)} ${JSON.stringify(v.statuses)} ${v.ms} ms`).join('\n')}`);
  await stopStrapi();
});

/** The east dealer, or the plugin's own staff role that holds the route's action. */
const clientFor = async (route: PluginRoute) =>
  route.api === 'dealer' ? dealerClient(world.dealerTokens.east) : staffClient(world.staffTokens[await roleFor(strapi, route.action)]);

/** Bad by the route's own schema, as the server will read the text. */
function refusedBy(schema: Parameters<typeof parseInput>[0], text: string): boolean {
  let parsed: unknown;
  try {
    parsed = text === '' ? {} : JSON.parse(text);
  } catch {
    return true;
  }
  return !parseInput(schema, parsed ?? {}).ok;
}

function expectPrototypeClean() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as any).polluted).toBeUndefined();
  expect(({} as any).isAdmin).toBeUndefined();
}

async function fuzz(route: PluginRoute, requests: fc.Arbitrary<{ path: string; text: string; label: string }>, runs: number) {
  const client = await clientFor(route);
  const entry = (report[`${route.api} ${route.key}`] = { runs: 0, statuses: {} as Record<string, number>, labels: 0, ms: 0 });
  const started = Date.now();
  const labels = new Set<string>();
  const before = await rowCounts(strapi);
  await fc.assert(
    fc.asyncProperty(requests, async ({ path: url, text, label }) => {
      const res = await client.raw(route.method, url, text);
      entry.runs += 1;
      entry.statuses[res.status] = (entry.statuses[res.status] ?? 0) + 1;
      labels.add(label.replace(/\.\d+/g, '.#'));
      const problem = errorShapeProblem(res);
      if (problem) throw new Error(`${label} → ${problem}`);
    }),
    { numRuns: runs },
  );
  entry.labels = labels.size;
  entry.ms = Date.now() - started;
  expect(changed(before, await rowCounts(strapi))).toEqual([]);
  expectPrototypeClean();
}

const writeRoutes = declaredRoutes().filter((r) => isWrite(r) && !ENDS_SESSION.has(r.key));
const readRoutesWithIds = declaredRoutes().filter((r) => !isWrite(r) && hasParams(r));

describe('bad bodies and bad ids on every write route', () => {
  it.each(writeRoutes.map((r) => [`${r.api} ${r.key}`, r] as const))('%s', async (_name, route) => {
    const spec = BODIES[route.key];
    if (spec) {
      const url = fill(route, world.east);
      const valid = spec.body(world.east);
      expect(refusedBy(spec.schema, JSON.stringify(valid))).toBe(false);
      await fuzz(route, badBodies(valid).filter((w) => refusedBy(spec.schema, w.text)).map((w) => ({ ...w, path: url })), RUNS);
    } else if (hasParams(route)) {
      // No body to spoil: the request is only as bad as the record it names.
      await fuzz(route, badIds().map((id) => ({ path: fill(route, world.east, () => id), text: '{}', label: `id ${JSON.stringify(id.slice(0, 40))}` })), RUNS);
    } else {
      throw new Error(`${route.api} ${route.key}: a write route with neither a body spec nor an id — add it to BODIES in test/reliability/lib/routes.ts`);
    }
  });
});

describe('bad ids on every read route', () => {
  it.each(readRoutesWithIds.map((r) => [`${r.api} ${r.key}`, r] as const))('%s', async (_name, route) => {
    await fuzz(route, badIds().map((id) => ({ path: fill(route, world.east, () => id), text: '', label: `id ${JSON.stringify(id.slice(0, 40))}` })), Math.ceil(RUNS / 4));
  });
});

describe('prototype-pollution keys on a valid body', () => {
  const east = () => dealerClient(world.dealerTokens.east);
  const hostile = (keys: string) => `{${JSON.stringify(BODIES['POST /claims'].body(world.east)).slice(1, -1)},${keys}}`;

  it('`__proto__` anywhere: the body parser refuses the request whole (400 in the docs/api.md shape), nothing is written', async () => {
    const before = await rowCounts(strapi);
    for (const keys of ['"__proto__":{"polluted":"yes","status":"approved"}', '"parts":[{"partNumber":"P-BOLT","qty":1,"__proto__":{"amount":1}}]', '"fault":{"component":"motor","description":"x","__proto__":{"isAdmin":true}}']) {
      for (const res of [await east().raw('POST', '/claims', hostile(keys)), await east().raw('PUT', `/claims/${world.east.draft}`, hostile(keys))]) {
        expect(res.status).toBe(400);
        expect(errorShapeProblem(res)).toBeNull();
      }
    }
    expect(changed(before, await rowCounts(strapi))).toEqual([]);
    expectPrototypeClean();
  });

  it('`constructor.prototype` and other unknown keys: dropped by the schema, the claim is a plain draft of the caller', async () => {
    for (const keys of ['"constructor":{"prototype":{"polluted":"yes","dealer":"D-WEST"}}', '"constructor":"Object","status":"approved","totals":{"total":1},"dealer":"D-WEST"']) {
      const res = await east().raw('POST', '/claims', hostile(keys));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'draft', version: 1, dealer: { code: world.east.code } });
      expect(res.body.totals.total).toBeGreaterThan(1);
      expect((await east().delete(`/claims/${res.body.number}`)).status).toBe(204);
    }
    expectPrototypeClean();
  });
});

describe('NUL characters in otherwise valid bodies', () => {
  // PostgreSQL refuses NUL in text ("invalid byte sequence") and SQLite would store it:
  // the shared schemas refuse it first, so both databases answer the same coded 400.
  it.each(Object.keys(BODIES))('%s: every text field in turn is a coded 400', async (key) => {
    const route = declaredRoutes().find((r) => r.key === key);
    if (!route) return;
    const client = await clientFor(route);
    const valid = BODIES[key].body(world.east);
    const leaves = pathsOf(valid).filter((p) => typeof p.reduce((node: any, k) => node?.[k], valid) === 'string');
    for (const leaf of leaves) {
      const body = JSON.parse(JSON.stringify(valid));
      const parent = leaf.slice(0, -1).reduce((node: any, k) => node[k], body);
      parent[leaf[leaf.length - 1]] = `a\u0000b`;
      const res = await client.raw(route.method, fill(route, world.east), JSON.stringify(body));
      if (key === 'POST /price-lists/preview' && leaf[0] === 'rows') {
        // A preview answers every row with its errors instead of refusing the sheet.
        expect([leaf.join('.'), res.status, res.body.rows?.[0]?.errors?.map((e: any) => e.code)]).toEqual([leaf.join('.'), 200, expect.arrayContaining(['invalid_characters'])]);
        continue;
      }
      expect([leaf.join('.'), res.status, res.body?.error?.code]).toEqual([leaf.join('.'), 400, 'VALIDATION_FAILED']);
      expect(errorShapeProblem(res)).toBeNull();
    }
  });
});
