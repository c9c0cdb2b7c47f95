import { useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type ApiData } from '../../shared/api';

/** GET /api/notifications item (apps/server/src/core/notify/notify.schemas.ts). */
export type NotificationDto = ApiData<'/api/notifications'>['items'][number];

export const CHANNELS = ['inbox', 'email', 'sms', 'push'] as const;
export type Channel = (typeof CHANNELS)[number];

export type PreferencesDto = ApiData<'/api/notifications/preferences'>;

/** Payload of the `notify.inbox_changed` event. */
export interface InboxChanged {
  unread: number;
  latest?: { id: string; template: string; title: string; createdAt: string };
}

export const INBOX_CHANGED = 'notify.inbox_changed';
export const NOTIFY_KEYS = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
  preferences: ['notifications', 'preferences'] as const,
};
const PAGE_SIZE = 10;

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: NOTIFY_KEYS.unread,
    queryFn: ({ signal }) => api.get('/api/notifications/unread-count', { signal, silent: true }),
    select: (d) => d.unread,
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The newest notifications, PAGE_SIZE at a time. */
export function useInbox(unreadOnly: boolean, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: NOTIFY_KEYS.list(unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/notifications', {
        params: { query: { limit: PAGE_SIZE, offset: pageParam, unread: unreadOnly ? 'true' : undefined } },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return last.items.length === PAGE_SIZE && loaded < last.total ? loaded : undefined;
    },
    enabled,
  });
}

export function setUnread(qc: QueryClient, unread: number): void {
  qc.setQueryData(NOTIFY_KEYS.unread, { unread });
}

export async function markRead(qc: QueryClient, id: string): Promise<void> {
  const { unread } = await api.post('/api/notifications/{id}/read', { params: { path: { id } } });
  setUnread(qc, unread);
  await qc.invalidateQueries({ queryKey: ['notifications', 'list'] });
}

export async function markAllRead(qc: QueryClient): Promise<void> {
  const { unread } = await api.post('/api/notifications/read-all');
  setUnread(qc, unread);
  await qc.invalidateQueries({ queryKey: ['notifications', 'list'] });
}

/** A link inside the app carried by the notification (`data.url` as a path), if any. */
export function appLink(n: NotificationDto): string | null {
  const url = n.data.url;
  return typeof url === 'string' && /^\/(?!\/)/.test(url) ? url : null;
}
