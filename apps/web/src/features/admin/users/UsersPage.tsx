import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  EditOutlined,
  SearchOutlined,
  StopOutlined,
  UnlockOutlined,
  CheckCircleOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { USER_STATUSES, type Role, type UpdateUserBody, type UserDto } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { roleLabel, roleOptions } from '../../../shared/roles';
import { UnitSelect } from '../../../shared/UnitSelect';
import { useDebounced } from '../../../shared/hooks';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { isLocked, StatusTag } from './userTags';

type Status = (typeof USER_STATUSES)[number];
interface Filters {
  unitId?: string;
  role?: Role;
  status?: Status;
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [filters, setFilters] = useState<Filters>({});
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 350);
  useEffect(() => setPage((p) => ({ ...p, current: 1 })), [q]);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserDto | null>(null);

  const users = useQuery({
    queryKey: ['users', filters, q, page],
    queryFn: ({ signal }) =>
      api.get('/api/users', {
        params: {
          query: {
            q: q || undefined,
            unitId: filters.unitId,
            role: filters.role,
            status: filters.status,
            limit: page.pageSize,
            offset: (page.current - 1) * page.pageSize,
          },
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

  const setFilter = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, current: 1 }));
  };

  const refresh = () => qc.invalidateQueries({ queryKey: ['users'] });

  const update = async (user: UserDto, body: UpdateUserBody) => {
    try {
      await api.patch('/api/users/{id}', { params: { path: { id: user.id } }, body });
      void message.success(t('users.updated'));
      void refresh();
    } catch {
      // shown by the API client
    }
  };

  const columns: TableColumnsType<UserDto> = [
    {
      key: 'username',
      title: t('users.username'),
      width: 140,
      dataIndex: 'username',
      render: (v: string | null) => <b>{v ?? '—'}</b>,
    },
    { key: 'fullName', title: t('users.fullName'), dataIndex: 'fullName' },
    {
      key: 'contact',
      title: t('users.contact'),
      width: 210,
      render: (_, u) => (
        <Space orientation="vertical" size={0} className="wrap-anywhere">
          {u.email && <span>{u.email}</span>}
          {u.phone && <Typography.Text type="secondary">{u.phone}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'type', title: t('users.accountType'), render: (_, u) => t(`accountTypes.${u.accountType}`) },
    { key: 'status', title: t('users.status'), width: 150, render: (_, u) => <StatusTag user={u} /> },
    {
      key: 'memberships',
      title: t('users.memberships'),
      width: 300,
      // Tags do not wrap their text: a long unit name ran over the next columns. Each tag keeps to
      // the cell's width (ellipsis, full text on hover) and the tags wrap as a list.
      render: (_, u) => (
        <div className="tag-list">
          {u.memberships.map((m) => {
            const label = `${roleLabel(m.role, lang)} · ${m.unitName}`;
            return (
              <Tag key={m.id} color="blue" title={label}>
                {label}
              </Tag>
            );
          })}
        </div>
      ),
    },
    {
      key: 'lastLogin',
      title: t('users.lastLogin'),
      width: 170,
      render: (_, u) => formatDateTime(u.lastLoginAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, u) => (
        <Space size={4}>
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditing(u)}
              data-testid="user-edit"
              aria-label={t('common.edit')}
            />
          </Tooltip>
          {u.status === 'disabled' ? (
            <Tooltip title={t('users.enable')}>
              <Button
                size="small"
                icon={<CheckCircleOutlined />}
                onClick={() => void update(u, { status: 'active' })}
                aria-label={t('users.enable')}
                data-testid="user-enable"
              />
            </Tooltip>
          ) : (
            <Popconfirm
              title={t('users.disableConfirm')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() => update(u, { status: 'disabled' })}
            >
              <Tooltip title={t('users.disable')}>
                <Button
                  size="small"
                  danger
                  icon={<StopOutlined />}
                  aria-label={t('users.disable')}
                  data-testid="user-disable"
                />
              </Tooltip>
            </Popconfirm>
          )}
          {isLocked(u) && (
            <Tooltip title={t('users.unlock')}>
              <Button
                size="small"
                icon={<UnlockOutlined />}
                onClick={() => void update(u, { unlock: true })}
                aria-label={t('users.unlock')}
                data-testid="user-unlock"
              />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: 1 }}>
          {t('users.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="user-create-button"
        >
          {t('users.create')}
        </Button>
      </div>
      <Space wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('users.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 320, maxWidth: '100%' }}
          data-testid="user-search"
        />
        <UnitSelect
          placeholder={t('users.filterUnit')}
          value={filters.unitId}
          onChange={(unitId) => setFilter({ unitId })}
        />
        <Select<Role>
          allowClear
          placeholder={t('users.filterRole')}
          value={filters.role}
          onChange={(role) => setFilter({ role })}
          options={roleOptions(lang, [])}
          style={{ minWidth: 180 }}
        />
        <Select<Status>
          allowClear
          placeholder={t('users.filterStatus')}
          value={filters.status}
          onChange={(status) => setFilter({ status })}
          options={USER_STATUSES.map((s) => ({ value: s, label: t(`users.statuses.${s}`) }))}
          style={{ minWidth: 160 }}
        />
      </Space>
      <Table<UserDto>
        data-testid="users-table"
        rowKey="id"
        size="middle"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        columns={columns}
        scroll={{ x: 1350 }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('users.total', { total }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
      />
      <UserCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void refresh();
        }}
      />
      <UserEditModal
        user={editing ? (users.data?.items.find((u) => u.id === editing.id) ?? editing) : null}
        onClose={() => setEditing(null)}
        onChanged={() => void refresh()}
      />
    </Space>
  );
}
