import { useMemo, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { AutoComplete, Button, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '@vioc/contracts';
import { api, downloadUrl, type ApiQuery } from '../../../shared/api';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../../shared/format';
import { useDebounced } from '../../../shared/hooks';
import { AuditDetails } from './AuditDetails';
import { VerifyButton } from './VerifyButton';
import { actionOptions } from './auditActions';
import { useAuditColumns } from './auditColumns';

type Outcome = AuditEntryDto['outcome'];
const OUTCOMES: Outcome[] = ['ok', 'denied', 'failed'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 100;

interface Filters {
  q: string;
  action: string;
  targetType: string;
  actorId: string;
  outcome?: Outcome;
  range: [Dayjs | null, Dayjs | null] | null;
}

const EMPTY: Filters = { q: '', action: '', targetType: '', actorId: '', range: null };

/** GET /api/audit with filters, newest first, paged backwards by `beforeSeq`. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const typed = useDebounced(
    { q: filters.q, action: filters.action, targetType: filters.targetType, actorId: filters.actorId },
    350,
  );

  const query = useMemo<ApiQuery<'/api/audit'>>(() => {
    const [from, to] = filters.range ?? [null, null];
    return {
      q: typed.q.trim() || undefined,
      action: typed.action.trim() || undefined,
      targetType: typed.targetType.trim() || undefined,
      actorId: UUID.test(typed.actorId.trim()) ? typed.actorId.trim() : undefined,
      outcome: filters.outcome,
      from: from?.format(API_DATE_FORMAT),
      to: to?.format(API_DATE_FORMAT),
    };
  }, [typed, filters.outcome, filters.range]);

  const audit = useInfiniteQuery({
    queryKey: ['audit', query],
    queryFn: async ({ pageParam, signal }) => {
      const answer = await api.get('/api/audit', {
        params: { query: { ...query, limit: PAGE_SIZE, beforeSeq: pageParam ?? undefined } },
        signal,
      });
      // the route answers CSV text only when asked for format=csv (the export link)
      if (typeof answer === 'string') throw new Error('/api/audit answered CSV to a JSON request');
      return answer;
    },
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeSeq ?? null,
  });
  const rows = useMemo(() => audit.data?.pages.flatMap((p) => p.items) ?? [], [audit.data]);

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const columns = useAuditColumns();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: '1 1 240px' }}>
          {t('audit.title')}
        </Typography.Title>
        <Button
          icon={<DownloadOutlined />}
          href={downloadUrl('/api/audit', { ...query, format: 'csv' })}
          data-testid="audit-export"
        >
          {t('audit.exportCsv')}
        </Button>
        <VerifyButton />
      </div>
      <Space wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('audit.search')}
          value={filters.q}
          onChange={(e) => set({ q: e.target.value })}
          style={{ width: 260 }}
          data-testid="audit-search"
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={filters.range}
          onChange={(range) => set({ range })}
          allowEmpty={[true, true]}
          aria-label={t('audit.dateRange')}
        />
        <Select<Outcome>
          allowClear
          placeholder={t('audit.outcome')}
          value={filters.outcome}
          onChange={(outcome) => set({ outcome })}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
          style={{ minWidth: 150 }}
        />
        <AutoComplete
          allowClear
          placeholder={t('audit.action')}
          value={filters.action}
          options={actionOptions(lang)}
          filterOption={(input, o) => (o?.label ?? '').toLowerCase().includes(input.toLowerCase())}
          onChange={(action: string | undefined) => set({ action: action ?? '' })}
          style={{ width: 240 }}
          popupMatchSelectWidth={320}
        />
        <Input
          allowClear
          placeholder={t('audit.targetType')}
          value={filters.targetType}
          onChange={(e) => set({ targetType: e.target.value })}
          style={{ width: 160 }}
        />
        <Input
          allowClear
          placeholder={t('audit.actorId')}
          value={filters.actorId}
          status={filters.actorId && !UUID.test(filters.actorId.trim()) ? 'warning' : undefined}
          onChange={(e) => set({ actorId: e.target.value })}
          style={{ width: 300 }}
        />
        <Button onClick={() => setFilters(EMPTY)}>{t('common.reset')}</Button>
      </Space>
      <div data-testid="audit-table">
        <Table<AuditEntryDto>
          rowKey="seq"
          size="middle"
          loading={audit.isFetching && !audit.isFetchingNextPage}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: (entry) => <AuditDetails entry={entry} /> }}
          footer={() => (
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
              <Typography.Text type="secondary">{t('audit.shown', { count: rows.length })}</Typography.Text>
              {audit.hasNextPage && (
                <Button
                  onClick={() => void audit.fetchNextPage()}
                  loading={audit.isFetchingNextPage}
                  data-testid="audit-load-more"
                >
                  {t('audit.loadMore')}
                </Button>
              )}
            </div>
          )}
        />
      </div>
    </Space>
  );
}
