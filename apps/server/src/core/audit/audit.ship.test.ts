/**
 * Audit shipping against a real local syslog collector over TCP: every entry arrives as an
 * octet-counted RFC 5424 message, in seq order; while the collector is down nothing is lost, and
 * when it is back it gets what it missed, once.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eventually, freePort, startTestServer, type TestServer } from '../../../test/support.js';
import { frame, syslogMessage } from './audit.ship.js';

/** A collector: parses RFC 6587 octet-counted frames from every connection. */
function collector(port: number) {
  const messages: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    let buf = Buffer.alloc(0);
    s.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const space = buf.indexOf(0x20);
        if (space < 0) return;
        const len = Number(buf.subarray(0, space).toString('ascii'));
        assert.ok(Number.isInteger(len) && len > 0, `frame length, got ${buf.subarray(0, space).toString()}`);
        if (buf.length < space + 1 + len) return;
        messages.push(buf.subarray(space + 1, space + 1 + len).toString('utf8'));
        buf = buf.subarray(space + 1 + len);
      }
    });
  });
  return {
    messages,
    listen: () => new Promise<void>((r) => server.listen(port, '127.0.0.1', r)),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** The parts a collector indexes on: RFC 5424 header, structured data and the JSON body. */
function parse(message: string) {
  const m = /^<(\d+)>1 (\S+) (\S+) (\S+) (\S+) (\S+) \[vioc@32473 ((?:[^\]\\]|\\.)*)\] \ufeff(.*)$/s.exec(message);
  assert.ok(m, `RFC 5424 message: ${message.slice(0, 200)}`);
  const sd = Object.fromEntries([...m[7]!.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
  return { pri: Number(m[1]), at: m[2]!, app: m[4]!, msgid: m[6]!, sd, body: JSON.parse(m[8]!) as { action: string } };
}

const ctx = { actorId: null, actorLabel: 'kiểm thử "syslog"]', ip: '127.0.0.1', userAgent: 'test' };

describe('audit log shipped to a syslog collector (RFC 5424 over TCP)', () => {
  let server: TestServer;
  let port: number;
  let sink: ReturnType<typeof collector>;

  before(async () => {
    port = await freePort();
    sink = collector(port);
    await sink.listen();
    server = await startTestServer({ AUDIT_SYSLOG_URL: `tcp://127.0.0.1:${port}` });
  });
  after(async () => {
    await server?.close();
    await sink.close();
  });

  const seqsInDb = async () =>
    (await server.database.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
  const shippedSeqs = () => sink.messages.map((m) => Number(parse(m).sd.seq));

  test('every entry arrives once, in seq order, as a parsable RFC 5424 message', async () => {
    for (let i = 0; i < 30; i++) {
      await server.services.audit.recordAlone(ctx, { action: 'test.ship', targetType: 'thing', targetId: `t${i}` });
    }
    const expected = await seqsInDb();
    await eventually(() => shippedSeqs().length >= expected.length).catch(() => undefined);
    assert.deepEqual(shippedSeqs(), expected);
    const last = parse(sink.messages.at(-1)!);
    assert.equal(last.pri, 13 * 8 + 6, 'facility log audit, severity informational');
    assert.equal(last.app, 'vioc');
    assert.equal(last.msgid, 'test.ship');
    assert.equal(last.body.action, 'test.ship');
    assert.equal(last.sd.actor, 'kiểm thử \\"syslog\\"\\]', 'SD values escape " and ]');
    assert.equal(last.sd.target, 'thing:t29');
    assert.ok(!Number.isNaN(Date.parse(last.at)));
  });

  test('a denial is shipped with warning severity', async () => {
    await server.services.audit.recordAlone(ctx, { action: 'access.denied', outcome: 'denied' });
    await eventually(() => parse(sink.messages.at(-1)!).msgid === 'access.denied').catch(() => undefined);
    assert.equal(parse(sink.messages.at(-1)!).pri, 13 * 8 + 4);
  });

  test('while the collector is down nothing is lost: it gets the missed entries in order when back', async () => {
    await sink.close();
    for (let i = 0; i < 25; i++) {
      await server.services.audit.recordAlone(ctx, { action: 'test.ship.offline', targetId: `o${i}` });
    }
    // The shipper tries and fails meanwhile (its back-off starts at 1 s).
    await new Promise((r) => setTimeout(r, 1_500));
    await sink.listen();
    const expected = await seqsInDb();
    await eventually(() => shippedSeqs().length >= expected.length, 20_000).catch(() => undefined);
    assert.deepEqual(shippedSeqs(), expected);
    assert.equal(new Set(shippedSeqs()).size, sink.messages.length, 'no entry twice');
  });

  test('the framing counts octets, not characters', () => {
    const msg = syslogMessage({
      seq: 1,
      at: new Date('2026-12-07T01:02:03Z'),
      actor_id: null,
      actor_label: 'Nguyễn Văn Ả',
      action: 'x',
      outcome: 'ok',
      target_type: null,
      target_id: null,
      unit_id: null,
      ip: null,
      user_agent: null,
      before: null,
      after: null,
      prev_hash: '0',
      hash: 'h',
      hash_v: 2,
    } as Parameters<typeof syslogMessage>[0]);
    const framed = frame(msg);
    assert.equal(Number(framed.split(' ')[0]), Buffer.byteLength(msg));
    assert.notEqual(Buffer.byteLength(msg), msg.length);
  });
});
