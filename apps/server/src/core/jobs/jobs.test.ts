import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import {
  eventually,
  freshDatabase,
  sessionFor,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../../../test/support.js';
import { createJobs, type Jobs } from './jobs.js';

let database: TestDatabase;
const started: Jobs[] = [];
const logger = pino({ level: 'silent' });

before(async () => {
  database = await freshDatabase();
});
after(async () => {
  for (const j of started) await j.stop();
  await database.drop();
});

const until = <T>(check: Parameters<typeof eventually<T>>[0], ms = 15_000) => eventually(check, ms);

describe('background jobs', () => {
  test('each job runs once even with two processes taking from the same queue', async () => {
    const seen = new Map<number, number>();
    const worker = () => {
      const jobs = createJobs({ url: database.url, logger });
      jobs.define<{ n: number }>(
        'test-once',
        async ({ n }) => {
          seen.set(n, (seen.get(n) ?? 0) + 1);
        },
        { batchSize: 10, concurrency: 2 },
      );
      started.push(jobs);
      return jobs;
    };
    const a = worker();
    const b = worker();
    await a.start();
    await b.start();
    for (let n = 0; n < 60; n++) await a.send('test-once', { n });
    await until(() => seen.size === 60);
    await new Promise((r) => setTimeout(r, 1500));
    assert.ok(
      [...seen.values()].every((c) => c === 1),
      'no job ran twice',
    );
  });

  test('a delayed job waits for its time; a failing job is retried, then kept as failed', async () => {
    const jobs = createJobs({ url: database.url, logger });
    let firedAt = 0;
    let attempts = 0;
    jobs.define('test-deadline', async () => {
      firedAt = Date.now();
    });
    jobs.define(
      'test-flaky',
      async () => {
        attempts++;
        throw new Error('upstream down');
      },
      { retryLimit: 2, retryDelaySeconds: 1 },
    );
    started.push(jobs);
    await jobs.start();
    const sentAt = Date.now();
    await jobs.send('test-deadline', {}, { startAfter: new Date(sentAt + 2000) });
    await jobs.send('test-flaky', {});
    await until(() => firedAt > 0);
    assert.ok(firedAt - sentAt >= 1900, `fired ${firedAt - sentAt} ms after sending`);
    await until(() => attempts === 3, 20_000);
    // After its last retry the job stays visible as failed, for the admin page to retry.
    let failed = 0;
    for (let i = 0; i < 100 && failed === 0; i++) {
      const r = await database.pool.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-flaky' AND state = 'failed'`,
      );
      failed = r.rows[0].n as number;
      if (!failed) await new Promise((res) => setTimeout(res, 100));
    }
    assert.equal(failed, 1);
  });

  test('in a batch, one failing job does not make the others run again', async () => {
    const jobs = createJobs({ url: database.url, logger });
    started.push(jobs);
    const runs = new Map<number, number>();
    jobs.define<{ n: number }>(
      'test-batch',
      async ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        if (n === 3) throw new Error('bad item');
      },
      { batchSize: 10, retryLimit: 1, retryDelaySeconds: 1 },
    );
    await jobs.start();
    for (let n = 0; n < 6; n++) await jobs.send('test-batch', { n });
    await until(() => (runs.get(3) ?? 0) >= 2 && runs.size === 6, 20_000);
    await new Promise((r) => setTimeout(r, 1500));
    for (const [n, count] of runs) assert.equal(count, n === 3 ? 2 : 1, `job ${n} ran ${count} times`);
  });

  test('a singleton key keeps one pending job of a kind', async () => {
    const jobs = createJobs({ url: database.url, logger });
    started.push(jobs);
    jobs.define('test-single', async () => undefined, { policy: 'short' });
    await jobs.start();
    const later = new Date(Date.now() + 60_000);
    const first = await jobs.send('test-single', { v: 1 }, { startAfter: later, singletonKey: 'report-42' });
    const second = await jobs.send('test-single', { v: 2 }, { startAfter: later, singletonKey: 'report-42' });
    assert.ok(first);
    assert.equal(second, null);
  });
});

describe('operations pages', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('admins list queues and dead-lettered events; others are refused', async () => {
    const admin = await sessionFor(server, 'admin');
    const queues = await server.app.inject({ url: '/api/admin/jobs', headers: admin.headers() });
    assert.equal(queues.statusCode, 200);
    assert.ok(Array.isArray(queues.json()));
    const dead = await server.app.inject({ url: '/api/admin/events/dead', headers: admin.headers() });
    assert.deepEqual(dead.json(), []);
    const operator = await sessionFor(server, 'trucioc');
    assert.equal((await server.app.inject({ url: '/api/admin/jobs', headers: operator.headers() })).statusCode, 403);
  });
});
