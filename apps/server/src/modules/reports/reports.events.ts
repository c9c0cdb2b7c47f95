import type { EventPayload, EventType, ReportChannel, ReportStatus } from '@vioc/contracts';
import type { NewEvent } from '../../core/events/index.js';
import { publicStatusOf } from './machine.js';

/**
 * Events of the reports module (published in the transaction of the change,
 * through the outbox); their payload schemas are `reportsEvents` in
 * @vioc/contracts. None carries the reporter's identity: the reporter's
 * own update travels separately, addressed to their account only.
 *
 * - `reports.received`        staff of the place: a new report arrived.
 * - `reports.status_changed`  staff of the place and of the handling unit: any transition.
 * - `reports.public_changed`  everyone (public map and list): a public report's public status changed.
 * - `reports.reporter_update` the reporter's account only ("my reports").
 * - `reports.overdue`         staff: a report passed its deadline.
 * - `reports.updated`         staff: checklist, comment, assignee, extension.
 */
export const REPORT_EVENTS = {
  received: 'reports.received',
  statusChanged: 'reports.status_changed',
  publicChanged: 'reports.public_changed',
  reporterUpdate: 'reports.reporter_update',
  overdue: 'reports.overdue',
  updated: 'reports.updated',
} as const satisfies Record<string, EventType>;

export interface EventSubject {
  id: string;
  code: string;
  category_id: string;
  lat: number;
  lon: number;
  area_unit_id: string;
  assigned_unit_id: string | null;
  is_public: boolean;
}

function staffUnit(r: EventSubject): string {
  return r.assigned_unit_id ?? r.area_unit_id;
}

/** Staff events reach the handling unit (unitId) and the operators of the place. */
function staffAudience(r: EventSubject): { audience: { areaUnitId: string } } {
  return { audience: { areaUnitId: r.area_unit_id } };
}

export function receivedEvent(
  r: EventSubject,
  channel: ReportChannel,
  actorId: string | null,
): NewEvent<typeof REPORT_EVENTS.received> {
  return {
    type: REPORT_EVENTS.received,
    aggregateType: 'report',
    aggregateId: r.id,
    unitId: r.area_unit_id,
    actorId,
    payload: { id: r.id, code: r.code, categoryId: r.category_id, lat: r.lat, lon: r.lon, channel },
  };
}

/** The events of one transition: staff always; the public and the reporter when it concerns them. */
export function transitionEvents(
  r: EventSubject,
  change: {
    action: string;
    from: ReportStatus;
    to: ReportStatus;
    actorId: string | null;
    reporterUserId: string | null;
  },
): NewEvent[] {
  const events: NewEvent[] = [
    {
      type: REPORT_EVENTS.statusChanged,
      aggregateType: 'report',
      aggregateId: r.id,
      unitId: staffUnit(r),
      ...staffAudience(r),
      actorId: change.actorId,
      payload: {
        id: r.id,
        code: r.code,
        action: change.action,
        from: change.from,
        to: change.to,
        categoryId: r.category_id,
        areaUnitId: r.area_unit_id,
        assignedUnitId: r.assigned_unit_id,
      },
    },
  ];
  const before = publicStatusOf(change.from);
  const after = publicStatusOf(change.to);
  if (r.is_public && before !== after && after !== null)
    events.push({
      type: REPORT_EVENTS.publicChanged,
      aggregateType: 'report',
      aggregateId: r.id,
      audience: { public: true },
      payload: { id: r.id, code: r.code, status: after, categoryId: r.category_id, lat: r.lat, lon: r.lon },
    });
  if (change.reporterUserId && before !== after)
    events.push({
      type: REPORT_EVENTS.reporterUpdate,
      aggregateType: 'report',
      aggregateId: r.id,
      audience: { userIds: [change.reporterUserId] },
      payload: { id: r.id, code: r.code, status: after ?? (change.to === 'rejected' ? 'rejected' : 'received') },
    });
  return events;
}

export function overdueEvent(r: EventSubject, dueAt: Date): NewEvent<typeof REPORT_EVENTS.overdue> {
  return {
    type: REPORT_EVENTS.overdue,
    aggregateType: 'report',
    aggregateId: r.id,
    unitId: staffUnit(r),
    ...staffAudience(r),
    payload: { id: r.id, code: r.code, dueAt: dueAt.toISOString(), assignedUnitId: r.assigned_unit_id },
  };
}

export function updatedEvent(
  r: EventSubject,
  what: EventPayload<typeof REPORT_EVENTS.updated>['what'],
  actorId: string | null,
): NewEvent<typeof REPORT_EVENTS.updated> {
  return {
    type: REPORT_EVENTS.updated,
    aggregateType: 'report',
    aggregateId: r.id,
    unitId: staffUnit(r),
    ...staffAudience(r),
    actorId,
    payload: { id: r.id, code: r.code, what },
  };
}
