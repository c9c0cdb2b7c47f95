import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Input, Segmented, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportQueue } from '@vioc/contracts';
import { useSession } from '../../../app/session';
import { api } from '../../../shared/api';
import { formatDateTimeShort } from '../../../shared/format';
import { useDebounced } from '../../../shared/hooks';
import type { RealtimeStatus } from '../../../shared/realtime';
import type { ReportSummaryDto } from '../reportsApi';
import { StatusTag } from '../StatusTag';
import { ReportDrawer } from './ReportDrawer';
import { useLiveQueue } from './useLiveQueue';
import { opsReportPath, QUEUE_SORTS, queuesFor, queueSearch, readQueueState, type QueueState } from './queues';

const PAGE_SIZE = 50;

/** Location state of a drawer opened from the list: closing it goes back instead of adding a history entry. */
interface FromList {
  fromList?: boolean;
}

/**
 * Staff queues of citizen reports, with a detail drawer. Live: `reports.*` events reload the queues and counts
 * (debounced) and new arrivals show a notice and a highlighted row until the user looks at them.
 *
 * The open report is the path (`/ops/reports/<id>`, what notifications link to) and the list's filters are the
 * search params, so a link opens the report directly and reload, back and forward keep both.
 */
export function OpsReportsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const roles = useSession().data?.roles ?? [];
  const [params] = useSearchParams();
  const { id: openId = null } = useParams();
  const state = readQueueState(params, roles);
  const { queue, page, sort } = state;
  const visible = queuesFor(roles);
  const [search, setSearch] = useState(state.q);
  const q = useDebounced(search.trim(), 300);

  /** Moves the list to a new state: a new history entry, or (typing a search) the current one replaced. */
  const go = (next: Partial<QueueState>, replace = false) => {
    const s = queueSearch({ ...state, ...next }, roles);
    void navigate({ pathname: openId ? opsReportPath(openId) : '/ops/reports', search: s }, { replace });
  };
  // The typed search reaches the URL once it settles; a URL changed by back/forward reaches the box.
  useEffect(() => {
    if (q !== state.q) go({ q, page: 1 }, true);
  }, [q]);
  useEffect(() => {
    setSearch((cur) => (cur.trim() === state.q ? cur : state.q));
  }, [state.q]);

  const openReport = (id: string) =>
    void navigate(
      { pathname: opsReportPath(id), search: queueSearch(state, roles) },
      { state: { fromList: true } satisfies FromList },
    );
  const closeReport = () => {
    if ((location.state as FromList | null)?.fromList) void navigate(-1);
    else void navigate({ pathname: '/ops/reports', search: queueSearch(state, roles) }, { replace: true });
  };

  const list = useQuery({
    queryKey: ['ops-reports', 'list', queue, state.q, page, sort],
    queryFn: ({ signal }) =>
      api.get('/api/reports', {
        params: {
          query: { queue, q: state.q || undefined, sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const counts = useQueries({
    queries: visible.map((name) => ({
      queryKey: ['ops-reports', 'count', name],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get('/api/reports', { params: { query: { queue: name, limit: 1 } }, signal, silent: true }),
      select: (d: { total: number }) => d.total,
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
                if (visible.includes(live.arrivalQueue)) go({ queue: live.arrivalQueue, page: 1 });
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
        onChange={(k) => go({ queue: k as ReportQueue, page: 1 })}
        items={visible.map((name, i) => ({
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
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('rep.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 'min(360px, calc(100vw - 80px))' }}
          aria-label={t('rep.search')}
          data-testid="ops-search"
        />
        <Segmented
          value={sort}
          onChange={(v) => go({ sort: v, page: 1 })}
          options={QUEUE_SORTS.map((v) => ({ value: v, label: t(`repOps.sort.${v}`) }))}
          aria-label={t('repOps.sortLabel')}
          data-testid="ops-sort"
        />
      </Space>
      <Table<ReportSummaryDto>
        data-testid="ops-reports-table"
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(r) => ({
          onClick: () => {
            openReport(r.id);
            live.opened(r.id);
          },
          'data-id': r.id,
          style: { cursor: 'pointer', ...(highlighted.has(r.id) && { background: '#e6f4ff' }) },
          'data-new': highlighted.has(r.id) ? '1' : undefined,
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: (p) => go({ page: p }),
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
      <ReportDrawer id={openId} onClose={closeReport} onChanged={refresh} />
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
