/**
 * Hostile requests derived from the OpenAPI document, for fuzz.test.ts: values
 * generated from each operation's schemas (so they reach the handlers, not only
 * the validator), then mutated — wrong types, missing and extra fields, huge
 * numbers, NUL, RTL override, combining marks, 1 MB strings, path traversal,
 * bad UUIDs — plus raw malformed bodies, wrong content types and garbage
 * multipart.
 */
import fc from 'fast-check';

/** The part of JSON Schema the generated OpenAPI document uses (see docs/openapi.json). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

interface Param {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  /** OpenAPI template, `/api/reports/{id}`. */
  path: string;
  pathParams: Param[];
  queryParams: Param[];
  body?: { contentType: string; schema: JsonSchema };
}

export interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Param[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
}

export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        ...(contentType && { body: { contentType, schema: media?.schema ?? {} } }),
      });
    }
  }
  return ops;
}

/** Ids and values of things that exist on the test server, so generated requests get past "not found". */
export interface Known {
  uuids: string[];
  /** Values for a path parameter or field of that name (queue names, Open311 files, a point in the province). */
  byName: Record<string, unknown[]>;
}

/** JSON text written as is: numbers JavaScript cannot hold, prototype keys. */
export class RawJson {
  constructor(readonly text: string) {}
}

export function toJson(v: unknown): string {
  if (v instanceof RawJson) return v.text;
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

const MB = 1024 * 1024;
/** Just under the default 1 MB body limit once quoted, so it reaches the schema; and just over it. */
const NEARLY_1MB = 'x'.repeat(MB - 4096);
const OVER_1MB = 'é'.repeat(MB / 2 + 1);

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1',
  '0x10',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  "' OR '1'='1' --",
  '"; DROP TABLE reports; --',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'a\u0000b',
  '\u0000',
  '\u202Egnp.exe\u202C',
  'e' + '\u0301'.repeat(300),
  'Đu\u031Bo\u031B\u0300ng Tie\u0302\u0301ng Vie\u0323\u0302t',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A',
  '👨‍👩‍👧‍👦🇻🇳🤡',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF\u200B\u2028\u2029',
  'Đường 30/4 — phường Tân Ninh',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '00000000-0000-0000-0000-00000000000g',
  '00000000-0000-0000-0000-0000000000000',
  '{1b4e28ba-2fa1-11d2-883f-0016d3cca427}',
  '1b4e28ba2fa111d2883f0016d3cca427',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '2026-02-30',
  '0000-01-01',
  '275760-09-13',
  '2026-13-45T25:61:61Z',
  'x'.repeat(10_000),
];

const HOSTILE_NUMBERS: readonly unknown[] = [
  0,
  -0,
  -1,
  0.5,
  2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 63,
  1e308,
  -1e308,
  5e-324,
  new RawJson('1e400'),
  new RawJson('-1e400'),
  new RawJson('123456789012345678901234567890'),
];

/** A value of the wrong kind, or of the right kind at its most hostile. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(NEARLY_1MB, OVER_1MB) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      [],
      {},
      [null],
      { a: 1 },
      new RawJson('{"__proto__":{"polluted":true}}'),
      new RawJson('{"constructor":{"prototype":{"polluted":true}}}'),
      new RawJson('['.repeat(2000) + ']'.repeat(2000)),
      Array.from({ length: 5000 }, (_, i) => i),
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

function boundedDate(): fc.Arbitrary<Date> {
  return fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
}

/** Values shaped like the schema (patterns aside), using ids and values known to exist where they fit. */
export function fromSchema(schema: JsonSchema, known: Known, name = '', depth = 0): fc.Arbitrary<unknown> {
  const named = known.byName[name];
  const own = schemaShape(schema, known, name, depth);
  return named?.length ? fc.oneof(fc.constantFrom(...named), own) : own;
}

function schemaShape(schema: JsonSchema, known: Known, name: string, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => fromSchema(s, known, name, depth)));
  if (schema.allOf?.length) return fromSchema(Object.assign({}, ...schema.allOf) as JsonSchema, known, name, depth);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => fromSchema({ ...schema, type }, known, name, depth)));
  switch (types[0]) {
    case 'string':
      return stringShape(schema, known);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(fromSchema(schema.items ?? {}, known, name, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 3),
        maxLength: Math.max(Math.min(schema.maxItems ?? 3, 3), Math.min(schema.minItems ?? 0, 3)),
      });
    case 'object':
      return objectShape(schema, known, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringShape(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case 'uuid':
      return known.uuids.length ? fc.oneof(fc.constantFrom(...known.uuids), fc.uuid()) : fc.uuid();
    case 'date':
      return boundedDate().map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return boundedDate().map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
  }
  const min = Math.min(schema.minLength ?? 0, 50);
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
  );
}

function objectShape(schema: JsonSchema, known: Known, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant({});
  const props = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, s] of Object.entries(props)) model[k] = fromSchema(s, known, k, depth + 1);
  const required = (schema.required ?? []).filter((k) => k in props);
  const record = fc.record(model, { requiredKeys: required });
  if (typeof schema.additionalProperties === 'object' && Object.keys(props).length === 0)
    return fc.dictionary(fc.string({ maxLength: 10 }), fromSchema(schema.additionalProperties, known, '', depth + 1), {
      maxKeys: 3,
    });
  return record;
}

/** One change to a generated value; several may apply in turn. */
export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'whole'; value: unknown };

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'id', 'roles', 'x'.repeat(500), '', '\u202E'];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      at: fc.nat(),
      key: fc.constantFrom(...EXTRA_KEYS),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: hostileValue }) },
);

type Path = (string | number)[];

/** Every place inside a JSON value (not the root). */
function placesIn(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (v === null || typeof v !== 'object' || v instanceof RawJson) return out;
  for (const [k, x] of Object.entries(v)) {
    const p = [...at, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    placesIn(x, p, out);
  }
  return out;
}

function containersIn(v: unknown): Path[] {
  const all = [[], ...placesIn(v)] as Path[];
  return all.filter((p) => {
    const x = getIn(v, p);
    return x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof RawJson);
  });
}

function getIn(v: unknown, p: Path): unknown {
  return p.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], v);
}

/** Sets an own property even for `__proto__`, which plain assignment would take as the prototype. */
function define(obj: object, key: string | number, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A deep copy. Hostile values are shared constants: put in a body as they are, the next
 * mutation would write into the constant itself, and later runs would see it grow.
 */
function copy(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof RawJson) return v;
  if (Array.isArray(v)) return v.map(copy);
  const out = {};
  for (const [k, x] of Object.entries(v)) define(out, k, copy(x));
  return out;
}

export function mutate(base: unknown, mutations: Mutation[]): unknown {
  let v = copy(base);
  for (const m of mutations) {
    if (m.kind === 'whole') {
      v = copy(m.value);
      continue;
    }
    if (m.kind === 'extra') {
      const targets = containersIn(v);
      const target = targets.length ? getIn(v, targets[m.at % targets.length]!) : undefined;
      if (target && typeof target === 'object') define(target, m.key, copy(m.value));
      continue;
    }
    const places = placesIn(v);
    if (places.length === 0) continue;
    const p = places[m.at % places.length]!;
    const parent = getIn(v, p.slice(0, -1)) as Record<string | number, unknown>;
    const key = p[p.length - 1]!;
    if (m.kind === 'replace') define(parent, key, copy(m.value));
    else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }
  return v;
}
