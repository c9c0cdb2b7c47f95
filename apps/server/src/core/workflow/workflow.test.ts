/**
 * The kernel on a real database, with a toy workflow defined here on a table
 * of its own (the kernel owns no domain table): errands a requester asks for
 * and a unit's worker carries out.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import pino from 'pino';
import type { Database } from '../db/schema.js';
import { eventually, freshDatabase, type TestDatabase } from '../../../test/support.js';
import { createAuditService } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import { createCalendarService, type CalendarService } from '../calendar/index.js';
import { createEventBus } from '../events/index.js';
import { defineErrors } from '../http/errors.js';
import { createJobs, type Jobs } from '../jobs/index.js';
import {
  allowedActions,
  createDeadlineJobs,
  createDeadlinePause,
  createWorkflow,
  isCurrent,
  type ActionOf,
  type PausedDeadline,
  type RoleOf,
  type Step,
  type WorkflowCaller,
  type WorkflowStore,
} from './index.js';
import { defineMachine } from './machine.js';

const ERRAND = defineMachine({
  states: ['open', 'doing', 'waiting', 'done', 'cancelled'],
  roles: ['requester', 'worker'],
  actions: {
    take: { from: ['open'], to: 'doing', who: ['worker'] },
    ask: { from: ['doing'], to: 'waiting', who: ['worker'] },
    reply: { from: ['waiting'], to: 'doing', who: ['requester'] },
    finish: { from: ['doing'], to: 'done', who: ['worker'] },
    cancel: { from: ['open', 'doing'], to: 'cancelled', who: ['requester'] },
  },
});

interface Errand {
  id: string;
  status: 'open' | 'doing' | 'waiting' | 'done' | 'cancelled';
  version: number;
  requester_id: string;
  worker_unit: string;
  due_at: Date | null;
  paused_at: Date | null;
  paused_due_at: Date | null;
  checked: boolean;
}

interface ErrandCaller extends WorkflowCaller {
  unit: string | null;
}

interface ErrandFlow {
  item: Errand;
  state: Errand['status'];
  action: ActionOf<typeof ERRAND>;
  role: RoleOf<typeof ERRAND>;
  caller: ErrandCaller;
  prepared: undefined;
  extra: { paused: PausedDeadline | null };
  patch: Partial<Pick<Errand, 'checked' | 'due_at'>>;
  history: { visibility: 'internal' | 'public' };
  historyAction: 'deadline_paused' | 'deadline_resumed';
}

const errandErrors = defineErrors({
  ERRAND_NOT_CHECKED: { status: 422, vi: 'Chưa kiểm tra xong.', en: 'Not checked yet.' },
});

let database: TestDatabase;
let jobs: Jobs;
const clock = { now: Date.parse('2026-10-08T02:00:00Z') }; // Thu 8/10/2026 09:00 in Vietnam
const at = (iso: string) => (clock.now = Date.parse(iso));
const ran: { queue: string; dueAt: string }[] = [];

function actor(userId: string, label: string): Actor {
  return {
    kind: 'user',
    id: userId,
    userId,
    label,
    accountType: 'staff',
    roles: new Set(),
    memberships: [],
    stage: 'full',
  };
}
const caller = (a: Actor, unit: string | null = null): ErrandCaller => ({
  actor: a,
  unit,
  ctx: { actorId: null, actorLabel: a.label, ip: null, userAgent: null },
});

const REQUESTER = '00000000-0000-7000-8000-000000000001';
const requester = caller(actor(REQUESTER, 'Người yêu cầu'));
const workerA = caller(actor('00000000-0000-7000-8000-00000000000a', 'Cán bộ A'), 'unit-1');
const workerB = caller(actor('00000000-0000-7000-8000-00000000000b', 'Cán bộ B'), 'unit-1');
const stranger = caller(actor('00000000-0000-7000-8000-00000000000c', 'Người lạ'), 'unit-2');

/** The toy's own tables, as the kernel needs them. */
const errandStore: WorkflowStore<ErrandFlow> = {
  lock: async (trx, id) =>
    (await sql<Errand>`SELECT * FROM toy_errands WHERE id = ${id}::uuid FOR UPDATE`.execute(trx)).rows[0],
  stateOf: (e) => e.status,
  versionOf: (e) => String(e.version),
  async update(trx, e, { to, patch }) {
    const row = { ...e, ...patch, status: to, version: e.version + 1 };
    await sql`UPDATE toy_errands SET status = ${row.status}, version = ${row.version}, checked = ${row.checked},
      due_at = ${row.due_at} WHERE id = ${e.id}::uuid`.execute(trx);
    Object.assign(e, row);
  },
  async insertHistory(trx, _e, h) {
    await sql`INSERT INTO toy_errand_history (errand_id, at, action, from_status, to_status, actor_id, actor_label,
      note, visibility, data) VALUES (${h.itemId}::uuid, ${h.at}, ${h.action}, ${h.from}, ${h.to}, ${h.actorId},
      ${h.actorLabel}, ${h.note}, ${h.visibility}, ${h.data ? JSON.stringify(h.data) : null}::jsonb)`.execute(trx);
  },
};

