import assert from 'node:assert/strict';
import { test } from 'node:test';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { applySecurityHeaders, helmetOptions, securityHeaders } from './security-headers.js';

/** The headers of one response, without the ones that change per response. */
async function headersOf(register: (app: FastifyInstance) => unknown) {
  const app = Fastify();
  await register(app);
  app.get('/x', async () => ({ ok: true }));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  try {
    const ok = await app.inject({ url: '/x' });
    const failed = await app.inject({ url: '/fails' });
    const missing = await app.inject({ url: '/nowhere' });
    const strip = (h: Record<string, unknown>) => {
      const { date: _d, 'content-length': _l, ...rest } = h;
      return rest;
    };
    return {
      ok: strip(ok.headers),
      failed: strip(failed.headers),
      missing: strip(missing.headers),
      // Header names as they go on the wire (helmet's spelling).
      raw: (ok.raw.res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames().sort(),
    };
  } finally {
    await app.close();
  }
}

for (const opts of [
  {},
  { publicUrl: 'https://ioc.tayninh.gov.vn' },
  { publicUrl: 'http://localhost:3000', mapTileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' },
]) {
  test(`precomputed security headers are exactly @fastify/helmet's (${JSON.stringify(opts)})`, async () => {
    const expected = await headersOf(async (app) => {
      // The same options object; the CJS and ESM typings of helmet differ only in name.
      await app.register(fastifyHelmet, helmetOptions(opts) as never);
    });
    const headers = securityHeaders(helmetOptions(opts));
    const actual = await headersOf((app) => {
      app.addHook('onRequest', (_req, reply, done) => {
        applySecurityHeaders(reply.raw, headers);
        done();
      });
    });
    assert.deepEqual(actual, expected);
    assert.match(String(actual.ok['content-security-policy']), /default-src 'self'/);
    assert.equal(actual.ok['strict-transport-security'] !== undefined, opts.publicUrl?.startsWith('https:') === true);
  });
}

test('CSP directives computed per request are refused rather than frozen', () => {
  assert.throws(() =>
    securityHeaders({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-x'"] } } }),
  );
});
