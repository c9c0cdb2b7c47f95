import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionCookie, startTestServer, type TestServer } from '../../../test/support.js';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../../seed/demo.js';
import { currentTotp } from './totp.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ RATE_LIMIT_SIGNIN_PER_MINUTE: '1000', RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
});
after(() => server.close());

async function signIn(login: string, password = DEMO_PASSWORD) {
  return server.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { login, password } });
}

function withSession(token: string, csrf?: string) {
  return { cookie: `vioc_sid=${token}`, ...(csrf && { 'x-csrf-token': csrf }) };
}

describe('password sign-in', () => {
  test('a demo officer signs in and sees their unit and role', async () => {
    const res = await signIn('cbtanninh');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.deepEqual(body.roles, ['officer']);
    assert.equal(body.memberships[0].unitName, 'Phường Tân Ninh');
    assert.equal(body.idleSeconds, 15 * 60);
    const cookie = res.cookies.find((c) => c.name === 'vioc_sid');
    assert.ok(cookie?.httpOnly, 'session cookie is httpOnly');
    assert.equal(cookie?.sameSite, 'Lax');
    const me = await server.app.inject({ url: '/api/auth/session', headers: withSession(cookie!.value) });
    assert.equal(me.json().user.username, 'cbtanninh');
  });

  test('login is case-insensitive and works with the email address', async () => {
    const res = await signIn('CBBinhMinh@VIOC.local');
    assert.equal(res.statusCode, 200);
  });

  test('a wrong password gets a clear bilingual error and is audited', async () => {
    const res = await signIn('lanhdao', 'wrong-password');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'INVALID_CREDENTIALS');
    assert.match(res.json().error.message, /mật khẩu/);
    const en = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'accept-language': 'en-US' },
      payload: { login: 'lanhdao', password: 'nope' },
    });
    assert.equal(en.json().error.message, 'Wrong login or password.');
    const rows = await server.services.audit.search({ action: 'auth.sign_in', outcome: 'denied', limit: 10 });
    assert.ok(rows.some((r) => r.actor_label === 'lanhdao'));
  });

  test('five wrong passwords lock the account, even for the right password, until the lock ends', async () => {
    for (let i = 0; i < 4; i++) assert.equal((await signIn('cbxaydung', 'bad')).statusCode, 401);
    // The locking attempt and wrong passwords during the lock look like any wrong password:
    // an attacker cannot tell a locked account from an unknown one.
    const fifth = await signIn('cbxaydung', 'bad');
    assert.equal(fifth.statusCode, 401);
    assert.equal(fifth.json().error.code, 'INVALID_CREDENTIALS');
    assert.equal((await signIn('cbxaydung', 'still bad')).statusCode, 401);
    // The right password learns of the lock, and for how long.
    const locked = await signIn('cbxaydung');
    assert.equal(locked.statusCode, 423);
    assert.equal(locked.json().error.code, 'ACCOUNT_LOCKED');
    assert.deepEqual(locked.json().error.details, { minutes: 15 });
    assert.match(locked.json().error.message, /15 phút/);
    server.clock.advance(10 * 60_000);
    const later = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'accept-language': 'en' },
      payload: { login: 'cbxaydung', password: DEMO_PASSWORD },
    });
    assert.equal(
      later.json().error.message,
      'The account is locked after too many failed sign-ins. Try again in 5 minutes.',
    );
    server.clock.advance(6 * 60_000);
    assert.equal((await signIn('cbxaydung')).statusCode, 200);
  });

  test('an unknown login is answered exactly like a wrong password', async () => {
    const res = await signIn('nobody-here', 'whatever');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'INVALID_CREDENTIALS');
  });
});

