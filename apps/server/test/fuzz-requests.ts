/**
 * Whole hostile HTTP requests for one OpenAPI operation (fuzz.test.ts): the
 * path filled with known ids or hostile segments, the query and the body
 * generated from the schemas and mutated, or replaced by malformed bytes.
 */
import fc from 'fast-check';
import {
  HOSTILE_STRINGS,
  fromSchema,
  hostileValue,
  mutate,
  mutation,
  RawJson,
  toJson,
  type JsonSchema,
  type Known,
  type Operation,
} from './fuzz-inputs.js';

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What kind of hostility this is, for the report of a failure. */
  kind: string;
}

/** Segments sent as they are: traversal, broken percent-encoding, overlong UTF-8, a very long id. */
const RAW_SEGMENTS = [
  '..',
  '.',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%',
  '%zz',
  '%C0%AE%C0%AE',
  '%00',
  '%E2%80%AE',
  '%F0%9F%92%A9',
  'x'.repeat(5000),
  '1'.repeat(400),
];

function encodeSegment(s: string): string {
  // encodeURIComponent refuses lone surrogates (URIError); U+FFFD in their place keeps the rest of the case.
  return encodeURIComponent(
    s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

function pathArb(op: Operation, known: Known): fc.Arbitrary<{ path: string; hostile: boolean }> {
  if (op.pathParams.length === 0) return fc.constant({ path: op.path, hostile: false });
  const one = (name: string, schema: JsonSchema | undefined) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: fromSchema(schema ?? { type: 'string' }, known, name).map((v) => ({
          v: encodeSegment(String(v)),
          h: false,
        })),
      },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((v) => ({ v: encodeSegment(v), h: true })) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((v) => ({ v, h: true })) },
    );
  return fc.tuple(...op.pathParams.map((p) => one(p.name, p.schema))).map((vals) => {
    let path = op.path;
    op.pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, vals[i]!.v || '%20')));
    return { path, hostile: vals.some((x) => x.h) };
  });
}

function queryText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof RawJson) return v.text;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return toJson(v);
}

const RAW_QUERIES = [
  '%zz=1',
  'a=%E0%A4%A',
  '=&&=',
  'lang=%00',
  'page[limit]=1&page[__proto__]=x',
  'x=' + 'y'.repeat(20_000),
];

function queryArb(op: Operation, known: Known): fc.Arbitrary<string> {
  const params = op.queryParams.map((p) =>
    fc.oneof(
      { weight: p.required ? 0 : 3, arbitrary: fc.constant<string[]>([]) },
      {
        weight: 4,
        arbitrary: fromSchema(p.schema ?? {}, known, p.name).map((v) =>
          Array.isArray(v) ? v.map(queryText) : [queryText(v)],
        ),
      },
      { weight: 3, arbitrary: hostileValue.map((v) => [queryText(v)]) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE_STRINGS), { minLength: 2, maxLength: 3 }) },
    ),
  );
  const extra = fc.option(
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'lang', 'x'.repeat(300)), hostileValue),
    { freq: 4 },
  );
  const raw = fc.option(fc.constantFrom(...RAW_QUERIES), { freq: 6 });
  return fc.tuple(fc.tuple(...params), extra, raw).map(([vals, more, rawPart]) => {
    const q = new URLSearchParams();
    op.queryParams.forEach((p, i) => vals[i]!.forEach((v) => q.append(p.name, v)));
    if (more) q.append(more[0], queryText(more[1]));
    const text = [q.toString(), rawPart ?? ''].filter(Boolean).join('&');
    return text ? `?${text}` : '';
  });
}

const MALFORMED_JSON: readonly (string | Buffer)[] = [
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"a":1}{"b":2}',
  '{"a":1,}',
  "{'a':1}",
  '\u0000',
  '',
  '"just a string"',
  '12',
  'null',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '\uFEFF{}',
  '['.repeat(100_000),
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
];

const WRONG_TYPES = [
  'text/plain',
  'application/xml',
  'application/json; charset=utf-16',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'application/vnd.api+json',
  'image/png',
];

type Body = { payload?: string | Buffer; contentType?: string; kind: string };

const malformed: fc.Arbitrary<Body> = fc
  .constantFrom(...MALFORMED_JSON)
  .map((payload) => ({ payload, contentType: 'application/json', kind: 'malformed-json' }));

const wrongType: fc.Arbitrary<Body> = fc
  .tuple(fc.constantFrom(...WRONG_TYPES), fc.constantFrom('{"a":1}', 'a=b&c', '<x/>', '\u0000\u0001'))
  .map(([contentType, payload]) => ({ payload, contentType, kind: 'wrong-content-type' }));

