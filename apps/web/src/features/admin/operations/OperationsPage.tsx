import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Space, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DeadEventsTab, useDeadEvents } from './DeadEventsTab';
import { DeliveriesTab } from './DeliveriesTab';
import { JobsTab, useQueues } from './JobsTab';

const TABS = ['jobs', 'events', 'deliveries'] as const;
type Tab = (typeof TABS)[number];

function TabLabel({ text, count, testId }: { text: string; count?: number; testId: string }) {
  return (
    <Space size={6} data-testid={testId}>
      {text}
      {!!count && <Badge count={count} overflowCount={999} />}
    </Space>
  );
}

/** Background work of the platform: job queues, dead-lettered events, notification deliveries. */
export function OperationsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = TABS.includes(raw as Tab) ? (raw as Tab) : 'jobs';
  const failedJobs = (useQueues().data ?? []).reduce((n, q) => n + q.failedCount, 0);
  const deadEvents = useDeadEvents().data?.length ?? 0;
  const refreshing = qc.isFetching({ queryKey: ['ops'] }) > 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: 1 }}>
          {t('ops.title')}
        </Typography.Title>
        <Button
          icon={<ReloadOutlined />}
          loading={refreshing}
          onClick={() => void qc.invalidateQueries({ queryKey: ['ops'] })}
          data-testid="ops-refresh"
        >
          {t('common.refresh')}
        </Button>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          {
            key: 'jobs',
            label: <TabLabel text={t('ops.tabJobs')} count={failedJobs} testId="ops-tab-jobs" />,
            children: <JobsTab />,
          },
          {
            key: 'events',
            label: <TabLabel text={t('ops.tabEvents')} count={deadEvents} testId="ops-tab-events" />,
            children: <DeadEventsTab />,
          },
          {
            key: 'deliveries',
            label: <TabLabel text={t('ops.tabDeliveries')} testId="ops-tab-deliveries" />,
            children: <DeliveriesTab />,
          },
        ]}
      />
    </Space>
  );
}