describe('sessions', () => {
  test('a session expires after the idle timeout and a request in time keeps it alive', async () => {
    const token = sessionCookie(await signIn('ldtanninh'))!;
    server.clock.advance(10 * 60_000);
    assert.equal((await server.app.inject({ url: '/api/auth/session', headers: withSession(token) })).statusCode, 200);
    server.clock.advance(10 * 60_000);
    assert.equal((await server.app.inject({ url: '/api/auth/session', headers: withSession(token) })).statusCode, 200);
    server.clock.advance(16 * 60_000);
    assert.equal((await server.app.inject({ url: '/api/auth/session', headers: withSession(token) })).statusCode, 401);
  });

  test('sessions end at their absolute lifetime even when active', async () => {
    const token = sessionCookie(await signIn('lanhdao'))!;
    for (let i = 0; i < 13; i++) {
      server.clock.advance(59 * 60_000);
      await server.app.inject({ url: '/api/auth/session', headers: withSession(token) });
      server.clock.advance(60_000);
    }
    const res = await server.app.inject({ url: '/api/auth/session', headers: withSession(token) });
    assert.equal(res.statusCode, 401);
  });

  test('sign out everywhere revokes every session of the user', async () => {
    const a = (await signIn('trucioc')).json();
    const tokenA = sessionCookie(await signIn('trucioc'))!;
    const resB = await signIn('trucioc');
    const tokenB = sessionCookie(resB)!;
    assert.ok(a.csrfToken);
    const out = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out-all',
      headers: withSession(tokenB, resB.json().csrfToken),
    });
    assert.equal(out.statusCode, 200);
    assert.ok(out.json().revoked >= 3);
    assert.equal((await server.app.inject({ url: '/api/auth/session', headers: withSession(tokenA) })).statusCode, 401);
  });

  test('a state-changing request without the CSRF token is refused and audited', async () => {
    const res = await signIn('nguoidan');
    const token = sessionCookie(res)!;
    const out = await server.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: withSession(token) });
    assert.equal(out.statusCode, 403);
    assert.equal(out.json().error.code, 'CSRF_FAILED');
    const ok = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: withSession(token, res.json().csrfToken),
    });
    assert.equal(ok.statusCode, 200);
    const denied = await server.services.audit.search({ action: 'access.denied', limit: 5 });
    assert.ok(denied.some((r) => (r.after as { reason: string }).reason === 'csrf'));
  });
});

describe('the guest session probe', () => {
  const deniedOn = async (route: string) =>
    (await server.services.audit.search({ action: 'access.denied', limit: 500 })).filter((r) => r.target_id === route)
      .length;

  test('a guest asking for its session gets 401 without an access.denied entry; other routes still audit', async () => {
    const before = await deniedOn('GET /api/auth/session');
    const none = await server.app.inject({ url: '/api/auth/session' });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json().error.code, 'UNAUTHENTICATED');
    const stale = await server.app.inject({ url: '/api/auth/session', headers: withSession('expired-or-unknown') });
    assert.equal(stale.statusCode, 401);
    assert.equal(await deniedOn('GET /api/auth/session'), before, 'asking is not an access denial');

    const usersBefore = await deniedOn('GET /api/users');
    assert.equal((await server.app.inject({ url: '/api/users' })).statusCode, 401);
    assert.equal(await deniedOn('GET /api/users'), usersBefore + 1, 'a guest on a staff route is still audited');
  });
});

