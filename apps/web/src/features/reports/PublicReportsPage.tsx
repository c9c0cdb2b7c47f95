import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Input, List, Row, Select, Space, TreeSelect, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PUBLIC_REPORT_STATUSES, type PublicReportStatus } from '@vioc/contracts';
import { api } from '../../shared/api';
import { formatDate } from '../../shared/format';
import { useDebounced, useIsNarrow } from '../../shared/hooks';
import { useRealtime } from '../../shared/realtime';
import { categoryTree, useCategories, useWards, type MapPoint } from './reportsApi';
import { PointsMap } from './PointsMap';
import { PublicStatusTag } from './StatusTag';

const PAGE_SIZE = 20;

/** Public reports: clustered map + filterable list. */
export function PublicReportsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const narrow = useIsNarrow();
  const categories = useCategories();
  const { wards, tileUrl, pending } = useWards();
  const [status, setStatus] = useState<PublicReportStatus | undefined>();
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [wardId, setWardId] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebounced(search.trim(), 300);
  const filters = { status, categoryId, wardId };
  const tree = useMemo(() => categoryTree(categories.data ?? [], i18n.language), [categories.data, i18n.language]);
  const wardOptions = useMemo(
    () =>
      wards.features
        .map((w) => ({ value: w.properties.id, label: w.properties.fullName }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [wards],
  );

  const list = useQuery({
    queryKey: ['public-reports', filters, q, page],
    queryFn: ({ signal }) =>
      api.get('/api/public/reports', {
        params: { query: { ...filters, q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const points = useQuery({
    queryKey: ['public-reports', 'map', filters],
    queryFn: ({ signal }) => api.get('/api/public/reports/map', { params: { query: filters }, signal }),
    placeholderData: keepPreviousData,
  });
  useRealtime(['reports'], () => {
    void list.refetch();
    void points.refetch();
  });
  const reset = () => setPage(1);
  const noPoints = useMemo<MapPoint[]>(() => [], []);

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rep.publicTitle')}
        </Typography.Title>
      </Col>
      <Col xs={24} lg={14}>
        <Card styles={{ body: { padding: 0, height: narrow ? '45vh' : 'calc(100vh - 200px)', minHeight: 320 } }}>
          {!pending && (
            <PointsMap
              wards={wards}
              tileUrl={tileUrl}
              points={points.data ?? noPoints}
              onOpen={(id) => navigate(`/public/reports/${id}`)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.Search
              allowClear
              placeholder={t('rep.search')}
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                reset();
              }}
              data-testid="reports-search"
            />
            <Space wrap>
              <Select
                allowClear
                placeholder={t('rep.allStatuses')}
                value={status}
                onChange={(v) => {
                  setStatus(v);
                  reset();
                }}
                options={PUBLIC_REPORT_STATUSES.map((s) => ({ value: s, label: t(`rep.publicStatus.${s}`) }))}
                style={{ minWidth: 150 }}
                data-testid="reports-filter-status"
              />
              <TreeSelect
                allowClear
                placeholder={t('rep.allCategories')}
                value={categoryId}
                onChange={(v: string | undefined) => {
                  setCategoryId(v);
                  reset();
                }}
                treeData={tree}
                style={{ minWidth: 180 }}
                popupMatchSelectWidth={false}
                data-testid="reports-filter-category"
              />
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('rep.allWards')}
                value={wardId}
                onChange={(v) => {
                  setWardId(v);
                  reset();
                }}
                options={wardOptions}
                style={{ minWidth: 180 }}
                popupMatchSelectWidth={false}
                data-testid="reports-filter-ward"
              />
            </Space>
            <List
              data-testid="reports-list"
              loading={list.isFetching}
              dataSource={list.data?.items ?? []}
              locale={{ emptyText: t('rep.noReports') }}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: list.data?.total ?? 0,
                onChange: setPage,
                showSizeChanger: false,
                size: 'small',
                showTotal: (count) => t(list.data?.totalCapped ? 'rep.totalCapped' : 'rep.total', { count }),
              }}
              renderItem={(r) => (
                <List.Item
                  key={r.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(`/public/reports/${r.id}`)}
                  data-testid="reports-item"
                  extra={
                    r.thumbnailUrl ? (
                      <img
                        src={r.thumbnailUrl}
                        alt=""
                        width={64}
                        height={64}
                        style={{ objectFit: 'cover', borderRadius: 6 }}
                      />
                    ) : null
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space wrap size={4}>
                        <PublicStatusTag status={r.status} />
                        <span>{r.title}</span>
                      </Space>
                    }
                    description={`${r.code} · ${r.categoryName} · ${r.areaUnitName} · ${formatDate(r.createdAt)}`}
                  />
                </List.Item>
              )}
            />
          </Space>
        </Card>
      </Col>
    </Row>
  );
}
