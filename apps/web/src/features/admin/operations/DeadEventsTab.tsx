import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { ErrorText, JsonBlock, OPS_KEYS, RetryButton, type DeadEventDto } from './opsShared';

export function useDeadEvents() {
  return useQuery({
    queryKey: OPS_KEYS.deadEvents,
    queryFn: ({ signal }) => api.get('/api/admin/events/dead', { signal }),
  });
}

/** Events a subscriber gave up on (dead letters); each can be handed back to its subscriber. */
export function DeadEventsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const dead = useDeadEvents();

  const retry = async (e: DeadEventDto) => {
    const { retried } = await api.post('/api/admin/events/dead/{seq}/{subscriber}/retry', {
      params: { path: { seq: e.seq, subscriber: e.subscriber } },
    });
    if (retried) void message.success(t('ops.eventRetried'));
    else void message.warning(t('ops.eventNotRetried'));
    await qc.invalidateQueries({ queryKey: OPS_KEYS.deadEvents });
  };

  const columns: TableColumnsType<DeadEventDto> = [
    { key: 'seq', title: t('ops.seq'), dataIndex: 'seq', width: 90 },
    {
      key: 'failedAt',
      title: t('ops.failedAt'),
      width: 170,
      render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.failedAt)}</span>,
    },
    {
      key: 'type',
      title: t('ops.type'),
      width: 180,
      render: (_, e) => (
        <Typography.Text code ellipsis={{ tooltip: e.type }} style={{ maxWidth: '100%' }}>
          {e.type}
        </Typography.Text>
      ),
    },
    { key: 'subscriber', title: t('ops.subscriber'), dataIndex: 'subscriber', width: 150, ellipsis: true },
    { key: 'attempts', title: t('ops.attempts'), dataIndex: 'attempts', width: 100, align: 'right' },
    { key: 'error', title: t('ops.error'), render: (_, e) => <ErrorText value={e.error} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, e) => (
        <RetryButton confirm={t('ops.retryEventConfirm')} onRetry={() => retry(e)} testId="ops-event-retry" />
      ),
    },
  ];

  return (
    <Table<DeadEventDto>
      data-testid="ops-dead-events"
      rowKey={(e) => `${e.seq}/${e.subscriber}`}
      size="middle"
      loading={dead.isFetching}
      dataSource={dead.data ?? []}
      columns={columns}
      scroll={{ x: 1100 }}
      tableLayout="fixed"
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('ops.noDeadEvents') }}
      expandable={{
        expandedRowRender: (e) => (
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            <span>
              <Typography.Text strong>{t('ops.aggregate')}: </Typography.Text>
              <Typography.Text copyable>{e.aggregate}</Typography.Text>
            </span>
            <JsonBlock label={t('ops.payload')} value={e.payload} />
          </Space>
        ),
      }}
    />
  );
}
