/**
 * The kernel on a real database, with the toy workflow of toy.fixtures.ts
 * on its own tables: transitions, concurrency, refusals, atomicity.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { allowedActions, defineMachine } from './index.js';
import {
  count,
  database,
  ERRAND,
  errand,
  kit,
  newErrand,
  rejectsWith,
  requester,
  startToy,
  stopToy,
  stranger,
  workerA,
  workerB,
} from './toy.fixtures.js';

before(startToy);
after(stopToy);

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

  test('actions declared once with their input: act(item, action, input, actor) as named functions', async () => {
    const id = await newErrand();
    assert.equal(
      await kit.errands.cancel({ id, caller: requester, expectedVersion: '1' }, 'Không cần nữa'),
      'cancelled',
    );
    const h = await sql<{ action: string; note: string; actor_label: string }>`SELECT action, note, actor_label
      FROM toy_errand_history WHERE errand_id = ${id}::uuid`.execute(database.db);
    assert.deepEqual(h.rows, [{ action: 'cancel', note: 'Không cần nữa', actor_label: 'Người yêu cầu' }]);
    await rejectsWith(kit.errands.cancel({ id, caller: requester }, 'lần nữa'), 'WORKFLOW_TRANSITION_NOT_ALLOWED', 409);
    const neverRun = () => {
      // @ts-expect-error the input of cancel is a reason (string)
      void kit.errands.cancel({ id, caller: requester }, 42);
    };
    assert.equal(typeof neverRun, 'function');
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
});
