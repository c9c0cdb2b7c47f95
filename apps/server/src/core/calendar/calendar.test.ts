import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { lunarNewYear, lunarToSolar } from './lunar.js';
import { buildYear } from './calendar.rules.js';
import { isoDay, weekdayOf } from './calendar.time.js';

/** Vietnam time, written the way people read it. */
const vn = (local: string) => new Date(`${local}+07:00`);
const day = (n: number) => isoDay(n);

describe('Vietnamese lunar calendar (UTC+7)', () => {
  test('Tết (mùng 1 tháng Giêng) 2020–2040', () => {
    // Checked against Hồ Ngọc Đức's astronomical algorithm at 105°E and published Vietnamese calendars.
    const tet: Record<number, string> = {
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2028: '2028-01-26',
      2029: '2029-02-13',
      2030: '2030-02-02',
      2031: '2031-01-23',
      2032: '2032-02-11',
      2033: '2033-01-31',
      2034: '2034-02-19',
      2035: '2035-02-08',
      2036: '2036-01-28',
      2037: '2037-02-15',
      2038: '2038-02-04',
      2039: '2039-01-24',
      2040: '2040-02-12',
    };
    for (const [year, date] of Object.entries(tet)) assert.equal(day(lunarNewYear(Number(year))), date, `Tết ${year}`);
  });

  test('the Vietnamese, not the Chinese, new year where the two differ', () => {
    // Chinese New Year: 20/2/1985, 18/2/2007, 3/2/2030 (new moon before midnight at UTC+7, after it at UTC+8).
    assert.equal(day(lunarNewYear(1985)), '1985-01-21');
    assert.equal(day(lunarNewYear(2007)), '2007-02-17');
    assert.equal(day(lunarNewYear(2030)), '2030-02-02');
  });

  test('Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
    const hung: Record<number, string> = {
      2020: '2020-04-02',
      2021: '2021-04-21',
      2022: '2022-04-10',
      2023: '2023-04-29',
      2024: '2024-04-18',
      2025: '2025-04-07',
      2026: '2026-04-26',
      2027: '2027-04-16',
    };
    for (const [year, date] of Object.entries(hung)) assert.equal(day(lunarToSolar(10, 3, Number(year))), date);
  });
});

