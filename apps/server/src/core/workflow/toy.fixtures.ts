/**
 * A toy workflow for the kernel's tests, on tables of its own made here (the
 * kernel owns no domain table): errands a requester asks for and a unit's
 * worker carries out. startToy() gives each test file a fresh database.
 */
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import pino from 'pino';
import type { Database } from '../db/index.js';
import { freshDatabase, type TestDatabase } from '../../../test/support.js';
import { createAuditService } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import { createCalendarService, type CalendarService } from '../calendar/index.js';
import { createEventBus } from '../events/index.js';
import { defineErrors } from '../http/index.js';
import { createJobs, type Jobs } from '../jobs/index.js';
import {
  createDeadlineJobs,
  createDeadlinePause,
  createWorkflow,
  type ActionOf,
  type PausedDeadline,
  type RoleOf,
  type Step,
  type WorkflowCaller,
  type WorkflowStore,
} from './index.js';
import { defineMachine } from './machine.js';

export const ERRAND = defineMachine({
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

export interface Errand {
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

export let database: TestDatabase;
let jobs: Jobs;
export const clock = { now: Date.parse('2026-10-08T02:00:00Z') }; // Thu 8/10/2026 09:00 in Vietnam
export const at = (iso: string) => (clock.now = Date.parse(iso));
export const ran: { queue: string; dueAt: string }[] = [];

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
export const requester = caller(actor(REQUESTER, 'Người yêu cầu'));
export const workerA = caller(actor('00000000-0000-7000-8000-00000000000a', 'Cán bộ A'), 'unit-1');
export const workerB = caller(actor('00000000-0000-7000-8000-00000000000b', 'Cán bộ B'), 'unit-1');
export const stranger = caller(actor('00000000-0000-7000-8000-00000000000c', 'Người lạ'), 'unit-2');

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

  const errands = wf.actions({
    cancel: async (s, reason: string) => {
      await wf.move(s, 'cancel', 'cancelled', {}, { note: reason, visibility: 'public' });
      return s.item.status;
    },
  });

  return {
    wf,
    errands,
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

export let kit: ReturnType<typeof build>;

export async function startToy(): Promise<void> {
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
}

export async function stopToy(): Promise<void> {
  await jobs.stop();
  await database.drop();
}

export async function newErrand(over: Partial<Errand> = {}): Promise<string> {
  const r = await sql<{ id: string }>`INSERT INTO toy_errands (status, requester_id, worker_unit, due_at, checked)
    VALUES (${over.status ?? 'open'}, ${REQUESTER}::uuid, 'unit-1', ${over.due_at ?? null}, ${over.checked ?? false})
    RETURNING id`.execute(database.db);
  return r.rows[0]!.id;
}

export const errand = async (id: string) =>
  (await sql<Errand>`SELECT * FROM toy_errands WHERE id = ${id}::uuid`.execute(database.db)).rows[0]!;
export const count = async (table: 'toy_errand_history' | 'audit_log' | 'outbox_events', id: string, extra = sql``) => {
  const col = { toy_errand_history: 'errand_id::text', audit_log: 'target_id', outbox_events: 'aggregate_id' }[table];
  const r = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}
    WHERE ${sql.raw(col)} = ${id} ${extra}`.execute(database.db);
  return Number(r.rows[0]!.n);
};

export function rejectsWith(p: Promise<unknown>, code: string, status: number) {
  return assert.rejects(p, (err: { code?: string; status?: number }) => {
    assert.equal(err.code, code);
    assert.equal(err.status, status);
    return true;
  });
}
