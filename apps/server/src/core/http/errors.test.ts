/**
 * Closed error-code unions: a catalogue's codes are the keys of its record of
 * specs, so a code without status and messages cannot be raised, and `is()`
 * matches by the spec's identity, never by the code's text. The
 * `@ts-expect-error` lines are checked by `npm run typecheck`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError, defineErrors, httpErrors, type ErrorCode } from './errors.js';

const ward = defineErrors({
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  UNIT_CLOSED: { status: 409, vi: 'Đơn vị đã giải thể.', en: 'The unit was dissolved.' },
});
// Another module with a code of the same name and another answer (as auth's and org's UNIT_NOT_FOUND).
const accounts = defineErrors({
  UNIT_NOT_FOUND: { status: 422, vi: 'Đơn vị không tồn tại.', en: 'The unit does not exist.' },
});

describe('error catalogues', () => {
  test('an error carries its code, status and messages from its own catalogue', () => {
    const err = ward.error('UNIT_CLOSED');
    assert.ok(err instanceof AppError);
    assert.equal(err.code, 'UNIT_CLOSED');
    assert.equal(err.status, 409);
    assert.equal(err.messageIn('en'), 'The unit was dissolved.');
    assert.deepEqual(ward.codes, ['UNIT_NOT_FOUND', 'UNIT_CLOSED']);
  });

  test('is() matches by catalogue and code, not by the code’s text', () => {
    const mine = ward.error('UNIT_NOT_FOUND');
    const theirs = accounts.error('UNIT_NOT_FOUND');
    assert.ok(ward.is(mine));
    assert.ok(ward.is(mine, 'UNIT_NOT_FOUND'));
    assert.ok(ward.is(mine, 'UNIT_CLOSED', 'UNIT_NOT_FOUND'));
    assert.ok(!ward.is(mine, 'UNIT_CLOSED'));
    assert.ok(!ward.is(theirs), 'same code, another module: not ours');
    assert.ok(!ward.is(theirs, 'UNIT_NOT_FOUND'));
    assert.ok(!ward.is(new Error('UNIT_NOT_FOUND')));
    assert.ok(!ward.is({ code: 'UNIT_NOT_FOUND' }), 'a look-alike object is not an AppError');
    assert.ok(!httpErrors.is(mine));
  });

  test('the type-level checks below are compiled (npm run typecheck), never run', () => {
    assert.equal(typeof compileTimeChecks, 'function');
  });
});

/** Never called: each `@ts-expect-error` must stay an error, or the typecheck fails. */
function compileTimeChecks(err: unknown): void {
  // @ts-expect-error -- a code the catalogue does not map
  ward.error('UNIT_MISSING');
  // @ts-expect-error -- is() takes only the catalogue's codes
  ward.is(err, 'NOT_FOUND');
  if (ward.is(err, 'UNIT_CLOSED')) {
    const code: 'UNIT_CLOSED' = err.code; // narrowed to the codes asked for
    void code;
  }
  const codes: ErrorCode<typeof ward>[] = ['UNIT_NOT_FOUND', 'UNIT_CLOSED'];
  // @ts-expect-error -- the union is closed
  codes.push('UNIT_OPEN');
  // An exhaustive map over a module's codes: leaving one out fails to compile.
  const hints = { UNIT_NOT_FOUND: 'kiểm tra mã', UNIT_CLOSED: 'chọn đơn vị kế thừa' } satisfies Record<
    ErrorCode<typeof ward>,
    string
  >;
  // @ts-expect-error -- UNIT_CLOSED has no hint
  const partial: Record<ErrorCode<typeof ward>, string> = { UNIT_NOT_FOUND: 'kiểm tra mã' };
  void [hints, partial];
  defineErrors({
    // @ts-expect-error -- a status the API does not answer with
    TEAPOT: { status: 418, vi: 'Ấm trà.', en: 'A teapot.' },
  });
  // @ts-expect-error -- a code without its English message
  defineErrors({ HALF: { status: 400, vi: 'Một nửa.' } });
}
