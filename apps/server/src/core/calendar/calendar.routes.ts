import { z } from 'zod';
import { okResponse, ROLES } from '@vioc/contracts';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import { actorOf } from '../auth/index.js';
import type { CalendarService } from './calendar.service.js';
import {
  addQuery,
  addResponse,
  calendarDaySchema,
  dateParams,
  daysQuery,
  overrideBody,
  overrideSchema,
  overridesQuery,
} from './calendar.schemas.js';

export function registerCalendarRoutes(app: App, deps: { calendar: CalendarService }): void {
  const { calendar } = deps;
  const tags = ['calendar'];

  app.get(
    '/api/calendar/days',
    {
      config: { permission: { roles: ROLES } },
      schema: {
        tags,
        summary: 'Lịch làm việc: ngày làm việc, ngày nghỉ và lý do',
        querystring: daysQuery,
        response: responses({ 200: z.array(calendarDaySchema) }),
      },
    },
    (req) => calendar.days(req.query.from, req.query.to),
  );

  app.get(
    '/api/calendar/add',
    {
      config: { permission: { roles: ROLES } },
      schema: {
        tags,
        summary: 'Tính hạn xử lý: thời điểm tiếp nhận + n ngày làm việc',
        querystring: addQuery,
        response: responses({ 200: addResponse }),
      },
    },
    async (req) => {
      const start = new Date(req.query.start);
      const [due, countsFrom] = await Promise.all([
        calendar.addWorkingDays(start, req.query.days),
        calendar.countsFrom(start),
      ]);
      return { due: due.toISOString(), countsFrom: countsFrom.toISOString() };
    },
  );

  app.get(
    '/api/calendar/overrides',
    {
      config: { permission: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Điều chỉnh lịch theo văn bản chính thức (ngày nghỉ, ngày làm bù, ngày Tết)',
        querystring: overridesQuery,
        response: responses({ 200: z.array(overrideSchema) }),
      },
    },
    (req) => calendar.listOverrides(req.query.year),
  );

  app.put(
    '/api/calendar/overrides/:date',
    {
      config: { permission: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Đặt điều chỉnh lịch cho một ngày',
        params: dateParams,
        body: overrideBody,
        response: responses({ 200: overrideSchema }),
      },
    },
    (req) => calendar.setOverride(actorOf(req), req.auditCtx, req.params.date, req.body),
  );

  app.delete(
    '/api/calendar/overrides/:date',
    {
      config: { permission: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Xoá điều chỉnh lịch của một ngày (trở về lịch tính theo luật)',
        params: dateParams,
        response: responses({ 200: okResponse }),
      },
    },
    async (req) => {
      await calendar.deleteOverride(actorOf(req), req.auditCtx, req.params.date);
      return { ok: true as const };
    },
  );
}
