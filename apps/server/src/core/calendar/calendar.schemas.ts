import { z } from 'zod';
import { text } from '@vioc/contracts';
import { HOLIDAYS } from './calendar.rules.js';

/*
 * Request and response shapes of the calendar routes. They belong in
 * packages/contracts once the web app reads the calendar.
 */

export const holidaySchema = z.enum(HOLIDAYS).describe('Ngày lễ theo Bộ luật Lao động');

export const dateParams = z.object({ date: z.iso.date().describe('yyyy-MM-dd') });

export const daysQuery = z.object({
  from: z.iso.date().describe('Ngày đầu, yyyy-MM-dd'),
  to: z.iso.date().describe('Ngày cuối, yyyy-MM-dd (tối đa 366 ngày)'),
});

export const calendarDaySchema = z.object({
  date: z.iso.date(),
  weekday: z.number().int().min(0).max(6).describe('0 = Chủ nhật … 6 = Thứ Bảy'),
  working: z.boolean().describe('Ngày làm việc'),
  reason: z
    .string()
    .describe('workday | weekend | holiday:<lễ> | compensatory:<lễ> (nghỉ bù) | override:off | override:work'),
  note: z.string().nullable(),
  lunar: z.object({ day: z.number().int(), month: z.number().int(), leap: z.boolean() }).describe('Ngày âm lịch'),
});

export const addQuery = z.object({
  start: z.iso.datetime({ offset: true }).describe('Thời điểm tiếp nhận (ISO 8601)'),
  days: z.coerce.number().int().min(0).max(3650).describe('Số ngày làm việc'),
});

export const addResponse = z.object({
  due: z.iso.datetime().describe('Hạn xử lý: hết giờ làm việc của ngày làm việc thứ n'),
  countsFrom: z.iso.datetime().describe('Thời điểm bắt đầu tính thời hạn'),
});

export const overridesQuery = z.object({ year: z.coerce.number().int().min(2014).max(2100).optional() });

export const overrideBody = z.object({
  kind: z.enum(['off', 'work']).describe('off = ngày nghỉ, work = ngày làm việc (làm bù)'),
  holiday: holidaySchema.nullable().optional().describe('Ngày này thuộc ngày lễ nào (thay cho ngày tính tự động)'),
  reason: text(300).min(1).describe('Căn cứ, ví dụ số văn bản'),
});

export const overrideSchema = z.object({
  date: z.iso.date(),
  kind: z.enum(['off', 'work']),
  holiday: holidaySchema.nullable(),
  reason: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