/** The toy's deadline jobs, its handlers recording what ran. */
function errandJobs(calendar: Pick<CalendarService, 'isWorkingDay'>) {
  const deadlineJobs = createDeadlineJobs({
    jobs,
    calendar,
    clock: () => clock.now,
    queues: { remind: 'toy.remind', overdue: 'toy.overdue' },
    payload: (itemId, dueAt) => ({ errandId: itemId, dueAt: dueAt.toISOString() }),
  });
  const record = (queue: string) => async (j: { dueAt: string }) => void ran.push({ queue, dueAt: j.dueAt });
  deadlineJobs.define({ remind: record('toy.remind'), overdue: record('toy.overdue') });

  return deadlineJobs;
}

function build(db: Kysely<Database>) {
  const audit = createAuditService(db, { retentionMonths: 12 });
  const bus = createEventBus({ db, url: database.url, logger: pino({ level: 'silent' }) });
  const calendar = createCalendarService({ db, audit, clock: () => clock.now });
  const deadlineJobs = errandJobs(calendar);
  const wf = createWorkflow<ErrandFlow>({
    name: 'errand',
    machine: ERRAND,
    db,
    audit,
    publish: bus.publish,
    clock: () => clock.now,
    store: errandStore,
    async relate({ item, caller: c }) {
      const who = new Set<ErrandFlow['role']>();
      if (c.actor?.userId === item.requester_id) who.add('requester');
      if (c.unit && c.unit === item.worker_unit) who.add('worker');
      const paused = item.paused_at && item.paused_due_at ? { since: item.paused_at, dueAt: item.paused_due_at } : null;
      return { who, extra: { paused } };
    },
    guards: {
      finish: (s) => {
        if (!s.item.checked) throw errandErrors.error('ERRAND_NOT_CHECKED');
      },
    },
    events: (s, t) => [
      {
        type: 'errand.status_changed',
        aggregateType: 'errand',
        aggregateId: s.id,
        payload: { action: t.action, from: t.from, to: t.to },
      },
    ],
    auditUnit: () => null,
  });

  type S = Step<ErrandFlow>;
  const pause = createDeadlinePause<S>(calendar, {
    dueOf: (s) => s.item.due_at,
    async write(s, change) {
      const held = change.kind === 'paused' ? change.held : null;
      const due = change.kind === 'paused' ? null : change.dueAt;
      await sql`UPDATE toy_errands SET due_at = ${due}, paused_at = ${held?.since ?? null},
        paused_due_at = ${held?.dueAt ?? null} WHERE id = ${s.id}::uuid`.execute(s.trx);
      s.item.due_at = due;
    },
    schedule: (s, dueAt) => deadlineJobs.schedule(s.trx, s.id, dueAt),
    async paused(s, info) {
      s.audit.add({ action: 'errand.deadline_paused', targetType: 'errand', targetId: s.id, after: info });
    },
    async resumed(s, info) {
      s.audit.add({ action: 'errand.deadline_resumed', targetType: 'errand', targetId: s.id, after: info });
    },
  });

  return {
    wf,
    pause,
    calendar,
    deadlineJobs,
    take: (c: ErrandCaller, id: string, expectedVersion?: string) =>
      wf.act({ id, action: 'take', caller: c, expectedVersion }, async (s) => {
        await wf.move(s, 'take', 'doing', {}, { visibility: 'public' });
        return s.item.version;
      }),
    ask: (c: ErrandCaller, id: string, question: string) =>
      wf.act({ id, action: 'ask', caller: c }, async (s) => {
        await wf.move(s, 'ask', 'waiting', {}, { note: question, visibility: 'public' });
        return pause.pause(s);
      }),
    reply: (c: ErrandCaller, id: string) =>
      wf.act({ id, action: 'reply', caller: c }, async (s) => {
        await wf.move(s, 'reply', 'doing', {}, { visibility: 'public' });
        return pause.resume(s, 'reply');
      }),
  };
}

let kit: ReturnType<typeof build>;

