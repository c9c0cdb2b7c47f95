/**
 * Which staff queues a person sees, the one the page opens on, and the page's state in the URL
 * (`/ops/reports[/<id>]?queue=…&q=…&page=…&sort=…`), so a link, a reload and back/forward keep the open
 * report and the list's filters.
 */
import { REPORT_QUEUES, type ReportQueue, type Role } from '@vioc/contracts';

export type QueueSort = 'due' | 'newest';
export const QUEUE_SORTS: readonly QueueSort[] = ['due', 'newest'];

/**
 * The queues that can hold anything for these roles (the server fills `new`/`to_verify` from operators'
 * areas only, `awaiting_approval` from unit leaders' units, `my_unit`/`assigned_to_me` from handlers').
 */
export function queuesFor(roles: readonly Role[]): ReportQueue[] {
  const has = (...r: Role[]) => r.some((x) => roles.includes(x));
  return REPORT_QUEUES.filter((q) => {
    switch (q) {
      case 'new':
      case 'to_verify':
        return has('operator');
      case 'my_unit':
      case 'assigned_to_me':
        return has('officer', 'unit_leader');
      case 'awaiting_approval':
        return has('unit_leader');
      default:
        return true;
    }
  });
}

/** Where each role opens the queue: on what it can act on (an IOC operator: to verify; a unit leader: to approve). */
export function defaultQueue(roles: readonly Role[]): ReportQueue {
  if (roles.includes('operator')) return 'to_verify';
  if (roles.includes('unit_leader')) return 'awaiting_approval';
  if (roles.includes('officer')) return 'my_unit';
  return 'all';
}

export interface QueueState {
  queue: ReportQueue;
  q: string;
  page: number;
  sort: QueueSort;
}

/** The list's state from the URL's search params; what is missing or invalid falls back to the role's default. */
export function readQueueState(params: URLSearchParams, roles: readonly Role[]): QueueState {
  const visible = queuesFor(roles);
  const queue = params.get('queue') as ReportQueue | null;
  const sort = params.get('sort') as QueueSort | null;
  const page = Number(params.get('page'));
  return {
    queue: queue && visible.includes(queue) ? queue : defaultQueue(roles),
    q: (params.get('q') ?? '').slice(0, 100),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    sort: sort && QUEUE_SORTS.includes(sort) ? sort : 'due',
  };
}

/** Search params for a state: defaults are left out, so the role's default URL stays `/ops/reports`. */
export function queueSearch(s: QueueState, roles: readonly Role[]): string {
  const p = new URLSearchParams();
  if (s.queue !== defaultQueue(roles)) p.set('queue', s.queue);
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.page > 1) p.set('page', String(s.page));
  if (s.sort !== 'due') p.set('sort', s.sort);
  const str = p.toString();
  return str ? `?${str}` : '';
}

/** The staff page of a report: the queue with its drawer open. */
export const opsReportPath = (id: string, search = '') => `/ops/reports/${id}${search}`;
