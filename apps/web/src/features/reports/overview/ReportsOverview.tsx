/**
 * The reports module's cards on the overview page (Tổng quan): each role lands on its own work until the
 * operations/dashboard modules bring the real overview — the IOC operator on new reports to verify, an officer
 * on its unit's assigned and overdue ones, a unit leader on answers awaiting approval and overdue ones, a
 * leader on the province's counts by status and overdue by unit. Everything comes from the staff queue list
 * (`/api/reports?queue=…`) and the statistics (`/api/reports/stats`), within the caller's scope.
 */
import { Link } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPORT_STATUSES, type ReportQueue, type ReportStatus, type Role } from '@vioc/contracts';
import { useSession } from '../../../app/session';
import { api } from '../../../shared/api';
import { formatDateTimeShort } from '../../../shared/format';
import { StatusTag } from '../StatusTag';
import { opsReportPath, queueSearch } from '../ops/queues';

const LIST_SIZE = 8;
const UNITS_SHOWN = 10;

/** Who gets which cards, in this order when a person holds several roles. */
const SECTIONS: { role: Role; counts: ReportQueue[]; lists: ReportQueue[] }[] = [
  { role: 'operator', counts: ['to_verify', 'new', 'overdue'], lists: ['to_verify'] },
  { role: 'unit_leader', counts: ['awaiting_approval', 'overdue', 'my_unit'], lists: ['awaiting_approval', 'overdue'] },
  { role: 'officer', counts: ['my_unit', 'assigned_to_me', 'overdue'], lists: ['my_unit', 'overdue'] },
];

export const REPORTS_OVERVIEW_ROLES: readonly Role[] = ['operator', 'unit_leader', 'officer', 'leader'];

function useQueue(queue: ReportQueue, limit: number) {
  return useQuery({
    queryKey: ['ops-reports', 'overview', queue, limit],
    queryFn: ({ signal }) =>
      api.get('/api/reports', { params: { query: { queue, sort: 'due', limit } }, signal, silent: true }),
    staleTime: 10_000,
  });
}

/** The queue page showing `queue` for these roles (the default queue needs no parameter). */
function queueLink(queue: ReportQueue, roles: readonly Role[]): string {
  return `/ops/reports${queueSearch({ queue, q: '', page: 1, sort: 'due' }, roles)}`;
}

export function ReportsOverview() {
  const session = useSession().data;
  const roles = session?.roles ?? [];
  const sections = SECTIONS.filter((s) => roles.includes(s.role));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="reports-overview">
      {sections.map((s) => (
        <RoleSection key={s.role} section={s} roles={roles} />
      ))}
      {roles.includes('leader') && <LeaderSection />}
    </Space>
  );
}

