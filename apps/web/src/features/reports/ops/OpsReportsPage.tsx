import { useState } from 'react';
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Input, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPORT_QUEUES, type ReportQueue } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { formatDateTimeShort } from '../../../shared/format';
import { useDebounced } from '../../../shared/hooks';
import type { RealtimeStatus } from '../../../shared/realtime';
import type { Page, ReportSummaryDto } from '../reportsApi';
import { StatusTag } from '../StatusTag';
import { ReportDrawer } from './ReportDrawer';
import { useLiveQueue } from './useLiveQueue';

const PAGE_SIZE = 50;

/**
 * Staff queues of citizen reports, with a detail drawer. Live: `reports.*` events reload the queues and counts
 * (debounced) and new arrivals show a notice and a highlighted row until the user looks at them.
 */
export function OpsReportsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [queue, setQueue] = useState<ReportQueue>('to_verify');
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const q = useDebounced(search.trim(), 300);

  const list = useQuery({
    queryKey: ['ops-reports', 'list', queue, q, page],
    queryFn: ({ signal }) =>
      api.get<Page<ReportSummaryDto>>('/api/reports', {
        query: { queue, q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const counts = useQueries({
    queries: REPORT_QUEUES.map((name) => ({
      queryKey: ['ops-reports', 'count', name],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<Page<ReportSummaryDto>>('/api/reports', { query: { queue: name, limit: 1 }, signal, silent: true }),
      select: (d: Page<ReportSummaryDto>) => d.total,
      staleTime: 10_000,
    })),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['ops-reports'] });
  const live = useLiveQueue(openId);
  const highlighted = new Set(live.highlighted);

  return (
    <Card title={t('repOps.title')} extra={<LiveStatus status={live.status} />}>
      {live.unseen.length > 0 && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: live.acknowledge, 'aria-label': t('common.close') }}
          style={{ marginBottom: 12 }}
          data-testid="ops-live-notice"
          data-queue={live.arrivalQueue}
          title={
            <span>
              {t('repOps.live.newReports', { count: live.unseen.length })} · {t('repOps.live.refreshed')}
            </span>
          }
          action={
            <Button
              size="small"
              type="link"
              onClick={() => {
                setQueue(live.arrivalQueue);
                setPage(1);
                live.acknowledge();
              }}
              data-testid="ops-live-show"
            >
              {t('repOps.live.showNew')}
            </Button>
          }
        />
      )}
      <Tabs
        activeKey={queue}
        onChange={(k) => {
          setQueue(k as ReportQueue);
          setPage(1);
        }}
        items={REPORT_QUEUES.map((name, i) => ({
          key: name,
          label: (
            <span data-testid={`queue-${name}`}>
              {t(`repOps.queue.${name}`)}{' '}
              <Badge
                count={counts[i]?.data ?? 0}
                showZero
                overflowCount={999}
                color={name === 'overdue' ? 'red' : '#8c8c8c'}
              />
            </span>
          ),
        }))}
      />
      <Input.Search
        allowClear
        placeholder={t('rep.search')}
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          setPage(1);
        }}
        style={{ maxWidth: 360, marginBottom: 12 }}
        aria-label={t('rep.search')}
        data-testid="ops-search"
      />
      <Table<ReportSummaryDto>
        data-testid="ops-reports-table"
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(r) => ({
          onClick: () => {
            setOpenId(r.id);
            live.opened(r.id);
          },
          style: { cursor: 'pointer', ...(highlighted.has(r.id) && { background: '#e6f4ff' }) },
          'data-new': highlighted.has(r.id) ? '1' : undefined,
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (count) => t('rep.total', { count }),
        }}
        columns={[
          { key: 'code', title: t('repOps.code'), dataIndex: 'code', width: 150 },
          { key: 'title', title: t('rep.title'), dataIndex: 'title', ellipsis: true },
          { key: 'category', title: t('rep.category'), dataIndex: 'categoryName', width: 160 },
          { key: 'ward', title: t('rep.ward'), dataIndex: 'areaUnitName', width: 160 },
          {
            key: 'status',
            title: t('rep.status'),
            dataIndex: 'status',
            width: 150,
            render: (_, r) => <StatusTag status={r.status} />,
          },
          {
            key: 'due',
            title: t('repOps.dueAt'),
            dataIndex: 'dueAt',
            width: 150,
            render: (_, r) => (
              <Typography.Text type={r.overdue ? 'danger' : undefined} strong={r.overdue} data-testid="report-due">
                {formatDateTimeShort(r.dueAt)}
                {r.overdue ? ` (${t('repOps.overdue')})` : ''}
              </Typography.Text>
            ),
          },
        ]}
      />
      <ReportDrawer id={openId} onClose={() => setOpenId(null)} onChanged={refresh} />
    </Card>
  );
}

const STATUS_BADGE: Record<RealtimeStatus, 'success' | 'processing' | 'warning' | 'default'> = {
  open: 'success',
  connecting: 'processing',
  reconnecting: 'warning',
  idle: 'default',
};

/** A small dot saying whether the queue is live (the WebSocket is open) or being reconnected. */
function LiveStatus({ status }: { status: RealtimeStatus }) {
  const { t } = useTranslation();
  return (
    <span data-testid="ops-live" data-status={status}>
      <Badge status={STATUS_BADGE[status]} text={t(`repOps.live.${status}`)} />
    </span>
  );
}
