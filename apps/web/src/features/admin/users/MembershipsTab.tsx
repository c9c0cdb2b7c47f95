import { useState } from 'react';
import { App, Button, Empty, Form, Popconfirm, Select, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MembershipDto, Role, UserDto } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { roleLabel, roleOptions } from '../../../shared/roles';
import { UnitSelect } from '../../../shared/UnitSelect';

/**
 * POST /api/users/:id/memberships {unitId, role} and DELETE …/memberships/:membershipId.
 * Kept locally so the tab stays right while the user list refetches.
 */
export function MembershipsTab({ user, onChanged }: { user: UserDto; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const [form] = Form.useForm<{ unitId: string; role: Role }>();
  const [items, setItems] = useState<MembershipDto[]>(user.memberships);
  const [busy, setBusy] = useState(false);

  const add = async (v: { unitId: string; role: Role }) => {
    setBusy(true);
    try {
      const answer = await api.post('/api/users/{id}/memberships', { params: { path: { id: user.id } }, body: v });
      if (answer && 'memberships' in answer) setItems(answer.memberships);
      else if (answer && 'role' in answer) setItems((list) => [...list, answer]);
      form.resetFields();
      void message.success(t('users.membershipAdded'));
      onChanged();
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  const remove = async (m: MembershipDto) => {
    try {
      await api.del('/api/users/{id}/memberships/{membershipId}', {
        params: { path: { id: user.id, membershipId: m.id } },
      });
      setItems((list) => list.filter((x) => x.id !== m.id));
      void message.success(t('users.membershipRemoved'));
      onChanged();
    } catch {
      // shown by the API client
    }
  };

  return (
    <>
      {items.length === 0 ? (
        <Empty description={t('users.noMemberships')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<MembershipDto>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          columns={[
            { key: 'unit', title: t('users.unit'), dataIndex: 'unitName' },
            {
              key: 'role',
              title: t('users.role'),
              render: (_, m) => <Tag color="blue">{roleLabel(m.role, lang)}</Tag>,
            },
            {
              key: 'actions',
              width: 60,
              render: (_, m) => (
                <Popconfirm
                  title={t('users.removeMembershipConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => remove(m)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
      <Form form={form} layout="inline" onFinish={add} style={{ marginTop: 16, rowGap: 8 }}>
        <Form.Item name="unitId" rules={[{ required: true, message: t('errors.required') }]}>
          <UnitSelect placeholder={t('users.unit')} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="role" rules={[{ required: true, message: t('errors.required') }]}>
          <Select placeholder={t('users.role')} options={roleOptions(lang)} style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy}>
          {t('users.addMembership')}
        </Button>
      </Form>
    </>
  );
}
