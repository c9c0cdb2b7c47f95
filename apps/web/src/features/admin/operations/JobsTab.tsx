import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Col, Row, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { ErrorText, JsonBlock, OPS_KEYS, RetryButton, type FailedJobDto, type QueueDto } from './opsShared';

const count = (n: number, color?: string) => (n > 0 && color ? <Tag color={color}>{n}</Tag> : n);

export function useQueues() {
  return useQuery({
    queryKey: OPS_KEYS.jobs,
    queryFn: ({ signal }) => api.get('/api/admin/jobs', { signal }),
  });
}

/** Job queues with their counts; a queue expands to its failed jobs. */
export function JobsTab() {
  const { t } = useTranslation();
  const jobs = useQueues();

  const columns: TableColumnsType<QueueDto> = [
    { key: 'name', title: t('ops.queue'), render: (_, q) => <Typography.Text code>{q.name}</Typography.Text> },
    { key: 'queued', title: t('ops.queued'), align: 'right', render: (_, q) => count(q.queuedCount) },
    { key: 'active', title: t('ops.active'), align: 'right', render: (_, q) => count(q.activeCount, 'blue') },
    { key: 'deferred', title: t('ops.deferred'), align: 'right', render: (_, q) => count(q.deferredCount) },
    { key: 'failed', title: t('ops.failed'), align: 'right', render: (_, q) => count(q.failedCount, 'red') },
    { key: 'total', title: t('ops.total'), align: 'right', render: (_, q) => count(q.totalCount) },
  ];

  return (
    <Table<QueueDto>
      data-testid="ops-jobs-table"
      rowKey="name"
      size="middle"
      loading={jobs.isFetching}
      dataSource={jobs.data ?? []}
      columns={columns}
      pagination={false}
      scroll={{ x: 700 }}
      locale={{ emptyText: t('ops.noQueues') }}
      expandable={{
        rowExpandable: (q) => q.failedCount > 0,
        expandedRowRender: (q) => <FailedJobs queue={q.name} />,
      }}
    />
  );
}

function FailedJobs({ queue }: { queue: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const failed = useQuery({
    queryKey: OPS_KEYS.failedJobs(queue),
    queryFn: ({ signal }) => api.get('/api/admin/jobs/{queue}/failed', { params: { path: { queue } }, signal }),
  });

  const retry = async (job: FailedJobDto) => {
    await api.post('/api/admin/jobs/{queue}/{id}/retry', { params: { path: { queue, id: job.id } } });
    void message.success(t('ops.jobRetried'));
    await qc.invalidateQueries({ queryKey: OPS_KEYS.jobs });
  };

  const columns: TableColumnsType<FailedJobDto> = [
    {
      key: 'id',
      title: t('ops.jobId'),
      width: 120,
      render: (_, j) => (
        <Typography.Text code copyable={{ text: j.id }} title={j.id}>
          {j.id.slice(0, 8)}
        </Typography.Text>
      ),
    },
    {
      key: 'failedAt',
      title: t('ops.failedAt'),
      width: 170,
      render: (_, j) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(j.failedAt)}</span>,
    },
    { key: 'retryCount', title: t('ops.retryCount'), width: 110, align: 'right', dataIndex: 'retryCount' },
    { key: 'error', title: t('ops.error'), render: (_, j) => <ErrorText value={j.error} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, j) => (
        <RetryButton confirm={t('ops.retryJobConfirm')} onRetry={() => retry(j)} testId="ops-job-retry" />
      ),
    },
  ];

  return (
    <Table<FailedJobDto>
      data-testid="ops-failed-jobs"
      rowKey="id"
      size="small"
      loading={failed.isFetching}
      dataSource={failed.data ?? []}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('ops.noFailedJobs') }}
      expandable={{
        expandedRowRender: (j) => (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <JsonBlock label={t('ops.data')} value={j.data} />
            </Col>
            <Col xs={24} md={12}>
              <JsonBlock label={t('ops.error')} value={j.error} />
            </Col>
            <Col xs={24}>
              <Typography.Text type="secondary">
                {t('ops.createdAt')}: {formatDateTime(j.createdAt)}
              </Typography.Text>
            </Col>
          </Row>
        ),
      }}
    />
  );
}
