/**
 * Guessing the second factor: the per-IP rate limit does not bound an attacker
 * with many addresses, so the codes tried on one pending sign-in are limited, and
 * each exhausted round counts toward the account's lockout.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionCookie, startTestServer, type TestServer } from '../../../test/support.js';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../../seed/demo.js';
import { TOTP_MAX_ATTEMPTS } from './totp.flows.js';
import { currentTotp } from './totp.js';

let server: TestServer;
let ip = 0;
const nextIp = () => `10.0.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function pendingSignIn(): Promise<{ cookie: string; csrf: string }> {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    remoteAddress: nextIp(),
    payload: { login: 'admin', password: DEMO_PASSWORD },
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().mfaRequired, true);
  return { cookie: `vioc_sid=${sessionCookie(res)!}`, csrf: res.json().csrfToken };
}

/** A code that is not valid now (nor one step either side). */
function wrongCode(): string {
  const t = server.clock.now;
  const valid = new Set([-30_000, 0, 30_000].map((d) => currentTotp(DEMO_ADMIN_TOTP_SECRET, t + d)));
  for (let n = 0; ; n++) {
    const c = String(n).padStart(6, '0');
    if (!valid.has(c)) return c;
  }
}

function verify(s: { cookie: string; csrf: string }, code: string) {
  return server.app.inject({
    method: 'POST',
    url: '/api/auth/totp/verify',
    remoteAddress: nextIp(),
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    payload: { code },
  });
}

describe('two-factor attempts are limited per pending sign-in', () => {
  test('30 wrong codes from 30 addresses, then the right one: refused; a fresh password step works', async () => {
    const pending = await pendingSignIn();
    const codes: string[] = [];
    for (let i = 1; i <= 30; i++) {
      const res = await verify(pending, wrongCode());
      assert.equal(res.statusCode, 401);
      codes.push(res.json().error.code);
      if (i < TOTP_MAX_ATTEMPTS) assert.deepEqual(res.json().error.details, { attemptsLeft: TOTP_MAX_ATTEMPTS - i });
    }
    assert.deepEqual(codes.slice(0, TOTP_MAX_ATTEMPTS), [
      ...Array<string>(TOTP_MAX_ATTEMPTS - 1).fill('TOTP_INVALID'),
      'TOTP_ATTEMPTS_EXCEEDED',
    ]);
    assert.ok(
      codes.slice(TOTP_MAX_ATTEMPTS).every((c) => c === 'UNAUTHENTICATED'),
      'the pending sign-in is gone',
    );
    const right = await verify(pending, currentTotp(DEMO_ADMIN_TOTP_SECRET, server.clock.now));
    assert.equal(right.statusCode, 401, 'the right code no longer opens that sign-in');

    const audited = await server.services.audit.search({ action: 'auth.totp_attempts_exceeded', limit: 5 });
    assert.equal(audited.length, 1);

    const fresh = await pendingSignIn();
    const ok = await verify(fresh, currentTotp(DEMO_ADMIN_TOTP_SECRET, server.clock.now));
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('parallel guesses share the budget of the sign-in', async () => {
    server.clock.advance(60_000); // past the step used above
    const pending = await pendingSignIn();
    const answers = await Promise.all(Array.from({ length: 20 }, () => verify(pending, wrongCode())));
    const invalid = answers.filter((r) => r.json().error.code === 'TOTP_INVALID').length;
    assert.ok(invalid <= TOTP_MAX_ATTEMPTS - 1, `at most ${TOTP_MAX_ATTEMPTS - 1} codes were judged (${invalid})`);
  });

  test('rounds of wrong codes after fresh password steps end in the account lockout', async () => {
    server.clock.advance(60_000);
    const lockoutThreshold = server.config.LOCKOUT_THRESHOLD;
    // One round was spent by the previous test; the success in the first test reset the count.
    for (let round = 1; round < lockoutThreshold; round++) {
      const pending = await pendingSignIn();
      for (let i = 0; i < TOTP_MAX_ATTEMPTS; i++) await verify(pending, wrongCode());
    }
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: nextIp(),
      payload: { login: 'admin', password: DEMO_PASSWORD },
    });
    assert.equal(res.statusCode, 423, res.body);
    assert.equal(res.json().error.code, 'ACCOUNT_LOCKED');
  });
});
