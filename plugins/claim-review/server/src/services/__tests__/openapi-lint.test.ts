/**
 * The dealer API's OpenAPI document passes Redocly's recommended rules with no error and
 * no warning (the same check integrators' tooling runs), and names each operation by the
 * handler that serves it, so the document and the route table cannot part ways.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import routes from '../../routes';
import openapi from '../openapi';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..', '..');
const doc = openapi({ strapi: undefined as never }).document();

function lint(document: unknown): { errors: number; warnings: number; messages: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-openapi-'));
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(document));
  try {
    let out: string;
    try {
      out = execFileSync(path.join(ROOT, 'node_modules', '.bin', 'redocly'), ['lint', file, '--format=json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    } catch (error: any) {
      // redocly exits 1 when it finds errors; its JSON is on stdout all the same.
      out = error.stdout;
    }
    const report = JSON.parse(out);
    return {
      errors: report.totals.errors,
      warnings: report.totals.warnings,
      messages: report.problems.map((p: any) => `${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? ''}`),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it('passes redocly lint with no error and no warning', () => {
  const result = lint(doc);
  expect(result.messages).toEqual([]);
  expect(result).toMatchObject({ errors: 0, warnings: 0 });
});

it('finds a missing operationId (the check can fail)', () => {
  const broken = JSON.parse(JSON.stringify(doc));
  delete broken.paths['/me'].get.operationId;
  expect(lint(broken).warnings).toBeGreaterThan(0);
});

it('names every operation by the handler of its route', () => {
  const handlers = new Map(routes['content-api'].routes.map((r: any) => [`${r.method} ${r.path}`, r.handler]));
  const operations = Object.entries(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap(([p, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`, id: op.operationId })),
  );
  for (const { route, id } of operations) expect({ route, id }).toEqual({ route, id: handlers.get(route) });
});
