import { useMemo, useState } from 'react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  ErrorText,
  OPS_KEYS,
  RetryButton,
  type DeliveryChannel,
  type DeliveryDto,
  type DeliveryStatus,
} from './opsShared';

const PAGE_SIZE = 100;
const STATUS_COLORS: Record<DeliveryStatus, string> = { queued: 'blue', sent: 'green', failed: 'red' };

/** The email / SMS / push delivery log, failed ones first by default; a failed one can be sent again. */
export function DeliveriesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [status, setStatus] = useState<DeliveryStatus | undefined>('failed');
  const [channel, setChannel] = useState<DeliveryChannel | undefined>();

  const deliveries = useInfiniteQuery({
    queryKey: [...OPS_KEYS.deliveries, status, channel],
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/admin/notifications/deliveries', {
        params: { query: { status, channel, limit: PAGE_SIZE, offset: pageParam } },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.length === PAGE_SIZE ? pages.length * PAGE_SIZE : undefined),
  });
  const rows = useMemo(() => deliveries.data?.pages.flat() ?? [], [deliveries.data]);

  const retry = async (d: DeliveryDto) => {
    await api.post('/api/admin/notifications/deliveries/{id}/retry', { params: { path: { id: d.id } } });
    void message.success(t('ops.deliveryRetried'));
    await qc.invalidateQueries({ queryKey: OPS_KEYS.deliveries });
  };

  const columns: TableColumnsType<DeliveryDto> = [
    {
      key: 'createdAt',
      title: t('ops.createdAt'),
      width: 170,
      render: (_, d) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(d.createdAt)}</span>,
    },
    {
      key: 'recipient',
      title: t('ops.recipient'),
      width: 250,
      render: (_, d) => (
        <Space size={4} style={{ maxWidth: '100%' }}>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`notifications.channels.${d.channel}`)}</Tag>
          <Typography.Text ellipsis={{ tooltip: d.recipient }} style={{ maxWidth: 160 }}>
            {d.recipient}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'template',
      title: t('ops.template'),
      width: 200,
      render: (_, d) => (
        <Typography.Text code ellipsis={{ tooltip: d.template }} style={{ maxWidth: '100%' }}>
          {d.template}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('ops.status'),
      width: 170,
      render: (_, d) => (
        <Space size={4}>
          <Tag color={STATUS_COLORS[d.status]} style={{ marginInlineEnd: 0 }}>
            {t(`ops.deliveryStatuses.${d.status}`)}
          </Tag>
          <Typography.Text type="secondary" title={t('ops.attempts')}>
            × {d.attempts}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'lastError', title: t('ops.lastError'), render: (_, d) => <ErrorText value={d.lastError} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, d) =>
        d.status === 'failed' ? (
          <RetryButton confirm={t('ops.retryDeliveryConfirm')} onRetry={() => retry(d)} testId="ops-delivery-retry" />
        ) : null,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select<DeliveryStatus>
          allowClear
          placeholder={t('ops.status')}
          value={status}
          onChange={setStatus}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`ops.deliveryStatuses.${s}`) }))}
          style={{ minWidth: 160 }}
          data-testid="ops-delivery-status"
        />
        <Select<DeliveryChannel>
          allowClear
          placeholder={t('ops.channel')}
          value={channel}
          onChange={setChannel}
          options={DELIVERY_CHANNELS.map((c) => ({ value: c, label: t(`notifications.channels.${c}`) }))}
          style={{ minWidth: 160 }}
        />
      </Space>
      <Table<DeliveryDto>
        data-testid="ops-deliveries"
        rowKey="id"
        size="middle"
        loading={deliveries.isFetching && !deliveries.isFetchingNextPage}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 1150 }}
        tableLayout="fixed"
        expandable={{ expandedRowRender: (d) => <DeliveryDetails d={d} /> }}
        locale={{ emptyText: t('ops.noDeliveries') }}
        footer={() => (
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <Typography.Text type="secondary">{t('ops.shown', { count: rows.length })}</Typography.Text>
            {deliveries.hasNextPage && (
              <Button onClick={() => void deliveries.fetchNextPage()} loading={deliveries.isFetchingNextPage}>
                {t('ops.loadMore')}
              </Button>
            )}
          </div>
        )}
      />
    </Space>
  );
}

function DeliveryDetails({ d }: { d: DeliveryDto }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'id', label: 'ID', children: <Typography.Text copyable>{d.id}</Typography.Text> },
        { key: 'attempts', label: t('ops.attempts'), children: d.attempts },
        { key: 'lastAttemptAt', label: t('ops.lastAttemptAt'), children: formatDateTime(d.lastAttemptAt) },
        { key: 'sentAt', label: t('ops.sentAt'), children: formatDateTime(d.sentAt) },
        { key: 'recipient', label: t('ops.recipient'), children: d.recipient },
        { key: 'provider', label: t('ops.providerId'), children: d.providerId ?? t('common.none') },
        { key: 'error', label: t('ops.lastError'), span: 'filled', children: d.lastError ?? t('common.none') },
      ]}
    />
  );
}
