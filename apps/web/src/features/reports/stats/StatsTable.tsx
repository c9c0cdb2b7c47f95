import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsRow } from './statsApi';
import type { LabelledRow } from './statsCharts';
import { formatCount, formatDecimal, formatRate, type Lang } from './statsFormat';

type Column = Exclude<keyof StatsRow, 'key' | 'label' | 'meanHandlingHours'>;
const COLUMNS: { key: Column; format: 'int' | 'pct' | 'dec' }[] = [
  { key: 'received', format: 'int' },
  { key: 'rejected', format: 'int' },
  { key: 'handled', format: 'int' },
  { key: 'unhandled', format: 'int' },
  { key: 'overdueNow', format: 'int' },
  { key: 'everOverdue', format: 'int' },
  { key: 'onTime', format: 'int' },
  { key: 'onTimeRate', format: 'pct' },
  { key: 'meanHandlingWorkingDays', format: 'dec' },
  { key: 'rated', format: 'int' },
  { key: 'meanStars', format: 'dec' },
  { key: 'satisfiedRate', format: 'pct' },
];

interface Line extends LabelledRow {
  id: string;
}

/** Every figure per group, sortable, with the scope's total as the summary line (as in the exports). */
export function StatsTable({
  rows,
  total,
  loading,
}: {
  rows: LabelledRow[];
  total: StatsRow | undefined;
  loading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const show = (v: number | null, format: 'int' | 'pct' | 'dec') =>
    format === 'int' ? formatCount(v, lang) : format === 'pct' ? formatRate(v, lang) : formatDecimal(v, lang);

  const columns: TableColumnsType<Line> = [
    {
      key: 'label',
      title: t('repStats.col.label'),
      fixed: 'left',
      width: 220,
      render: (_, l) => l.label,
      sorter: (a, b) => a.label.localeCompare(b.label, 'vi'),
    },
    ...COLUMNS.map((c) => ({
      key: c.key,
      title: t(`repStats.col.${c.key}`),
      align: 'right' as const,
      width: 110,
      render: (_: unknown, l: Line) => show(l.row[c.key], c.format),
      sorter: (a: Line, b: Line) => (a.row[c.key] ?? -1) - (b.row[c.key] ?? -1),
    })),
  ];
  const data: Line[] = rows.map((r, i) => ({ ...r, id: `${r.row.key ?? 'null'}:${i}` }));

  return (
    <Table<Line>
      data-testid="stats-table"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data}
      columns={columns}
      scroll={{ x: 220 + COLUMNS.length * 110 }}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('repStats.empty') }}
      summary={() =>
        total && rows.length > 0 ? (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid="stats-total">
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('repStats.total')}</Typography.Text>
              </Table.Summary.Cell>
              {COLUMNS.map((c, i) => (
                <Table.Summary.Cell key={c.key} index={i + 1} align="right">
                  <Typography.Text strong>{show(total[c.key], c.format)}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