function generated(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  return fc
    .tuple(fromSchema(schema, known), fc.array(mutation, { minLength: 0, maxLength: 3 }))
    .map(([value, ms]) => mutate(value, ms));
}

function formText(v: unknown): string {
  const form = new URLSearchParams();
  if (v !== null && typeof v === 'object' && !(v instanceof RawJson))
    for (const [k, x] of Object.entries(v)) form.append(k, queryText(x));
  else form.append(queryText(v), '');
  return form.toString();
}

/** A multipart body written by hand, so it can also be wrong (boundary, truncation, headers). */
function multipartText(parts: { name: string; filename?: string; type?: string; data: Buffer }[], boundary: string) {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), p.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const multipartGarbage: fc.Arbitrary<Body> = fc
  .record({
    bytes: fc.uint8Array({ maxLength: 2048 }),
    pngLike: fc.boolean(),
    filename: fc.constantFrom('a.jpg', '../../etc/passwd', '\u202Egpj.exe', 'x'.repeat(2000), '', 'a\u0000.png'),
    fieldName: fc.constantFrom('file', 'file', 'files', '', 'kind', '__proto__'),
    kind: fc.constantFrom('photo', 'video', 'document', 'exe', '', '\u0000'),
    unitId: fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', '../..'),
    breakage: fc.constantFrom('none', 'none', 'truncate', 'wrong-boundary', 'no-boundary', 'no-file'),
  })
  .map((g) => {
    const data = g.pngLike ? Buffer.concat([PNG_HEADER, Buffer.from(g.bytes)]) : Buffer.from(g.bytes);
    const parts = [
      { name: 'kind', data: Buffer.from(g.kind) },
      { name: 'unitId', data: Buffer.from(g.unitId) },
      ...(g.breakage === 'no-file' ? [] : [{ name: g.fieldName, filename: g.filename, type: 'image/png', data }]),
    ];
    let payload = multipartText(parts, 'fuzzBoundary');
    if (g.breakage === 'truncate') payload = payload.subarray(0, Math.max(1, payload.length >> 1));
    const contentType =
      g.breakage === 'wrong-boundary'
        ? 'multipart/form-data; boundary=other'
        : g.breakage === 'no-boundary'
          ? 'multipart/form-data'
          : 'multipart/form-data; boundary=fuzzBoundary';
    return { payload, contentType, kind: `multipart-${g.breakage}` };
  });

function bodyArb(op: Operation, known: Known): fc.Arbitrary<Body> {
  const none = fc.constant<Body>({ kind: 'no-body' });
  if (!op.body)
    return fc.oneof(
      { weight: 6, arbitrary: none },
      { weight: 1, arbitrary: malformed },
      {
        weight: 1,
        arbitrary: hostileValue.map((v) => ({
          payload: toJson(v),
          contentType: 'application/json',
          kind: 'unexpected-body',
        })),
      },
    );
  const { contentType, schema } = op.body;
  if (contentType === 'multipart/form-data')
    return fc.oneof(
      { weight: 6, arbitrary: multipartGarbage },
      { weight: 1, arbitrary: wrongType },
      { weight: 1, arbitrary: none },
    );
  const main =
    contentType === 'application/x-www-form-urlencoded'
      ? generated(schema, known).map((v) => ({ payload: formText(v), contentType, kind: 'generated-form' }))
      : generated(schema, known).map((v) => ({
          payload: v === undefined ? '' : toJson(v),
          contentType,
          kind: 'generated-json',
        }));
  return fc.oneof(
    { weight: 10, arbitrary: main },
    { weight: 2, arbitrary: malformed },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: none },
  );
}

/** Header values must be visible ASCII to be sent at all. */
const HEADER_SAFE = HOSTILE_STRINGS.filter((s) => /^[\x20-\x7e]*$/.test(s) && s.length < 4000);

export function requestArb(op: Operation, known: Known): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      path: pathArb(op, known),
      query: queryArb(op, known),
      body: bodyArb(op, known),
      lang: fc.constantFrom('vi', 'en', 'fr', 'en-US,en;q=0.9', ''),
      idempotencyKey: fc.option(fc.constantFrom(...HEADER_SAFE), { freq: 5 }),
    })
    .map(({ path, query, body, lang, idempotencyKey }) => ({
      method: op.method,
      url: path.path + query,
      headers: {
        'accept-language': lang,
        ...(body.contentType !== undefined && { 'content-type': body.contentType }),
        ...(idempotencyKey !== null && { 'idempotency-key': idempotencyKey }),
      },
      ...(body.payload !== undefined && { payload: body.payload }),
      kind: `${path.hostile ? 'hostile-path ' : ''}${body.kind}`,
    }));
}

