import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Segmented, Spin, Tooltip, Typography, theme } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTimeShort } from '../../shared/format';
import { appLink, markAllRead, markRead, useInbox, type NotificationDto } from './notificationsApi';

/** The popover of the bell: newest notifications, mark one or all as read. */
export function NotificationPanel({
  unread,
  onOpenLink,
  wide = false,
}: {
  unread: number;
  onOpenLink: (path: string) => void;
  /** In a drawer: full width, the drawer shows the title. */
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [busyAll, setBusyAll] = useState(false);
  const inbox = useInbox(unreadOnly, true);
  const items = useMemo(() => inbox.data?.pages.flatMap((p) => p.items) ?? [], [inbox.data]);

  const readAll = async () => {
    setBusyAll(true);
    try {
      await markAllRead(qc);
    } catch {
      // shown by the API client
    } finally {
      setBusyAll(false);
    }
  };

  const open = async (n: NotificationDto) => {
    const link = appLink(n);
    if (!n.readAt) await markRead(qc, n.id).catch(() => undefined);
    if (link) onOpenLink(link);
  };

  return (
    <div style={wide ? undefined : { width: 380, maxWidth: 'calc(100vw - 32px)' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
        <Typography.Text strong style={{ flex: 1 }}>
          {wide ? null : t('notifications.title')}
        </Typography.Text>
        <Button
          size="small"
          type="link"
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={busyAll}
          onClick={() => void readAll()}
          data-testid="notif-read-all"
        >
          {t('notifications.readAll')}
        </Button>
      </div>
      <Segmented<'all' | 'unread'>
        size="small"
        block
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(v) => setUnreadOnly(v === 'unread')}
        options={[
          { value: 'all', label: t('notifications.all') },
          { value: 'unread', label: t('notifications.unreadOnly', { count: unread }) },
        ]}
        style={{ marginBottom: 8 }}
      />
      <div
        data-testid="notif-list"
        style={wide ? undefined : { maxHeight: 'min(60vh, 480px)', overflowY: 'auto', marginInline: -4 }}
      >
        {inbox.isPending ? (
          <div style={{ display: 'grid', placeItems: 'center', padding: 24 }}>
            <Spin />
          </div>
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
        ) : (
          items.map((n) => <NotificationItem key={n.id} n={n} onOpen={() => void open(n)} />)
        )}
        {inbox.hasNextPage && (
          <Button
            block
            type="text"
            loading={inbox.isFetchingNextPage}
            onClick={() => void inbox.fetchNextPage()}
            data-testid="notif-load-more"
          >
            {t('notifications.loadMore')}
          </Button>
        )}
      </div>
    </div>
  );
}

function NotificationItem({ n, onOpen }: { n: NotificationDto; onOpen: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const unread = !n.readAt;

  const read = async () => {
    setBusy(true);
    try {
      await markRead(qc, n.id);
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      data-testid="notif-item"
      data-unread={unread ? 'true' : 'false'}
      role="button"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen();
      }}
      style={{
        display: 'flex',
        gap: 8,
        padding: '8px 4px',
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        background: unread ? token.colorPrimaryBg : undefined,
        borderRadius: token.borderRadiusSM,
        cursor: 'pointer',
      }}
    >
      <span
        aria-hidden
        style={{
          flex: 'none',
          width: 8,
          height: 8,
          marginTop: 7,
          borderRadius: '50%',
          background: unread ? token.colorPrimary : 'transparent',
        }}
      />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong={unread} style={{ display: 'block' }} data-testid="notif-title">
          {n.title}
        </Typography.Text>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 2, fontSize: 13 }}>
          {n.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTimeShort(n.createdAt)}
          {unread ? '' : ` · ${t('notifications.read')}`}
        </Typography.Text>
      </div>
      {unread && (
        <Tooltip title={t('notifications.markRead')}>
          <Button
            size="small"
            type="text"
            icon={<CheckOutlined />}
            loading={busy}
            aria-label={t('notifications.markRead')}
            data-testid="notif-mark-read"
            onClick={(e) => {
              e.stopPropagation();
              void read();
            }}
          />
        </Tooltip>
      )}
    </div>
  );
}
