/**
 * OpenID Connect sign-in against a real local provider (oidc-provider), both
 * servers listening on loopback ports. The provider's interactions complete
 * on their own for whichever account the test names, so the whole flow runs
 * by plain HTTP requests with a small cookie jar standing in for a browser.
 * The provider keeps its defaults where they matter, so, as OpenID Connect
 * Core 5.4 requires in the code flow, the email claims come from UserInfo and
 * not from the ID token.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { freePort, startTestServer, type TestServer } from '../../../test/support.js';

// ---- the little of oidc-provider's API used here (the package ships no types)

interface ProviderInteraction {
  prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[] } };
  params: { client_id?: unknown };
  session?: { accountId: string };
  grantId?: string;
}
interface ProviderGrant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}
interface ProviderInstance {
  callback(): http.RequestListener;
  interactionDetails(req: http.IncomingMessage, res: http.ServerResponse): Promise<ProviderInteraction>;
  interactionFinished(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    result: Record<string, unknown>,
    opts?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): ProviderGrant;
    find(id: string): Promise<ProviderGrant | undefined>;
  };
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

const PROVIDER_MODULE = 'oidc-provider';
const CLIENT_ID = 'vioc';
const CLIENT_SECRET = crypto.randomBytes(24).toString('base64url');

/** The provider's accounts, by subject; tests edit them between sign-ins. */
const accounts = new Map<string, { email: string; email_verified: boolean; name: string }>([
  ['sub-ninh', { email: 'CBTanNinh@vioc.local', email_verified: true, name: 'Phạm Thị Ninh' }],
  ['sub-stranger', { email: 'stranger@example.vn', email_verified: true, name: 'Người Lạ' }],
  ['sub-unverified', { email: 'ldtanninh@vioc.local', email_verified: false, name: 'Lê Văn Tân' }],
]);
/** The account the provider's login step signs in as. */
let loginAs = 'sub-ninh';

let server: TestServer;
let provider: ProviderInstance;
let providerHttp: http.Server;
let viocBase: string;
let issuer: string;

/** Login and consent complete at once, with no page in between. */
async function interaction(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    await provider.interactionFinished(req, res, { login: { accountId: loginAs } }, { mergeWithLastSubmission: false });
    return;
  }
  assert.equal(details.prompt.name, 'consent');
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
  assert.ok(grant);
  if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
  if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

