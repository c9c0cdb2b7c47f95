import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, itemsOf, type ApiData } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { roleLabel } from '../../../shared/roles';
import { ApiKeyCreateModal } from './ApiKeyCreateModal';

export type ApiKeyDto = ApiData<'/api/api-keys'>[number];

function keyState(k: ApiKeyDto): 'active' | 'revoked' | 'expired' {
  if (k.revokedAt) return 'revoked';
  if (k.expiresAt && new Date(k.expiresAt).getTime() <= Date.now()) return 'expired';
  return 'active';
}

const STATE_COLORS = { active: 'green', revoked: 'default', expired: 'orange' } as const;

/** GET /api/api-keys, POST /api/api-keys (token shown once), POST /api/api-keys/:id/revoke. */
export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [token, setToken] = useState<string | null>(null);

  const keys = useQuery({
    queryKey: ['api-keys'],
    queryFn: ({ signal }) => api.get('/api/api-keys', { signal }),
  });

  const revoke = async (k: ApiKeyDto) => {
    try {
      await api.post('/api/api-keys/{id}/revoke', { params: { path: { id: k.id } } });
      void message.success(t('apiKeys.revokedMsg'));
      void keys.refetch();
    } catch {
      // shown by the API client
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: 1 }}>
          {t('apiKeys.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="api-key-create-button"
        >
          {t('apiKeys.create')}
        </Button>
      </div>
      <Table<ApiKeyDto>
        data-testid="api-keys-table"
        rowKey="id"
        loading={keys.isFetching}
        dataSource={itemsOf(keys.data)}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { key: 'name', title: t('apiKeys.name'), dataIndex: 'name', render: (v: string) => <b>{v}</b> },
          {
            key: 'prefix',
            title: t('apiKeys.prefix'),
            dataIndex: 'prefix',
            render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
          },
          {
            key: 'unit',
            title: t('apiKeys.unit'),
            // the API answers the unit's id only (the web once declared a unitName the server never sent)
            render: (_, k) => <Typography.Text code>{k.unitId}</Typography.Text>,
          },
          {
            key: 'roles',
            title: t('apiKeys.roles'),
            render: (_, k) => k.roles.map((r) => <Tag key={r}>{roleLabel(r, lang)}</Tag>),
          },
          { key: 'createdAt', title: t('apiKeys.createdAt'), render: (_, k) => formatDateTime(k.createdAt) },
          {
            key: 'lastUsedAt',
            title: t('apiKeys.lastUsedAt'),
            render: (_, k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('apiKeys.never')),
          },
          {
            key: 'expiresAt',
            title: t('apiKeys.expiresAt'),
            render: (_, k) => (k.expiresAt ? formatDateTime(k.expiresAt) : t('apiKeys.noExpiry')),
          },
          {
            key: 'status',
            title: t('apiKeys.status'),
            render: (_, k) => {
              const state = keyState(k);
              return <Tag color={STATE_COLORS[state]}>{t(`apiKeys.${state}`)}</Tag>;
            },
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, k) =>
              keyState(k) === 'revoked' ? null : (
                <Popconfirm
                  title={t('apiKeys.revokeConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => revoke(k)}
                >
                  <Button size="small" danger data-testid="api-key-revoke">
                    {t('apiKeys.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <ApiKeyCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(newToken) => {
          setCreating(false);
          setToken(newToken);
          void keys.refetch();
        }}
      />
      <Modal
        open={token !== null}
        title={t('apiKeys.tokenTitle')}
        onCancel={() => setToken(null)}
        footer={
          <Button type="primary" onClick={() => setToken(null)}>
            {t('common.close')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('apiKeys.tokenWarning')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable code data-testid="api-key-token" style={{ wordBreak: 'break-all' }}>
          {token}
        </Typography.Paragraph>
      </Modal>
    </Space>
  );
}