before(async () => {
  database = await freshDatabase();
  await sql`CREATE TABLE toy_errands (
      id uuid PRIMARY KEY DEFAULT uuidv7(), status text NOT NULL, version integer NOT NULL DEFAULT 1,
      requester_id uuid NOT NULL, worker_unit text NOT NULL, due_at timestamptz, paused_at timestamptz,
      paused_due_at timestamptz, checked boolean NOT NULL DEFAULT false)`.execute(database.db);
  await sql`CREATE TABLE toy_errand_history (
      id bigserial PRIMARY KEY, errand_id uuid NOT NULL REFERENCES toy_errands(id), at timestamptz NOT NULL,
      action text NOT NULL, from_status text, to_status text NOT NULL, actor_id uuid, actor_label text NOT NULL,
      note text, visibility text NOT NULL, data jsonb)`.execute(database.db);
  jobs = createJobs({ url: database.url, logger: pino({ level: 'silent' }) });
  kit = build(database.db);
  await jobs.start();
});
after(async () => {
  await jobs.stop();
  await database.drop();
});

async function newErrand(over: Partial<Errand> = {}): Promise<string> {
  const r = await sql<{ id: string }>`INSERT INTO toy_errands (status, requester_id, worker_unit, due_at, checked)
    VALUES (${over.status ?? 'open'}, ${REQUESTER}::uuid, 'unit-1', ${over.due_at ?? null}, ${over.checked ?? false})
    RETURNING id`.execute(database.db);
  return r.rows[0]!.id;
}

const errand = async (id: string) =>
  (await sql<Errand>`SELECT * FROM toy_errands WHERE id = ${id}::uuid`.execute(database.db)).rows[0]!;
