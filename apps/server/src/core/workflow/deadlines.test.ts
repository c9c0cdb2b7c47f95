/**
 * Working-day deadlines on the toy workflow (toy.fixtures.ts): a pause over
 * a weekend, a deadline missed before asking, and the new due date's jobs
 * reaching the module's handlers through pg-boss.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { eventually } from '../../../test/support.js';
import { isCurrent } from './index.js';
import {
  at,
  clock,
  database,
  errand,
  kit,
  newErrand,
  ran,
  requester,
  startToy,
  stopToy,
  workerA,
} from './toy.fixtures.js';

before(startToy);
after(stopToy);

describe('working-day deadlines of a workflow', () => {
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
