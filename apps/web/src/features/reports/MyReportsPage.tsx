import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, itemsOf } from '../../shared/api';
import { formatDate } from '../../shared/format';
import { useRealtime } from '../../shared/realtime';
import { PublicStatusTag } from './StatusTag';

/** "Phản ánh của tôi": the signed-in citizen's reports. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useQuery({
    queryKey: ['me', 'reports'],
    queryFn: ({ signal }) => api.get('/api/me/reports', { params: { query: { limit: 100 } }, signal }),
    select: (d) => itemsOf(d),
  });
  useRealtime(['reports'], () => void mine.refetch());
  return (
    <Card title={t('rep.navMine')} style={{ maxWidth: 900, margin: '0 auto' }}>
      <List
        data-testid="my-reports"
        loading={mine.isPending}
        dataSource={mine.data ?? []}
        locale={{ emptyText: t('rep.noReports') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
        renderItem={(r) => (
          <List.Item key={r.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/public/reports/${r.id}`)}>
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <PublicStatusTag status={r.reporterStatus} />
                  <span>{r.title}</span>
                </Space>
              }
              description={`${r.code} · ${r.categoryName} · ${r.areaUnitName} · ${formatDate(r.createdAt)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