const count = async (table: 'toy_errand_history' | 'audit_log' | 'outbox_events', id: string, extra = sql``) => {
  const col = { toy_errand_history: 'errand_id::text', audit_log: 'target_id', outbox_events: 'aggregate_id' }[table];
  const r = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}
    WHERE ${sql.raw(col)} = ${id} ${extra}`.execute(database.db);
  return Number(r.rows[0]!.n);
};

function rejectsWith(p: Promise<unknown>, code: string, status: number) {
  return assert.rejects(p, (err: { code?: string; status?: number }) => {
    assert.equal(err.code, code);
    assert.equal(err.status, status);
    return true;
  });
}

describe('workflow kernel', () => {
  test('states, roles and actions are checked: unlisted ones fail to compile (and, built from data, to start)', () => {
    assert.throws(
      () =>
        defineMachine({
          states: ['a'],
          roles: ['r'],
          // @ts-expect-error 'b' is not one of the listed states
          actions: { x: { from: ['a'], to: 'b', who: ['r'] } },
        }),
      /unknown state b/,
    );
    const neverRun = (id: string) => {
      // @ts-expect-error 'fly' is not an action of the machine
      void kit.wf.act({ id, action: 'fly', caller: workerA }, async () => undefined);
      void kit.wf.act({ id, action: 'take', caller: workerA }, (s) =>
        // @ts-expect-error 'lost' is not a state of the machine
        kit.wf.move(s, 'take', 'lost', {}, { visibility: 'public' }),
      );
    };
    assert.equal(typeof neverRun, 'function');
  });

  test('a move writes the state, a history row, an audit entry and an event, with the version advanced', async () => {
    const id = await newErrand();
    assert.equal(await kit.take(workerA, id), 2);
    const e = await errand(id);
    assert.equal(e.status, 'doing');
    assert.equal(e.version, 2);
    assert.equal(await count('toy_errand_history', id), 1);
    assert.equal(await count('audit_log', id, sql`AND action = 'errand.take' AND outcome = 'ok'`), 1);
    assert.equal(await count('outbox_events', id, sql`AND type = 'errand.status_changed'`), 1);
    assert.deepEqual(allowedActions(ERRAND, e.status, new Set(['worker'] as const)), ['ask', 'finish']);
  });

  test('two workers take one errand at once with the version they read: one succeeds, the other gets 409 stale', async () => {
    const id = await newErrand();
    const results = await Promise.allSettled([kit.take(workerA, id, '1'), kit.take(workerB, id, '1')]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal(failed.reason.code, 'WORKFLOW_STALE');
    assert.equal(failed.reason.status, 409);
    assert.match(failed.reason.messageIn('vi'), /người khác cập nhật/);
    assert.match(failed.reason.messageIn('en'), /Someone else changed/);
    assert.equal((await errand(id)).version, 2);
    assert.equal(await count('toy_errand_history', id), 1, 'only the winner wrote history');
  });

  test('without a version the lock orders them: the second finds the state moved on (409 not allowed)', async () => {
    const id = await newErrand();
    const results = await Promise.allSettled([kit.take(workerA, id), kit.take(workerB, id)]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal(failed.reason.code, 'WORKFLOW_TRANSITION_NOT_ALLOWED');
    assert.deepEqual(failed.reason.details, { action: 'take', status: 'doing' });
  });

  test('an action not allowed from the current state: 409, nothing written', async () => {
    const id = await newErrand({ status: 'done' });
    await rejectsWith(kit.take(workerA, id), 'WORKFLOW_TRANSITION_NOT_ALLOWED', 409);
    assert.equal((await errand(id)).version, 1);
    assert.equal(await count('toy_errand_history', id), 0);
  });

  test('not permitted: 403 and a denial in the audit; unseen: 404; a failed guard: the module’s error', async () => {
    const id = await newErrand();
    await rejectsWith(kit.take(requester, id), 'WORKFLOW_ACTION_FORBIDDEN', 403);
    await rejectsWith(kit.take(stranger, id), 'WORKFLOW_NOT_FOUND', 404);
    await rejectsWith(kit.take(workerA, '00000000-0000-7000-8000-0000000000ff'), 'WORKFLOW_NOT_FOUND', 404);
    assert.equal(await count('audit_log', id, sql`AND outcome = 'denied'`), 2);
    await kit.take(workerA, id);
    await rejectsWith(
      kit.wf.act({ id, action: 'finish', caller: workerA }, async () => assert.fail('the guard runs first')),
      'ERRAND_NOT_CHECKED',
      422,
    );
  });

  test('history, audit and event belong to the transaction: an effect that fails leaves nothing', async () => {
    const id = await newErrand();
    await assert.rejects(
      kit.wf.act({ id, action: 'take', caller: workerA }, async (s) => {
        await kit.wf.move(s, 'take', 'doing', {}, { visibility: 'public', note: 'bắt đầu' });
        throw new Error('the effect failed after the move');
      }),
      /effect failed/,
    );
    const e = await errand(id);
    assert.equal(e.status, 'open');
    assert.equal(e.version, 1);
    assert.equal(await count('toy_errand_history', id), 0);
    assert.equal(await count('audit_log', id), 0);
    assert.equal(await count('outbox_events', id), 0);
  });

  test('a deadline paused over a weekend resumes with the working days that were left', async () => {
    at('2026-10-08T02:00:00Z'); // Thu 8/10 09:00: 3 working days → Fri, Mon, Tue; due Tue 13/10 17:00
    const due = await kit.calendar.addWorkingDays(new Date(clock.now), 3);
    assert.equal(due.toISOString(), '2026-10-13T10:00:00.000Z');
    const id = await newErrand({ due_at: due });
    await kit.take(workerA, id);

    at('2026-10-09T03:00:00Z'); // Fri 9/10 10:00: two whole working days left (Mon, Tue)
    assert.equal(await kit.ask(workerA, id, 'Cần thêm ảnh hiện trường'), true);
    let e = await errand(id);
    assert.equal(e.due_at, null, 'no deadline runs while the errand waits');
    assert.equal(e.paused_due_at?.toISOString(), due.toISOString());

    at('2026-10-12T03:00:00Z'); // Mon 12/10 10:00: the weekend and Monday morning are not the unit's
    const resumed = await kit.reply(requester, id);
    assert.equal(resumed?.toISOString(), '2026-10-14T10:00:00.000Z', 'Mon (day 0) + 2 → Wed 14/10 17:00');
    e = await errand(id);
    assert.equal(e.due_at?.toISOString(), '2026-10-14T10:00:00.000Z');
    assert.equal(e.paused_at, null);
    const audit = await sql<{ action: string; after: { workingDaysLeft: number } }>`SELECT action, after
      FROM audit_log WHERE target_id = ${id} AND action LIKE 'errand.deadline_%' ORDER BY seq`.execute(database.db);
    assert.deepEqual(
      audit.rows.map((r) => [r.action, r.after.workingDaysLeft]),
      [
        ['errand.deadline_paused', 2],
        ['errand.deadline_resumed', 2],
      ],
    );
    // The new due date's jobs were queued in the resumption's transaction and reach the module's handlers.
    const queued = await database.pool.query<{ name: string; singleton_key: string }>(
      `SELECT name, singleton_key FROM pgboss.job WHERE data->>'errandId' = $1 ORDER BY name`,
      [id],
    );
    assert.deepEqual(
      queued.rows.map((r) => r.name),
      ['toy.overdue', 'toy.remind'],
    );
    assert.equal(queued.rows[0]!.singleton_key, `${id}:${Date.parse('2026-10-14T10:00:00Z')}`);
    await eventually(() => ran.filter((r) => r.dueAt === '2026-10-14T10:00:00.000Z').length === 2, 15_000);
    assert.ok(isCurrent('2026-10-14T10:00:00.000Z', e.due_at));
    assert.ok(!isCurrent(due.toISOString(), e.due_at), 'a job of the held date finds it changed');
  });

  test('a deadline already missed is not paused by asking', async () => {
    at('2026-10-08T02:00:00Z');
    const id = await newErrand({ due_at: new Date('2026-10-07T10:00:00Z') });
    await kit.take(workerA, id);
    assert.equal(await kit.ask(workerA, id, 'Hỏi sau hạn'), false);
    assert.equal((await errand(id)).due_at?.toISOString(), '2026-10-07T10:00:00.000Z');
  });
});
