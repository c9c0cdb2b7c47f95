/**
 * An upload too large by its own Content-Length is refused from the headers,
 * before the body is sent, with the limit in the message.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { freePort, startTestServer, type TestServer } from '../../../test/support.js';

let server: TestServer;
let port: number;

before(async () => {
  server = await startTestServer();
  port = await freePort();
  await server.app.listen({ port, host: '127.0.0.1' });
});
after(() => server.close());

/** Sends only the request head (no body) and returns what the server answers meanwhile. */
function headOnly(url: string, contentLength: number, lang = 'vi'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer before the body was sent; got: ${answer.slice(0, 200)}`));
    }, 5_000);
    socket.on('data', (d) => {
      answer += d.toString('utf8');
      // The head and a JSON body that has ended: enough to judge.
      if (/\r\n\r\n[\s\S]*\}\}\s*$/.test(answer)) {
        clearTimeout(timer);
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on('error', reject);
    socket.write(
      `POST ${url} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept-Language: ${lang}\r\n` +
        `Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: ${contentLength}\r\n\r\n`,
    );
  });
}

test('a guest photo declared at 200 MB gets 413 naming the 15 MB limit at once', async () => {
  const answer = await headOnly('/api/files/guest', 200 * 1024 * 1024);
  assert.match(answer, /^HTTP\/1\.1 413 /);
  assert.match(answer, /connection: close/i);
  const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4).replace(/^[0-9a-f]+\r\n/, '')) as {
    error: { code: string; message: string; details: { maxBytes: number; limit: string } };
  };
  assert.equal(body.error.code, 'FILE_TOO_LARGE');
  assert.equal(body.error.message, 'Tệp vượt quá dung lượng cho phép (15 MB).');
  assert.deepEqual(body.error.details, { maxBytes: 15 * 1024 * 1024, limit: '15 MB' });
});

test('in English too, and the refusal is audited', async () => {
  const answer = await headOnly('/api/files/guest', 16 * 1024 * 1024, 'en');
  assert.match(answer, /The file is larger than allowed \(15 MB\)\./);
  const rows = await server.database.db
    .selectFrom('audit_log')
    .select('after')
    .where('action', '=', 'file.upload')
    .where('outcome', '=', 'failed')
    .execute();
  assert.ok(
    rows.some((r) => JSON.stringify(r.after).includes('FILE_TOO_LARGE')),
    JSON.stringify(rows),
  );
});
