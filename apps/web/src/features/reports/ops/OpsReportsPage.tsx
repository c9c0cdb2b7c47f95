import { useState } from 'react';
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Card, Input, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPORT_QUEUES, type ReportQueue } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { formatDateTimeShort } from '../../../shared/format';
import { useDebounced } from '../../../shared/hooks';
import { useRealtime } from '../../../shared/realtime';
import type { Page, ReportSummaryDto } from '../reportsApi';
import { StatusTag } from '../StatusTag';
import { ReportDrawer } from './ReportDrawer';

const PAGE_SIZE = 50;

/** Staff queues of citizen reports, with a detail drawer; refreshed live on topic 'reports'. */
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
  useRealtime(
    ['reports'],
    () => {
      refresh();
      if (openId) void qc.invalidateQueries({ queryKey: ['report', openId] });
    },
    refresh,
  );

  return (
    <Card title={t('repOps.title')}>
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
      />
      <Table<ReportSummaryDto>
        data-testid="ops-reports-table"
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
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
