/**
 * The web's API client (shared/api.ts: openapi-fetch and the wrapper every page uses) against a
 * stand-in for the network: what goes out (CSRF header on unsafe methods only, language, cookies,
 * query string, multipart) and what comes back (the error shape turned into ApiError, shown unless
 * silent, a 401 that clears the token and leaves for /login, a 204 with no body).
 */
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';

// Request() needs an absolute URL outside a document; the client takes the page's origin.
Object.assign(globalThis, { location: { origin: 'http://ioc.test', pathname: '/reports' } });
const { api, ApiError, configureApi, formData, setCsrfToken } = await import('../src/shared/api.js');

let sent: Request[] = [];
let answer: () => Response = () => json(200, { ok: true });
const shown: string[] = [];
let unauthorized = 0;

globalThis.fetch = async (input: RequestInfo | URL) => {
  if (!(input instanceof Request)) throw new Error('the client hands fetch a Request');
  sent.push(input);
  return answer();
};
configureApi({ notifyError: (text) => void shown.push(text), onUnauthorized: () => void unauthorized++ });

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const last = (): Request => {
  const request = sent.at(-1);
  assert.ok(request, 'a request was sent');
  return request;
};

beforeEach(() => {
  sent = [];
  shown.length = 0;
  unauthorized = 0;
  answer = () => json(200, { ok: true });
  setCsrfToken('csrf-1');
});

test('a POST carries the CSRF token, the language and a JSON body; a GET carries no token', async () => {
  await api.post('/api/users/{id}/password', {
    params: { path: { id: 'u1' } },
    body: { password: 'Mới-Mật-Khẩu-2026' },
  });
  const post = last();
  assert.equal(post.method, 'POST');
  assert.equal(new URL(post.url).pathname, '/api/users/u1/password');
  assert.equal(post.headers.get('x-csrf-token'), 'csrf-1');
  assert.equal(post.headers.get('accept-language'), 'vi');
  assert.equal(post.headers.get('content-type'), 'application/json');
  assert.equal(post.credentials, 'same-origin');
  assert.deepEqual(await post.json(), { password: 'Mới-Mật-Khẩu-2026' });

  answer = () => json(200, []);
  await api.get('/api/units', { params: { query: { q: '', limit: 30, parentId: undefined } } });
  const get = last();
  assert.equal(get.headers.get('x-csrf-token'), null);
  // empty and missing values stay out of the query string, as the server has always received it
  assert.equal(new URL(get.url).search, '?limit=30');
});

test('the error shape becomes an ApiError with the server’s code, message and details, shown once', async () => {
  answer = () =>
    json(422, { error: { code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ', details: { field: 'name' } } });
  const err = await api.post('/api/auth/sign-out').then(
    () => assert.fail('a 422 throws'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof ApiError);
  assert.equal(err.status, 422);
  assert.equal(err.code, 'VALIDATION_FAILED');
  assert.equal(err.message, 'Dữ liệu không hợp lệ');
  assert.deepEqual(err.details, { field: 'name' });
  assert.deepEqual(shown, ['Dữ liệu không hợp lệ']);
  assert.equal(unauthorized, 0);

  // silent: the caller shows it; a body that is not the error shape still gives an ApiError
  answer = () => new Response('<html>Bad Gateway</html>', { status: 502 });
  await assert.rejects(api.post('/api/auth/sign-out', { silent: true }), (e: unknown) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.code, 'HTTP_502');
    return true;
  });
  assert.equal(shown.length, 1);
});

test('a 401 clears the CSRF token and leaves for sign-in, unless the caller expects it', async () => {
  answer = () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Vui lòng đăng nhập' } });
  await assert.rejects(api.get('/api/auth/session', { allow401: true, silent: true }), ApiError);
  assert.equal(unauthorized, 0);
  assert.deepEqual(shown, []);

  await assert.rejects(api.post('/api/auth/sign-out-all'), ApiError);
  assert.equal(unauthorized, 1);
  assert.deepEqual(shown, ['Vui lòng đăng nhập']);

  answer = () => json(200, { ok: true });
  await api.post('/api/auth/sign-out');
  assert.equal(last().headers.get('x-csrf-token'), null, 'the token went with the session');
});

test('a 204 resolves to undefined; a network failure is an ApiError; an abort stays an abort', async () => {
  answer = () => new Response(null, { status: 204 });
  const none: unknown = await api.del('/api/calendar/overrides/{date}', { params: { path: { date: '2026-09-02' } } });
  assert.equal(none, undefined);
  assert.equal(last().method, 'DELETE');
  assert.equal(last().headers.get('x-csrf-token'), 'csrf-1');

  answer = () => {
    throw new TypeError('fetch failed');
  };
  await assert.rejects(api.get('/api/roles'), (e: unknown) => e instanceof ApiError && e.code === 'NETWORK_ERROR');
  assert.equal(shown.length, 1);

  answer = () => {
    throw new DOMException('aborted', 'AbortError');
  };
  await assert.rejects(api.get('/api/roles'), (e: unknown) => e instanceof DOMException && e.name === 'AbortError');
  assert.equal(shown.length, 1, 'an abort is not shown');
});

test('a multipart upload goes as FormData with the CSRF token and the browser’s boundary', async () => {
  answer = () => json(201, { file: { id: 'f1' }, token: 't1' });
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'a.jpg', { type: 'image/jpeg' });
  const out = await api.post('/api/files/guest', { body: { file }, bodySerializer: formData });
  assert.equal(out.token, 't1');
  const request = last();
  assert.equal(request.headers.get('x-csrf-token'), 'csrf-1');
  assert.match(request.headers.get('content-type') ?? '', /^multipart\/form-data; boundary=/);
  const form = await request.formData();
  const sentFile = form.get('file');
  assert.ok(sentFile instanceof File);
  assert.equal(sentFile.name, 'a.jpg');
});
