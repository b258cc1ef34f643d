/**
 * docs/api.md is the contract in the repository. It must name every route the plugin
 * serves (the contract's tables or "Beyond the contract"), and every path of the served
 * OpenAPI document must be a dealer route it names, so neither can drift from the code.
 */
import fs from 'fs';
import path from 'path';
import routes from '../../plugins/claim-review/server/src/routes';
import openapi from '../../plugins/claim-review/server/src/services/openapi';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8');

/** `METHOD /path` pairs named in a part of the page; `:id` and `{id}` read alike. */
function named(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b(GET|POST|PUT|DELETE) (\/[^\s`|·,)]*)/g)) found.add(`${match[1]} ${match[2].replace(/\{(\w+)\}/g, ':$1')}`);
  return found;
}

/** The page's sections: the dealer tables are those whose heading says "Dealer API". */
function sections(): Array<{ heading: string; body: string }> {
  return DOC.split(/^#+ /m).slice(1).map((part) => ({ heading: part.split('\n')[0], body: part }));
}

const table = (type: 'content-api' | 'admin') => (routes as Record<string, { type: string; routes: Array<{ method: string; path: string }> }>)[type].routes.map((r) => `${r.method} ${r.path}`);

describe('docs/api.md', () => {
  const all = named(DOC);

  it('names every dealer route the plugin serves', () => {
    expect(table('content-api').filter((route) => !all.has(route))).toEqual([]);
  });

  it('names every staff route the plugin serves', () => {
    expect(table('admin').filter((route) => !all.has(route))).toEqual([]);
  });

  it('names no route the plugin does not serve (among the dealer and staff tables)', () => {
    const served = new Set([...table('content-api'), ...table('admin')]);
    const tables = sections().filter((s) => /Dealer API|Staff API/.test(s.heading) || s.heading.startsWith('Beyond'));
    const documented = tables.flatMap((s) => [...named(s.body)]).filter((route) => !route.startsWith('POST /api/auth') && !route.startsWith('POST /admin/login'));
    expect(documented.filter((route) => !served.has(route))).toEqual([]);
  });

  it('names every path of the OpenAPI document as a dealer route', () => {
    const doc = openapi({ strapi: undefined as never }).document();
    const dealerRoutes = new Set(table('content-api'));
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((op) => !dealerRoutes.has(op) || !all.has(op))).toEqual([]);
  });
});
