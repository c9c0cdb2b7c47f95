import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Drawer, Popover, theme } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useIsNarrow } from '../../shared/hooks';
import { useRealtime, useRealtimeStatus, type RealtimeEvent } from '../../shared/realtime';
import { NotificationPanel } from './NotificationPanel';
import { INBOX_CHANGED, NOTIFY_KEYS, setUnread, useUnreadCount, type InboxChanged } from './notificationsApi';

const FRESH_MS = 60_000;

/** The header's bell: unread count (live over /api/realtime) and the inbox in a popover. */
export function NotificationBell({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { notification } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount(true).data ?? 0;
  const status = useRealtimeStatus();
  const narrow = useIsNarrow();

  const onEvents = (events: RealtimeEvent[]) => {
    const changes = events.filter((e) => e.type === INBOX_CHANGED && e.aggregateId === userId);
    if (changes.length === 0) return;
    const payloads = changes.map((e) => e.payload as unknown as InboxChanged);
    const last = payloads[payloads.length - 1]!;
    if (typeof last.unread === 'number') setUnread(qc, last.unread);
    void qc.invalidateQueries({ queryKey: ['notifications', 'list'] });
    // Replayed events after a reconnect are old news: only announce what has just arrived.
    const fresh = payloads
      .map((p) => p.latest)
      .filter((l) => l && Date.now() - Date.parse(l.createdAt) < FRESH_MS)
      .pop();
    if (fresh && !open) {
      notification.info({
        key: 'notif-new',
        title: t('notifications.new'),
        description: fresh.title,
        placement: 'bottomRight',
        onClick: () => {
          notification.destroy('notif-new');
          setOpen(true);
        },
      });
    }
  };

  useRealtime(['notify', `user/${userId}`], onEvents, () => void qc.invalidateQueries({ queryKey: NOTIFY_KEYS.all }));

  const offline = status === 'reconnecting';
  const label = [
    unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.title'),
    offline ? t('notifications.offline') : '',
  ]
    .filter(Boolean)
    .join(' · ');

  const changeOpen = (next: boolean) => {
    setOpen(next);
    if (next) notification.destroy('notif-new');
  };
  const panel = (
    <NotificationPanel
      unread={unread}
      onOpenLink={(path) => {
        setOpen(false);
        navigate(path);
      }}
      wide={narrow}
    />
  );
  const bell = (
    <Badge
      offset={[-4, 4]}
      count={
        <span
          data-testid="notif-count"
          hidden={unread === 0}
          style={{
            minWidth: 18,
            height: 18,
            padding: '0 5px',
            borderRadius: 9,
            background: token.colorError,
            color: '#fff',
            fontSize: 11,
            lineHeight: '18px',
            textAlign: 'center',
            boxShadow: `0 0 0 1px ${token.colorBgContainer}`,
          }}
        >
          {unread > 99 ? '99+' : unread}
        </span>
      }
    >
      <Button
        type="text"
        shape="circle"
        icon={<BellOutlined style={{ fontSize: 18, color: offline ? token.colorTextDisabled : undefined }} />}
        aria-label={label}
        title={label}
        data-testid="notif-bell"
        onClick={narrow ? () => changeOpen(true) : undefined}
      />
    </Badge>
  );

  // A popover does not fit a phone: there the inbox slides in from the side.
  if (narrow) {
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={() => changeOpen(false)}
          title={t('notifications.title')}
          placement="right"
          size="min(420px, 100vw)"
          destroyOnHidden
        >
          {panel}
        </Drawer>
      </>
    );
  }

  return (
    <Popover
      open={open}
      onOpenChange={changeOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      destroyOnHidden
      content={panel}
    >
      {bell}
    </Popover>
  );
}
