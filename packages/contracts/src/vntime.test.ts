/** Vietnam time, shared by server and web: UTC+7 arithmetic at the day's edges and in the formats. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatVn, vnClock, vnDay, vnDayStart, vnParts, vnYear, VN_OFFSET, VN_OFFSET_MS } from './vntime.js';

test('a Vietnam day starts at 17:00 UTC the day before', () => {
  assert.equal(vnDay(new Date('2026-02-25T16:59:59.999Z')), '2026-02-25');
  assert.equal(vnDay(new Date('2026-02-25T17:00:00Z')), '2026-02-26');
  assert.equal(vnDayStart('2026-02-26').toISOString(), '2026-02-25T17:00:00.000Z');
  assert.equal(vnDayStart('2026-02-28', 1).toISOString(), '2026-02-28T17:00:00.000Z');
  assert.equal(vnDayStart('2026-02-26').getTime(), new Date(`2026-02-26T00:00:00${VN_OFFSET}`).getTime());
  assert.equal(vnClock(new Date(0)).getTime(), VN_OFFSET_MS);
});

test('the year and the wall clock of a New Year’s Eve evening in UTC are already next year’s', () => {
  const at = new Date('2025-12-31T18:05:09Z');
  assert.equal(vnYear(at), 2026);
  assert.deepEqual(vnParts(at), { year: '2026', month: '01', day: '01', hour: '01', minute: '05', second: '09' });
  assert.equal(formatVn(at), '01:05 01/01/2026');
});