before(async () => {
  const viocPort = await freePort();
  viocBase = `http://127.0.0.1:${viocPort}`;

  let handle: http.RequestListener = (_req, res) => res.writeHead(503).end();
  providerHttp = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => providerHttp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(providerHttp.address() as net.AddressInfo).port}`;

  const { default: Provider } = (await import(PROVIDER_MODULE)) as { default: ProviderClass };
  const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${viocBase}/api/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // openid-client sends a client secret in the request body by default.
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    async findAccount(_ctx: unknown, sub: string) {
      if (!accounts.has(sub)) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
    },
    interactions: { url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: [crypto.randomBytes(16).toString('hex')] },
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
  });
  const providerCallback = provider.callback();
  handle = (req, res) => {
    if (req.method === 'GET' && req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    } else providerCallback(req, res);
  };

  server = await startTestServer({
    RATE_LIMIT_SIGNIN_PER_MINUTE: '1000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000',
    PUBLIC_URL: viocBase,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_ALLOW_HTTP: 'true',
  });
  await server.app.listen({ port: viocPort, host: '127.0.0.1' });
});

after(async () => {
  await server?.close();
  if (providerHttp) {
    providerHttp.closeAllConnections();
    await new Promise<void>((resolve) => providerHttp.close(() => resolve()));
  }
});

// ---- a user-agent: cookies per origin, redirects followed by hand

class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: URL): string {
    const jar = this.byOrigin.get(url.origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  get(url: URL | string, name: string): string | undefined {
    return this.byOrigin.get(new URL(url).origin)?.get(name);
  }

  store(url: URL, res: Response): void {
    let jar = this.byOrigin.get(url.origin);
    if (!jar) this.byOrigin.set(url.origin, (jar = new Map()));
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => {
        const [k = '', v = ''] = a.split('=').map((s) => s.trim());
        return (/^max-age$/i.test(k) && Number(v) <= 0) || (/^expires$/i.test(k) && Date.parse(v) <= Date.now());
      });
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  }
}

async function request(jar: CookieJar, url: URL, headers: Record<string, string> = {}): Promise<Response> {
  const cookie = jar.header(url);
  const res = await fetch(url, { redirect: 'manual', headers: { ...(cookie && { cookie }), ...headers } });
  jar.store(url, res);
  return res;
}

/**
 * Starts a sign-in at vioc and follows the provider's redirects up to the
 * point where the browser would return to vioc's callback.
 */
async function toCallback(account: string, jar = new CookieJar()): Promise<{ jar: CookieJar; callback: URL }> {
  loginAs = account;
  const start = await request(jar, new URL('/api/auth/oidc/start', viocBase));
  assert.equal(start.status, 302, await start.text());
  assert.ok(jar.get(viocBase, 'vioc_oidc'), 'start sets the signed state cookie');
  let url = new URL(start.headers.get('location')!);
  assert.equal(url.origin, issuer, 'start redirects to the provider');
  assert.equal(url.searchParams.get('client_id'), CLIENT_ID);
  assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
  for (let hops = 0; hops < 10; hops++) {
    if (url.origin === viocBase) {
      assert.equal(url.pathname, '/api/auth/oidc/callback');
      return { jar, callback: url };
    }
    const res = await request(jar, url);
    const location = res.headers.get('location');
    assert.ok(
      res.status >= 300 && res.status < 400 && location,
      `provider ${url.pathname} answered ${res.status}: ${await res.text()}`,
    );
    url = new URL(location, url);
  }
  assert.fail('too many redirects at the provider');
}

async function callVioc(jar: CookieJar, url: URL) {
  const res = await request(jar, url);
  const body = res.headers.get('content-type')?.includes('json')
    ? ((await res.json()) as { error?: { code: string } })
    : undefined;
  return { res, body, sid: jar.get(viocBase, 'vioc_sid') };
}

async function sessionUser(sid: string) {
  const res = await fetch(new URL('/api/auth/session', viocBase), { headers: { cookie: `vioc_sid=${sid}` } });
  assert.equal(res.status, 200);
  return ((await res.json()) as { user: { id: string; username: string; email: string }; roles: string[] }).user;
}

async function userRow(username: string) {
  return server.database.db
    .selectFrom('users')
    .select(['id', 'oidc_subject'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
}

describe('OpenID Connect sign-in', () => {
  test('a provider account with the verified email of a user signs in as that user and is linked', async () => {
    assert.equal((await userRow('cbtanninh')).oidc_subject, null);
    const { jar, callback } = await toCallback('sub-ninh');
    assert.ok(callback.searchParams.get('code'));
    assert.ok(callback.searchParams.get('state'));

    const { res, sid } = await callVioc(jar, callback);
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/');
    assert.ok(sid, 'the callback sets a session cookie');
    assert.equal(jar.get(viocBase, 'vioc_oidc'), undefined, 'the state cookie is cleared');

    const user = await sessionUser(sid);
    assert.equal(user.username, 'cbtanninh');
    assert.equal(user.email, 'cbtanninh@vioc.local');
    const me = await fetch(new URL('/api/auth/session', viocBase), { headers: { cookie: `vioc_sid=${sid}` } });
    assert.deepEqual(((await me.json()) as { roles: string[] }).roles, ['officer']);

    assert.equal((await userRow('cbtanninh')).oidc_subject, `${issuer}#sub-ninh`);

    const rows = await server.services.audit.search({ action: 'auth.sign_in_oidc', limit: 5 });
    const row = rows.find((r) => r.target_id === user.id);
    assert.ok(row, 'the sign-in is audited');
    assert.equal(row.actor_id, user.id);
    assert.equal(row.actor_label, 'cbtanninh');
    assert.equal(row.outcome, 'ok');
  });

  test('a second sign-in finds the user by the stored link, even after the email changed at the provider', async () => {
    const account = accounts.get('sub-ninh')!;
    const email = account.email;
    account.email = 'ninh.pham@example.vn';
    try {
      const { jar, callback } = await toCallback('sub-ninh');
      const { res, sid } = await callVioc(jar, callback);
      assert.equal(res.status, 302);
      assert.ok(sid);
      assert.equal((await sessionUser(sid)).username, 'cbtanninh');
    } finally {
      account.email = email;
    }
    const { id } = await userRow('cbtanninh');
    const rows = await server.services.audit.search({ action: 'auth.sign_in_oidc', limit: 5 });
    assert.equal(rows.filter((r) => r.target_id === id).length, 2);
  });

  test('a disabled account cannot come back through single sign-on', async () => {
    const { id } = await userRow('cbtanninh');
    await server.database.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', id).execute();
    try {
      const { jar, callback } = await toCallback('sub-ninh');
      const { res, body, sid } = await callVioc(jar, callback);
      assert.equal(res.status, 403);
      assert.equal(body?.error?.code, 'ACCOUNT_DISABLED');
      assert.equal(sid, undefined);
      const denied = await server.services.audit.search({ action: 'auth.sign_in_oidc', outcome: 'denied', limit: 5 });
      assert.ok(denied.some((r) => r.target_id === id));
    } finally {
      await server.database.db.updateTable('users').set({ status: 'active' }).where('id', '=', id).execute();
    }
  });

  test('a browser that fails single sign-on lands back on the sign-in page with the reason', async () => {
    const { jar, callback } = await toCallback('sub-stranger');
    const res = await request(jar, callback, { accept: 'text/html,application/xhtml+xml' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/login?error=OIDC_NO_ACCOUNT');
  });

  test('an email no user has gets 403 OIDC_NO_ACCOUNT and no session', async () => {
    const { jar, callback } = await toCallback('sub-stranger');
    const { res, body, sid } = await callVioc(jar, callback);
    assert.equal(res.status, 403);
    assert.equal(body?.error?.code, 'OIDC_NO_ACCOUNT');
    assert.equal(sid, undefined);
    assert.ok(!res.headers.getSetCookie().some((c) => c.startsWith('vioc_sid=')));
  });

  test('an email the provider has not verified is not used to link an account', async () => {
    const { jar, callback } = await toCallback('sub-unverified');
    const { res, body, sid } = await callVioc(jar, callback);
    assert.equal(res.status, 403);
    assert.equal(body?.error?.code, 'OIDC_NO_ACCOUNT');
    assert.equal(sid, undefined);
    assert.equal((await userRow('ldtanninh')).oidc_subject, null);
  });

  test('a tampered state or a missing state cookie gets 401 OIDC_FAILED; the genuine callback still works', async () => {
    const { jar, callback } = await toCallback('sub-ninh');

    const wrongState = new URL(callback);
    wrongState.searchParams.set('state', 'forged-state');
    const forged = await callVioc(jar, wrongState);
    assert.equal(forged.res.status, 401);
    assert.equal(forged.body?.error?.code, 'OIDC_FAILED');
    assert.equal(forged.sid, undefined);

    const noCookie = await callVioc(new CookieJar(), callback);
    assert.equal(noCookie.res.status, 401);
    assert.equal(noCookie.body?.error?.code, 'OIDC_FAILED');
    assert.equal(noCookie.sid, undefined);

    const pending = JSON.stringify({
      state: callback.searchParams.get('state'),
      nonce: 'n',
      verifier: 'v',
      redirectUri: `${viocBase}/api/auth/oidc/callback`,
    });
    const unsigned = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `vioc_oidc=${encodeURIComponent(pending)}` },
    });
    assert.equal(unsigned.status, 401, 'an unsigned state cookie is refused');
    assert.equal(((await unsigned.json()) as { error: { code: string } }).error.code, 'OIDC_FAILED');

    const stateCookie = jar.get(viocBase, 'vioc_oidc')!;
    const genuine = await callVioc(jar, callback);
    assert.equal(genuine.res.status, 302);
    assert.ok(genuine.sid);
    assert.equal((await sessionUser(genuine.sid)).username, 'cbtanninh');

    // The code is spent: replaying the callback, even with the state cookie, fails.
    const again = await fetch(callback, { redirect: 'manual', headers: { cookie: `vioc_oidc=${stateCookie}` } });
    assert.equal(again.status, 401);
    assert.equal(((await again.json()) as { error: { code: string } }).error.code, 'OIDC_FAILED');
    assert.ok(!again.headers.getSetCookie().some((c) => c.startsWith('vioc_sid=')));
  });
});