describe('rules without official data', () => {
  /** Weekdays off in [from, to] when no official data exists. */
  const offDays = (year: number, from: string, to: string) => {
    const t = buildYear(year, []);
    return [...t.working]
      .map((w, i) => ({ date: day(t.first + i), off: w === 0 && ![0, 6].includes(weekdayOf(t.first + i)) }))
      .filter((d) => d.date >= from && d.date <= to && d.off)
      .map((d) => d.date);
  };

  test('the computed Tết reproduces the official schedules of past years', () => {
    // Weekdays off in the official Tết schedules (the weekends around them aside).
    assert.deepEqual(offDays(2020, '2020-01-20', '2020-02-05'), [
      '2020-01-23',
      '2020-01-24',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
    ]);
    assert.deepEqual(offDays(2023, '2023-01-16', '2023-02-01'), [
      '2023-01-20',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
    ]);
    assert.deepEqual(offDays(2024, '2024-02-05', '2024-02-20'), [
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    assert.deepEqual(offDays(2025, '2025-01-20', '2025-02-07'), [
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    assert.deepEqual(offDays(2026, '2026-02-09', '2026-02-27'), [
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  test('holidays on a weekend give compensatory days, chained when they follow each other', () => {
    // 2023: Hùng Kings Sat 29/4, 30/4 Sun, 1/5 Mon → off 2/5 and 3/5; 2/9 Sat → 1/9 adjacent, 4/9 compensatory.
    assert.deepEqual(offDays(2023, '2023-04-24', '2023-05-07'), ['2023-05-01', '2023-05-02', '2023-05-03']);
    assert.deepEqual(offDays(2023, '2023-08-28', '2023-09-08'), ['2023-09-01', '2023-09-04']);
    const t = buildYear(2023, []);
    assert.equal(t.reason[1], 'compensatory:new_year', '1/1/2023 is a Sunday: Monday 2/1 off');
  });

  test('Quốc khánh takes the adjacent day that joins a weekend (since 2021)', () => {
    assert.deepEqual(offDays(2021, '2021-08-30', '2021-09-05'), ['2021-09-02', '2021-09-03']);
    assert.deepEqual(offDays(2024, '2024-08-30', '2024-09-05'), ['2024-09-02', '2024-09-03']);
    assert.deepEqual(offDays(2025, '2025-08-28', '2025-09-05'), ['2025-09-01', '2025-09-02']);
    assert.deepEqual(offDays(2020, '2020-08-30', '2020-09-05'), ['2020-09-02'], 'Labour Code 2012: one day');
  });
});

describe('the calendar service and its API', () => {
  let server: TestServer;
  let admin: Caller;
  let officer: Caller;
  let citizen: Caller;
  const calendar = () => server.services.calendar;

  before(async () => {
    server = await startTestServer();
    admin = await sessionFor(server, 'admin');
    officer = await sessionFor(server, 'cbtanninh');
    citizen = await sessionFor(server, 'nguoidan');
  });
  after(() => server.close());

  const get = (url: string, who: Caller = admin) => server.app.inject({ url, headers: who.headers() });
  const put = (date: string, payload: object, who: Caller = admin) =>
    server.app.inject({ method: 'PUT', url: `/api/calendar/overrides/${date}`, headers: who.headers(), payload });
  const del = (date: string, who: Caller = admin) =>
    server.app.inject({ method: 'DELETE', url: `/api/calendar/overrides/${date}`, headers: who.headers() });

  test('the official 2026 schedule', async () => {
    const off = ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];
    off.push('2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02');
    for (const d of off) assert.equal(await calendar().isWorkingDay(d), false, d);
    for (const d of ['2026-01-05', '2026-01-10', '2026-02-23', '2026-04-28', '2026-05-04', '2026-09-03'])
      assert.equal(await calendar().isWorkingDay(d), true, d);

    const res = await get('/api/calendar/days?from=2026-02-14&to=2026-02-22', citizen);
    assert.equal(res.statusCode, 200);
    const days = res.json() as {
      date: string;
      working: boolean;
      reason: string;
      lunar: { day: number; month: number };
    }[];
    assert.equal(days.length, 9);
    assert.ok(
      days.every((d) => !d.working),
      'nine days off in a row',
    );
    assert.deepEqual(
      days.map((d) => d.reason),
      ['weekend', 'weekend', ...Array(5).fill('holiday:tet'), 'weekend', 'weekend'],
    );
    assert.deepEqual(
      days[2]!.lunar,
      { day: 29, month: 12, leap: false },
      '16/2 is 29 tháng Chạp, the last day of Ất Tỵ',
    );
    assert.deepEqual(days[3]!.lunar, { day: 1, month: 1, leap: false });

    const hung = (await get('/api/calendar/days?from=2026-04-26&to=2026-04-27')).json();
    assert.deepEqual(
      hung.map((d: { working: boolean; note: string }) => [d.working, d.note.startsWith('Nghỉ bù')]),
      [
        [false, false],
        [false, true],
      ],
    );
  });

  test('deadlines across Tết 2026', async () => {
    // Received Thu 12/2 10:00 → day 0 is 12/2; 1 = Fri 13/2; 14–22/2 off; 2–5 = 23, 24, 25, 26/2 → due Thu 26/2 17:00.
    assert.equal(
      (await calendar().addWorkingDays(vn('2026-02-12T10:00'), 5)).toISOString(),
      '2026-02-26T10:00:00.000Z',
    );
    // Received Fri 13/2 16:00 → days 1–5 = 23–27/2 → due Fri 27/2 17:00.
    const res = await get(`/api/calendar/add?start=${encodeURIComponent('2026-02-13T16:00:00+07:00')}&days=5`, officer);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { due: '2026-02-27T10:00:00.000Z', countsFrom: '2026-02-13T09:00:00.000Z' });
    assert.equal(await calendar().workingDaysBetween(vn('2026-02-12T10:00'), vn('2026-02-26T17:00')), 5);
    assert.equal(await calendar().workingDaysBetween(vn('2026-02-26T17:00'), vn('2026-02-12T10:00')), -5);
  });

  test('a request after office hours or on a rest day counts from the next working day’s start', async () => {
    const add = async (local: string, n: number) => (await calendar().addWorkingDays(vn(local), n)).toISOString();
    // Fri 13/2 18:00 and Sat 14/2: counting starts Mon 23/2 07:30, which is day 1.
    assert.equal(await add('2026-02-13T18:00', 1), '2026-02-23T10:00:00.000Z');
    assert.equal(await add('2026-02-14T09:00', 1), '2026-02-23T10:00:00.000Z');
    const from = (
      await get(`/api/calendar/add?start=${encodeURIComponent('2026-02-13T17:00:00+07:00')}&days=1`)
    ).json();
    assert.equal(from.countsFrom, '2026-02-23T00:30:00.000Z', 'closing time itself is after hours');
    // Before opening the whole day counts; during the lunch break the day has begun.
    assert.equal(await add('2026-03-10T07:00', 1), '2026-03-10T10:00:00.000Z');
    assert.equal(await add('2026-03-10T12:00', 1), '2026-03-11T10:00:00.000Z');
    assert.equal(await add('2026-03-10T12:00', 0), '2026-03-10T10:00:00.000Z', 'n = 0: end of the same day');
    for (const start of ['2026-02-12T10:00', '2026-02-13T18:00', '2026-04-24T07:00', '2026-12-31T16:00'])
      for (const n of [1, 2, 7, 30]) {
        const due = await calendar().addWorkingDays(vn(start), n);
        assert.equal(await calendar().workingDaysBetween(vn(start), due), n, `${start} + ${n}`);
      }
  });

  test('a swapped working Saturday counts as a working day', async () => {
    // Official 2026: Fri 2/1 off, Sat 10/1 worked in exchange.
    assert.equal(await calendar().isWorkingDay('2026-01-10'), true);
    assert.equal(
      (await calendar().addWorkingDays(vn('2026-01-09T10:00'), 1)).toISOString(),
      '2026-01-10T10:00:00.000Z',
    );
    assert.equal(
      (await calendar().addWorkingDays(vn('2025-12-31T10:00'), 1)).toISOString(),
      '2026-01-05T10:00:00.000Z',
    );
    const days = (await get('/api/calendar/days?from=2026-01-10&to=2026-01-10')).json();
    assert.equal(days[0].reason, 'override:work');
  });

  test('an override edited through the API is audited and changes results at once', async () => {
    const friday = vn('2026-03-13T10:00');
    assert.equal((await calendar().addWorkingDays(friday, 1)).toISOString(), '2026-03-16T10:00:00.000Z');

    const created = await put('2026-03-14', { kind: 'work', reason: 'Làm bù (thử nghiệm)' });
    assert.equal(created.statusCode, 200);
    assert.equal(created.json().createdBy, admin.userId);
    assert.equal(await calendar().isWorkingDay('2026-03-14'), true);
    assert.equal((await calendar().addWorkingDays(friday, 1)).toISOString(), '2026-03-14T10:00:00.000Z');

    const listed = (await get('/api/calendar/overrides?year=2026')).json();
    assert.ok(listed.some((o: { date: string }) => o.date === '2026-03-14'));

    assert.equal((await del('2026-03-14')).statusCode, 200);
    assert.equal((await calendar().addWorkingDays(friday, 1)).toISOString(), '2026-03-16T10:00:00.000Z');
    assert.equal((await del('2026-03-14')).json().error.code, 'CALENDAR_OVERRIDE_NOT_FOUND');

    const audit = await server.services.audit.search({
      targetType: 'calendar_override',
      targetId: '2026-03-14',
      limit: 10,
    });
    assert.deepEqual(audit.map((r) => r.action).sort(), ['calendar.override_create', 'calendar.override_delete']);
    assert.ok(audit.every((r) => r.actor_id === admin.userId));
  });

  test('official Tết days replace the computed ones for their year', async () => {
    const working = async () =>
      (await get('/api/calendar/days?from=2027-02-04&to=2027-02-11'))
        .json()
        .filter((d: { working: boolean }) => !d.working)
        .map((d: { date: string }) => d.date);
    // Computed 2027: Tết Sat 6/2 → 4/2 before, 5/2 eve, 8–9/2, 10/2 after.
    assert.deepEqual(await working(), [
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
    // A hypothetical decision with one Tết day: that row is now the whole of Tết 2027.
    assert.equal((await put('2027-02-11', { kind: 'off', holiday: 'tet', reason: 'Thử nghiệm' })).statusCode, 200);
    assert.deepEqual(await working(), ['2027-02-06', '2027-02-07', '2027-02-11']);
    await del('2027-02-11');
    assert.equal((await working()).length, 7);
    const bad = await put('2027-02-12', { kind: 'work', holiday: 'tet', reason: 'x' });
    assert.equal(bad.json().error.code, 'CALENDAR_HOLIDAY_NOT_OFF');
  });

  test('only a province administrator edits the calendar; every signed-in user reads it', async () => {
    const denied = await put('2026-03-21', { kind: 'work', reason: 'x' }, officer);
    assert.equal(denied.statusCode, 403);
    assert.equal((await get('/api/calendar/overrides', officer)).statusCode, 403);
    assert.equal(
      (await server.app.inject({ url: '/api/calendar/days?from=2026-01-01&to=2026-01-31' })).statusCode,
      401,
    );

    // An administrator of a single ward does not change the province's deadlines.
    const db = server.database.db;
    const ward = await db.selectFrom('units').select('id').where('admin_code', '=', '25480').executeTakeFirstOrThrow();
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'cbbinhminh')
      .executeTakeFirstOrThrow();
    await db.insertInto('memberships').values({ user_id: user.id, unit_id: ward.id, role: 'admin' }).execute();
    // Administrators must have TOTP on; the session below counts as having passed it.
    await db.updateTable('users').set({ totp_enabled: true, totp_secret: 'x' }).where('id', '=', user.id).execute();
    const wardAdmin = await sessionFor(server, 'cbbinhminh');
    const scoped = await put('2026-03-21', { kind: 'work', reason: 'x' }, wardAdmin);
    assert.equal(scoped.statusCode, 403);
    assert.equal(scoped.json().error.code, 'CALENDAR_OUT_OF_SCOPE');
    assert.equal(await calendar().isWorkingDay('2026-03-21'), false);
  });

  test('ranges are bounded', async () => {
    assert.equal(
      (await get('/api/calendar/days?from=2026-01-01&to=2027-01-02')).json().error.code,
      'CALENDAR_RANGE_TOO_LONG',
    );
    assert.equal(
      (await get('/api/calendar/days?from=2200-01-01&to=2200-01-02')).json().error.code,
      'CALENDAR_OUT_OF_RANGE',
    );
    assert.equal((await get('/api/calendar/days?from=2026-02-30&to=2026-03-01')).statusCode, 400);
    assert.equal((await put('2200-01-01', { kind: 'off', reason: 'x' })).json().error.code, 'CALENDAR_OUT_OF_RANGE');
  });
});
