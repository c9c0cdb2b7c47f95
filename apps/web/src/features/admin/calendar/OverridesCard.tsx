import { App, Button, Card, DatePicker, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, formatDateTime } from '../../../shared/format';
import { MAX_DATE, MIN_DATE, deleteOverride, holidayLabel, type OverrideDto } from './calendarApi';

interface Props {
  year: number;
  onYearChange: (year: number) => void;
  overrides: OverrideDto[];
  loading: boolean;
  onAdd: () => void;
  onEdit: (o: OverrideDto) => void;
  onChanged: () => void;
}

/** The year's overrides (GET /api/calendar/overrides?year=), with edit and delete. */
export function OverridesCard({ year, onYearChange, overrides, loading, onAdd, onEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const remove = async (o: OverrideDto) => {
    try {
      await deleteOverride(o.date);
      void message.success(t('calendar.deleted'));
      onChanged();
    } catch {
      // shown by the API client
    }
  };

  const columns: TableColumnsType<OverrideDto> = [
    {
      key: 'date',
      title: t('calendar.date'),
      width: 170,
      render: (_, o) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <b>{dayjs(o.date).format(DATE_FORMAT)}</b>{' '}
          <Typography.Text type="secondary">{dayjs(o.date).format('dd')}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'kind',
      title: t('calendar.kind'),
      width: 150,
      render: (_, o) =>
        o.kind === 'off' ? (
          <Tag color="red">{t('calendar.kindOff')}</Tag>
        ) : (
          <Tag color="green">{t('calendar.kindWork')}</Tag>
        ),
    },
    { key: 'holiday', title: t('calendar.holiday'), width: 200, render: (_, o) => holidayLabel(t, o.holiday) },
    { key: 'reason', title: t('calendar.reason'), dataIndex: 'reason' },
    {
      key: 'updatedAt',
      title: t('calendar.updatedAt'),
      width: 170,
      render: (_, o) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(o.updatedAt)}</span>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      fixed: 'right',
      render: (_, o) => (
        <Space size={4}>
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={t('common.edit')}
              onClick={() => onEdit(o)}
              data-testid="override-edit"
            />
          </Tooltip>
          <Popconfirm
            title={t('calendar.deleteConfirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => remove(o)}
          >
            <Tooltip title={t('common.delete')}>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                data-testid="override-delete"
              />
            </Tooltip>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('calendar.overrides', { year })}
      extra={
        <Space wrap>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            minDate={MIN_DATE}
            maxDate={MAX_DATE}
            onChange={(d: Dayjs | null) => d && onYearChange(d.year())}
            aria-label={t('calendar.year')}
            style={{ width: 100 }}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} data-testid="override-add">
            {t('calendar.addOverride')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('calendar.overridesHint')}</Typography.Paragraph>
      <Table<OverrideDto>
        data-testid="override-table"
        rowKey="date"
        size="small"
        loading={loading}
        dataSource={overrides}
        columns={columns}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('calendar.noOverrides') }}
      />
    </Card>
  );
}
