/**
 * Hostile values: SQL injection strings, prototype-pollution keys, and the
 * fast-check arbitraries that make bad request bodies and bad ids out of them.
 */
import fc from 'fast-check';

export const SQL_STRINGS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '" OR ""="',
  "'; DROP TABLE claim_review_claims; --",
  "1; DELETE FROM up_users",
  "' UNION SELECT id, email, password FROM admin_users --",
  "1' AND SLEEP(5) --",
  "'; SELECT pg_sleep(5); --",
  "%' OR dealer_code LIKE '%",
  "\\'; --",
  "D-EAST' OR dealer_code='D-WEST",
  '$where: 1',
  '{"$ne": null}',
  "admin'/*",
  '1 OR 1=1',
  "') OR ('a'='a",
];

/** JSON texts whose parsed objects carry own `__proto__` / `constructor` keys, as a request body does. */
export const POLLUTION_JSON = [
  '{"__proto__": {"polluted": "yes", "status": "approved"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"dealer": "D-WEST"}}}',
];

export const pollution = () => fc.constantFrom(...POLLUTION_JSON.map((text) => JSON.parse(text)));

const nested = (depth: number, leaf: unknown = 1) => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** A value that does not belong where it is put: wrong type, out of range, too long, too deep, hostile. */
export const poison = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(null, true, false, 0, -1, -0.5, 0.123456789, 1e308, -1e308, 2 ** 53 + 1, [], {}, '', ' ', '\u0000', 'NaN', 'Infinity', '-Infinity', '-1', '1e999', '0x1F', '٣', '2026-02-30', '2026-13-01', '26-1-1', '2026/01/01', '2026-01-01T00:00:00Z', 'null', 'undefined', 'true'),
    fc.constantFrom(...SQL_STRINGS),
    fc.integer().map(String),
    fc.double().map(String),
    fc.integer({ min: -1_000_000_000, max: -1 }),
    fc.double({ noNaN: false }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(2_001, 20_000, 300_000).map((n) => '长'.repeat(n)),
    fc.integer({ min: 20, max: 2000 }).map((depth) => nested(depth)),
    fc.jsonValue({ maxDepth: 3 }),
    pollution(),
  );

type Path = Array<string | number>;

/** Every path into a JSON value, containers included (the root is []). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => out.push(...pathsOf(v, [...prefix, k])));
  return out;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function setAt(root: any, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = clone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return copy;
}

function deleteAt(root: any, path: Path): unknown {
  if (path.length === 0) return undefined;
  const copy = clone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  if (Array.isArray(node)) node.splice(Number(path[path.length - 1]), 1);
  else delete node[path[path.length - 1]];
  return copy;
}

/** What goes on the wire: JSON text, or text that is not JSON at all. */
export interface Wire {
  text: string;
  label: string;
}

const wire = (value: unknown, label: string): Wire => ({ text: JSON.stringify(value) ?? '', label });

/** Bodies built from a valid one: a field poisoned or removed, two at once, or something else entirely. */
export function badBodies(valid: unknown): fc.Arbitrary<Wire> {
  const paths = pathsOf(valid);
  const poisoned = fc.tuple(fc.constantFrom(...paths), poison()).map(([p, v]) => wire(setAt(valid, p, v), `set ${p.join('.') || '(root)'}`));
  const removed = fc.constantFrom(...paths).map((p) => wire(deleteAt(valid, p), `delete ${p.join('.') || '(root)'}`));
  const twice = fc.tuple(fc.constantFrom(...paths), poison(), fc.constantFrom(...paths), poison()).map(([p, v, q, w]) => {
    const once = setAt(valid, p, v);
    try {
      return wire(setAt(once, q, w), `set ${p.join('.')} and ${q.join('.')}`);
    } catch {
      return wire(once, `set ${p.join('.')}`);
    }
  });
  const text = JSON.stringify(valid);
  const raw = fc.oneof(
    fc.integer({ min: 1, max: Math.max(1, text.length - 1) }).map((n) => ({ text: text.slice(0, n), label: 'truncated JSON' })),
    fc.constantFrom(
      { text: text.replace(/\d+(\.\d+)?/, 'NaN'), label: 'NaN literal' },
      { text: text.replace(/\d+(\.\d+)?/, '1e999'), label: 'number that parses to Infinity' },
      { text: text.replace(/\d+(\.\d+)?/, '-1e999'), label: 'number that parses to -Infinity' },
      { text: text.replace(/}$/, ',}'), label: 'trailing comma' },
      { text: text.replace(/"/g, "'"), label: 'single quotes' },
      { text: `\uFEFF${text}x`, label: 'BOM and garbage' },
      { text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, label: 'arrays 100,000 deep' },
      { text: `${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}`, label: 'objects 30,000 deep' },
      { text: 'null', label: 'null' },
      { text: '"a string"', label: 'a string' },
      { text: '12345', label: 'a number' },
      { text: '[]', label: 'an empty array' },
      { text: '{}', label: 'an empty object' },
      { text: '', label: 'no body' },
    ),
  );
  const other = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => wire(v, 'arbitrary JSON')),
    fc.dictionary(fc.string({ maxLength: 12 }), poison(), { maxKeys: 6 }).map((v) => wire(v, 'object of random keys')),
    pollution().map((v) => wire(v, 'pollution keys only')),
  );
  return fc.oneof(
    { weight: 6, arbitrary: poisoned },
    { weight: 2, arbitrary: removed },
    { weight: 2, arbitrary: twice },
    { weight: 2, arbitrary: raw },
    { weight: 2, arbitrary: other },
  );
}

/** Ids that name nothing: random, hostile, huge, or numbers that are not ids. */
export const badIds = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...SQL_STRINGS),
    fc.constantFrom('0', '-1', '1.5', '1e9', '99999999999999999999', 'NaN', 'Infinity', 'null', 'undefined', '../../etc/passwd', '%00', '\u0000', ' ', 'CR-000000-00000', 'ST-999912-9999'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 60 }),
    // Longer ids would exceed Node's 16 KB request-line limit before reaching the app.
    fc.constantFrom(2_000, 8_000).map((n) => 'x'.repeat(n)),
  );