describe('two-factor authentication', () => {
  test('admin needs the TOTP code: a password alone reaches nothing, the code opens the session once', async () => {
    const first = await signIn('admin');
    assert.equal(first.statusCode, 200);
    assert.equal(first.json().mfaRequired, true);
    assert.equal(first.json().idleSeconds, 5 * 60, 'admins get the shorter idle timeout');
    const pending = sessionCookie(first)!;
    const blocked = await server.app.inject({ url: '/api/users', headers: withSession(pending) });
    assert.equal(blocked.statusCode, 401);
    assert.equal(blocked.json().error.code, 'MFA_REQUIRED');

    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: withSession(pending, first.json().csrfToken),
      payload: { code: '000000' === currentTotp(DEMO_ADMIN_TOTP_SECRET, server.clock.now) ? '111111' : '000000' },
    });
    assert.equal(wrong.statusCode, 401);

    const code = currentTotp(DEMO_ADMIN_TOTP_SECRET, server.clock.now);
    const ok = await server.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: withSession(pending, first.json().csrfToken),
      payload: { code },
    });
    assert.equal(ok.statusCode, 200);
    const full = sessionCookie(ok)!;
    assert.notEqual(full, pending, 'the session token is replaced after the second factor');
    assert.equal((await server.app.inject({ url: '/api/users', headers: withSession(full) })).statusCode, 200);
    assert.equal(
      (await server.app.inject({ url: '/api/auth/session', headers: withSession(pending) })).statusCode,
      401,
    );

    // The same code cannot be replayed for another session.
    const again = await signIn('admin');
    const replay = await server.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: withSession(sessionCookie(again)!, again.json().csrfToken),
      payload: { code },
    });
    assert.equal(replay.statusCode, 401);
    assert.equal(replay.json().error.code, 'TOTP_INVALID');
  });

  test('a new administrator must set up TOTP before doing anything else', async () => {
    const db = server.database.db;
    const lead = await db.selectFrom('users').select('id').where('username', '=', 'lanhdao').executeTakeFirstOrThrow();
    const province = await db.selectFrom('units').select('id').where('admin_code', '=', '80').executeTakeFirstOrThrow();
    await db.insertInto('memberships').values({ user_id: lead.id, unit_id: province.id, role: 'admin' }).execute();
    const res = await signIn('lanhdao');
    assert.equal(res.json().mfaSetupRequired, true);
    const token = sessionCookie(res)!;
    const csrf = res.json().csrfToken;
    assert.equal(
      (await server.app.inject({ url: '/api/users', headers: withSession(token) })).json().error.code,
      'MFA_SETUP_REQUIRED',
    );
    const setup = await server.app.inject({
      method: 'POST',
      url: '/api/auth/totp/setup',
      headers: withSession(token, csrf),
    });
    assert.equal(setup.statusCode, 200);
    const { secret, otpauthUrl } = setup.json();
    assert.match(otpauthUrl, /^otpauth:\/\/totp\//);
    const enable = await server.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers: withSession(token, csrf),
      payload: { code: currentTotp(secret, server.clock.now) },
    });
    assert.equal(enable.statusCode, 200);
    assert.equal(enable.json().mfaSetupRequired, false);
    assert.equal(
      (await server.app.inject({ url: '/api/users', headers: withSession(sessionCookie(enable)!) })).statusCode,
      200,
    );
    await db.deleteFrom('memberships').where('user_id', '=', lead.id).where('role', '=', 'admin').execute();
  });
});

describe('self-registration and account hygiene', () => {
  test('a citizen registers with a phone number, confirms the code and is signed in', async () => {
    const reg = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { fullName: 'Trương Thị Hoa', phone: '0912345678', password: 'HoaTayNinh#2026' },
    });
    assert.equal(reg.statusCode, 201);
    const sent = server.codes.find((c) => c.contact === '0912345678');
    assert.ok(sent, 'a code was sent through the notification adapter');
    assert.equal((await signIn('0912345678', 'HoaTayNinh#2026')).json().error.code, 'ACCOUNT_PENDING');
    const bad = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register/verify',
      payload: { contact: '0912345678', code: sent.code === '123456' ? '654321' : '123456' },
    });
    assert.equal(bad.statusCode, 422);
    const ok = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register/verify',
      payload: { contact: '0912345678', code: sent.code },
    });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json().roles, ['citizen']);
    const dup = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { fullName: 'Người khác', phone: '0912345678', password: 'HoaTayNinh#2026' },
    });
    assert.equal(dup.statusCode, 409);
  });

  test('a weak password is refused with the policy in the details', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { fullName: 'A', email: 'weak@example.vn', password: 'short' },
    });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'PASSWORD_POLICY');
    assert.ok(res.json().error.details.problems.length >= 1);
    const none = await server.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'weak@example.vn')
      .execute();
    assert.equal(none.length, 0, 'nothing half-saved');
  });

  test('staff accounts unused for 45 days are disabled by housekeeping', async () => {
    const db = server.database.db;
    const old = new Date(server.clock.now - 46 * 86_400_000);
    await db.updateTable('users').set({ last_active_at: old }).where('username', '=', 'cbbinhminh').execute();
    await server.housekeeping();
    const u = await db
      .selectFrom('users')
      .select(['status', 'disabled_reason'])
      .where('username', '=', 'cbbinhminh')
      .executeTakeFirstOrThrow();
    assert.deepEqual(u, { status: 'disabled', disabled_reason: 'inactive' });
    assert.equal((await signIn('cbbinhminh')).json().error.code, 'ACCOUNT_DISABLED');
    const rows = await server.services.audit.search({ action: 'user.disable_inactive', limit: 5 });
    assert.ok(rows.length >= 1);
  });
});
