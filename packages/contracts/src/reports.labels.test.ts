/** The report statuses' names and colours: one entry per status, and the API's description reads them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  PUBLIC_REPORT_STATUS_LABELS,
  PUBLIC_REPORT_STATUSES,
  publicReportStatusSchema,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  reportStatusSchema,
  statusNames,
} from './reports.js';

test('every status, internal and public, has a vi and an en name and a colour', () => {
  assert.deepEqual(Object.keys(REPORT_STATUS_LABELS), [...REPORT_STATUSES]);
  assert.deepEqual(Object.keys(PUBLIC_REPORT_STATUS_LABELS), [...PUBLIC_REPORT_STATUSES]);
  for (const label of [...Object.values(REPORT_STATUS_LABELS), ...Object.values(PUBLIC_REPORT_STATUS_LABELS)]) {
    assert.ok(label.vi && label.en && label.color, JSON.stringify(label));
  }
  assert.equal(statusNames(REPORT_STATUS_LABELS, 'en').in_progress, 'In progress');
  assert.equal(statusNames(PUBLIC_REPORT_STATUS_LABELS, 'vi').answered, 'Đã trả lời');
});

test('the OpenAPI description of the status fields is built from the same names', () => {
  assert.equal(
    publicReportStatusSchema.description,
    'Trạng thái công khai: đã tiếp nhận, đang xử lý, đã trả lời, đã đóng',
  );
  assert.match(reportStatusSchema.description ?? '', /^Trạng thái: tiếp nhận, đã xác minh, từ chối, /);
});