/**
 * The hostile texts and numbers sent systematically: each one in every free-text field and
 * parameter at once (strings without format, enum or pattern), every number at once, so a
 * bounded run reaches each handler with each of them, which random picks would only sample.
 */
export const SYSTEMATIC: readonly { label: string; text?: string; number?: unknown }[] = [
  { label: 'NUL', text: 'a\u0000b' },
  { label: 'RTL override', text: '\u202Egnp.exe\u202C' },
  // Short enough for the usual maxLength, so they reach the handler: Vietnamese as NFD (what some
  // keyboards and macOS file names send) and a stack of marks on one letter.
  { label: 'Vietnamese NFD', text: 'Đu\u031Bo\u031B\u0300ng Tie\u0302\u0301ng Vie\u0323\u0302t' },
  { label: 'combining marks', text: 'e' + '\u0301\u0302\u0303\u0323'.repeat(6) },
  { label: 'emoji', text: '👨‍👩‍👧‍👦🇻🇳' },
  { label: 'lone surrogate', text: 'a\uD800b' },
  { label: 'SQL quote', text: "' OR '1'='1' --" },
  { label: 'traversal', text: '../../etc/passwd' },
  { label: 'empty', text: '' },
  { label: 'nearly 1 MB', text: 'x'.repeat(1024 * 1024 - 4096) },
  { label: 'huge number', number: new RawJson('1e400') },
  { label: '2^63', number: 2 ** 63 },
  { label: 'negative fraction', number: -0.5 },
];

function isFreeText(s: JsonSchema | undefined): boolean {
  return s?.type === 'string' && !s.format && !s.enum && !(s as { pattern?: string }).pattern;
}

/** The value with its free-text strings (or its numbers) replaced by the hostile one. */
function fill(schema: JsonSchema, v: unknown, h: { text?: string; number?: unknown }): unknown {
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt) return alt.reduce<unknown>((x, s) => fill(s, x, h), v);
  if (typeof v === 'string') return h.text !== undefined && isFreeText(schema) ? h.text : v;
  if (typeof v === 'number') return h.number !== undefined ? h.number : v;
  if (Array.isArray(v)) return v.map((x) => fill(schema.items ?? {}, x, h));
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(schema.properties?.[k] ?? {}, x, h)]));
}

/** One systematic request: known ids in the path, a generated body and query, the hostile value everywhere it fits. */
export function systematicRequest(
  op: Operation,
  known: Known,
  h: (typeof SYSTEMATIC)[number],
  seed: number,
): FuzzRequest {
  // Of a few samples the fullest (optional fields present), so the hostile value lands in more places.
  const sample = <T>(arb: fc.Arbitrary<T>): T =>
    fc.sample(arb, { seed, numRuns: 6 }).sort((a, b) => toJson(b).length - toJson(a).length)[0]!;
  let path = op.path;
  for (const p of op.pathParams) {
    const v = known.byName[p.name]?.[0] ?? (p.schema?.format === 'uuid' ? known.uuids[0] : undefined) ?? 'x';
    path = path.replace(`{${p.name}}`, encodeSegment(String(isFreeText(p.schema) && h.text ? h.text : v)));
  }
  const q = new URLSearchParams();
  for (const p of op.queryParams) {
    const numeric = p.schema?.type === 'integer' || p.schema?.type === 'number';
    if (isFreeText(p.schema) && h.text !== undefined) q.append(p.name, h.text);
    else if (numeric && h.number !== undefined) q.append(p.name, queryText(h.number));
    else if (p.required) q.append(p.name, queryText(sample(fromSchema(p.schema ?? {}, known, p.name))));
  }
  const body =
    op.body && op.body.contentType !== 'multipart/form-data'
      ? fill(op.body.schema, sample(fromSchema(op.body.schema, known)), h)
      : undefined;
  const form = op.body?.contentType === 'application/x-www-form-urlencoded';
  return {
    method: op.method,
    url: path + (q.size ? `?${q.toString()}` : ''),
    headers: body === undefined ? {} : { 'content-type': op.body!.contentType },
    ...(body !== undefined && { payload: form ? formText(body) : toJson(body) }),
    kind: `systematic ${h.label}`,
  };
}
