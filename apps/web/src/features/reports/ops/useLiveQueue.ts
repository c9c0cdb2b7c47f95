import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ReportQueue } from '@vioc/contracts';
import { useRealtime, useRealtimeStatus, type RealtimeEvent } from '../../../shared/realtime';

/** Quiet time after the last event before the queue is reloaded: a bulk assignment is one reload, not fifty. */
const DEBOUNCE_MS = 400;
/** A steady stream of events still reloads at least this often. */
const MAX_WAIT_MS = 2500;

/**
 * A report that has just come into view of this user, and the queue that shows it: a new one in the place
 * (operators' "new"), or one sent to a unit (the handling unit's "my unit").
 */
function arrival(e: RealtimeEvent): { id: string; queue: ReportQueue } | null {
  if (e.type === 'reports.received') return { id: e.aggregateId, queue: 'new' };
  if (e.type === 'reports.status_changed' && e.payload.to === 'assigned')
    return { id: e.aggregateId, queue: 'my_unit' };
  return null;
}

/**
 * Keeps the staff queues live: every `reports.*` event reaching this user marks the queues and the reports
 * it names stale (debounced, so a burst is one reload), and reports that arrived meanwhile are collected for
 * a "new reports" notice. The report open in the drawer (`ownId`) is not news to its user: their own action
 * on it comes back as an event too.
 */
export function useLiveQueue(ownId: string | null) {
  const qc = useQueryClient();
  const status = useRealtimeStatus();
  /** Arrivals not yet acknowledged (the notice) and arrivals not yet opened (highlighted rows). */
  const [unseen, setUnseen] = useState<string[]>([]);
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [arrivalQueue, setArrivalQueue] = useState<ReportQueue>('new');
  const timer = useRef<number | undefined>(undefined);
  const firstAt = useRef<number | null>(null);
  const touched = useRef(new Set<string>());

  const flush = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    firstAt.current = null;
    const ids = [...touched.current];
    touched.current.clear();
    void qc.invalidateQueries({ queryKey: ['ops-reports'] });
    for (const id of ids) void qc.invalidateQueries({ queryKey: ['report', id] });
  };

  const schedule = () => {
    const now = Date.now();
    firstAt.current ??= now;
    window.clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstAt.current + MAX_WAIT_MS - now));
    timer.current = window.setTimeout(flush, wait);
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useRealtime(
    ['reports'],
    (events) => {
      const fresh: string[] = [];
      let queue: ReportQueue | null = null;
      for (const e of events) {
        if (!e.type.startsWith('reports.')) continue;
        touched.current.add(e.aggregateId);
        const a = arrival(e);
        if (a && a.id !== ownId) {
          fresh.push(a.id);
          queue = a.queue;
        }
      }
      if (fresh.length) {
        setUnseen((old) => [...new Set([...old, ...fresh])]);
        setHighlighted((old) => [...new Set([...old, ...fresh])]);
      }
      if (queue) setArrivalQueue(queue);
      schedule();
    },
    // Events may have been missed: reload everything now.
    () => {
      void qc.invalidateQueries({ queryKey: ['report'] });
      flush();
    },
  );

  return {
    status,
    unseen,
    highlighted,
    arrivalQueue,
    /** The user has read the notice. */
    acknowledge: () => setUnseen([]),
    /** The user opened this report: it is no longer news. */
    opened: (id: string) => {
      setUnseen((old) => old.filter((x) => x !== id));
      setHighlighted((old) => old.filter((x) => x !== id));
    },
  };
}