function RoleSection({ section, roles }: { section: (typeof SECTIONS)[number]; roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid={`overview-${section.role}`}>
      <Typography.Title level={4}>{t(`repOverview.section.${section.role as 'operator'}`)}</Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {section.counts.map((q) => (
          <Col key={q} xs={24} sm={8}>
            <QueueCount queue={q} roles={roles} />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        {section.lists.map((q) => (
          <Col key={q} xs={24} lg={section.lists.length > 1 ? 12 : 24}>
            <QueueList queue={q} roles={roles} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

function QueueCount({ queue, roles }: { queue: ReportQueue; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const data = useQueue(queue, 1);
  const n = data.data?.total;
  return (
    <Link to={queueLink(queue, roles)} data-testid={`overview-count-${queue}`} data-count={n ?? ''}>
      <Card size="small" hoverable>
        <Statistic
          title={t(`repOps.queue.${queue}`)}
          value={n ?? '—'}
          loading={data.isPending}
          styles={{ content: queue === 'overdue' && n ? { color: '#cf1322' } : undefined }}
        />
      </Card>
    </Link>
  );
}

function QueueList({ queue, roles }: { queue: ReportQueue; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const data = useQueue(queue, LIST_SIZE);
  const link = queueLink(queue, roles);
  return (
    <Card
      size="small"
      title={t(`repOps.queue.${queue}`)}
      extra={
        <Link to={link} data-testid={`overview-open-${queue}`}>
          {t('repOverview.openQueue')}
        </Link>
      }
      data-testid={`overview-list-${queue}`}
    >
      <List
        size="small"
        loading={data.isPending}
        dataSource={data.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('repOverview.nothing')} /> }}
        renderItem={(r) => (
          <List.Item key={r.id} data-testid="overview-item" data-id={r.id}>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Link to={opsReportPath(r.id, link.slice('/ops/reports'.length))}>
                <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                  {r.code} — {r.title}
                </Typography.Text>
              </Link>
              <div>
                <Space wrap size={4}>
                  <StatusTag status={r.status} />
                  <Typography.Text type="secondary">{r.areaUnitName}</Typography.Text>
                  {r.dueAt && (
                    <Typography.Text type={r.overdue ? 'danger' : 'secondary'}>
                      {t('repOps.dueAt')}: {formatDateTimeShort(r.dueAt)}
                      {r.overdue ? ` (${t('repOps.overdue')})` : ''}
                    </Typography.Text>
                  )}
                </Space>
              </div>
            </div>
          </List.Item>
        )}
      />
      {(data.data?.total ?? 0) > LIST_SIZE && (
        <Typography.Text type="secondary">
          {t('repOverview.more', { count: (data.data?.total ?? 0) - LIST_SIZE })}
        </Typography.Text>
      )}
    </Card>
  );
}

/** A leader: counts by status in their scope (the province) and the units with overdue reports. */
function LeaderSection() {
  const { t } = useTranslation();
  const counts = useQueries({
    queries: REPORT_STATUSES.map((status) => ({
      queryKey: ['ops-reports', 'overview', 'status', status],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get('/api/reports', { params: { query: { status, limit: 1 } }, signal, silent: true }),
      select: (d: { total: number }) => d.total,
      staleTime: 10_000,
    })),
  });
  const overdue = useQueue('overdue', 1);
  const stats = useQuery({
    queryKey: ['report-stats', 'unit', 'overview'],
    queryFn: ({ signal }) =>
      api.get('/api/reports/stats', { params: { query: { groupBy: 'unit' } }, signal, silent: true }),
    staleTime: 60_000,
  });
  const withOverdue = (stats.data?.rows ?? [])
    .filter((r) => r.overdueNow > 0)
    .sort((a, b) => b.overdueNow - a.overdueNow);
  // The units most behind; the statistics page has them all.
  const byUnit = withOverdue.slice(0, UNITS_SHOWN);
  return (
    <div data-testid="overview-leader">
      <Typography.Title level={4}>{t('repOverview.section.leader')}</Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {REPORT_STATUSES.map((s: ReportStatus, i) => (
          <Col key={s} xs={12} sm={8} md={6} xl={4}>
            <Link
              to={`/ops/reports${queueSearch({ queue: 'all', q: '', page: 1, sort: 'due' }, ['leader'])}`}
              data-testid={`overview-status-${s}`}
              data-count={counts[i]?.data ?? ''}
            >
              <Card size="small" hoverable>
                <Statistic
                  title={<StatusTag status={s} />}
                  value={counts[i]?.data ?? '—'}
                  loading={counts[i]?.isPending}
                />
              </Card>
            </Link>
          </Col>
        ))}
        <Col xs={12} sm={8} md={6} xl={4}>
          <Link
            to={queueLink('overdue', ['leader'])}
            data-testid="overview-count-overdue"
            data-count={overdue.data?.total ?? ''}
          >
            <Card size="small" hoverable>
              <Statistic
                title={t('repOps.queue.overdue')}
                value={overdue.data?.total ?? '—'}
                loading={overdue.isPending}
                styles={{ content: overdue.data?.total ? { color: '#cf1322' } : undefined }}
              />
            </Card>
          </Link>
        </Col>
      </Row>
      <Card size="small" title={t('repOverview.overdueByUnit')} data-testid="overview-overdue-by-unit">
        <Table
          size="small"
          rowKey={(r) => r.key ?? r.label}
          loading={stats.isPending}
          dataSource={byUnit}
          pagination={false}
          locale={{ emptyText: t('repOverview.noOverdue') }}
          onRow={(r) => ({ 'data-testid': 'overview-unit-row', 'data-count': r.overdueNow }) as never}
          columns={[
            { key: 'unit', title: t('repOverview.unit'), dataIndex: 'label' },
            { key: 'overdue', title: t('repOps.queue.overdue'), dataIndex: 'overdueNow', width: 120, align: 'right' },
            { key: 'unhandled', title: t('repOverview.open'), dataIndex: 'unhandled', width: 140, align: 'right' },
          ]}
        />
        {withOverdue.length > UNITS_SHOWN && (
          <Link to="/ops/reports/stats" data-testid="overview-all-units">
            {t('repOverview.allUnits', { count: withOverdue.length })}
          </Link>
        )}
      </Card>
    </div>
  );
}
