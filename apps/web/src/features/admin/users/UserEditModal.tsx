import { useEffect, useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { updateUserBody, type UpdateUserBody, type UserDto } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { zodRule } from '../../../shared/zodRule';
import { MembershipsTab } from './MembershipsTab';
import { StatusTag } from './userTags';

interface InfoValues {
  fullName: string;
  email?: string;
  phone?: string;
  status: 'active' | 'disabled';
  disabledReason?: string;
}

const shape = updateUserBody.shape;
const orNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** Edit a user: details (PATCH), units – roles, admin password reset. */
export function UserEditModal({
  user,
  onClose,
  onChanged,
}: {
  user: UserDto | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={!!user}
      title={user ? `${t('users.edit')}: ${user.username ?? user.fullName}` : ''}
      onCancel={onClose}
      footer={null}
      width={720}
      destroyOnHidden
    >
      {user && (
        <>
          <div style={{ marginBottom: 8 }}>
            <StatusTag user={user} />
          </div>
          <Tabs
            items={[
              { key: 'info', label: t('users.tabInfo'), children: <InfoTab user={user} onSaved={onChanged} /> },
              {
                key: 'memberships',
                label: t('users.tabMemberships'),
                children: <MembershipsTab user={user} onChanged={onChanged} />,
              },
              { key: 'password', label: t('users.tabPassword'), children: <PasswordTab user={user} /> },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

function InfoTab({ user, onSaved }: { user: UserDto; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InfoValues>();
  const [busy, setBusy] = useState(false);
  const status = Form.useWatch('status', form);

  useEffect(() => {
    form.setFieldsValue({
      fullName: user.fullName,
      email: user.email ?? undefined,
      phone: user.phone ?? undefined,
      status: user.status === 'disabled' ? 'disabled' : 'active',
      disabledReason: user.disabledReason ?? undefined,
    });
  }, [user, form]);

  const submit = async (v: InfoValues) => {
    const body: UpdateUserBody = {
      fullName: v.fullName.trim(),
      email: orNull(v.email),
      phone: orNull(v.phone),
    };
    // pending accounts stay pending unless the admin changes the status explicitly
    if (user.status !== 'pending' || v.status === 'disabled') body.status = v.status;
    if (v.status === 'disabled') body.disabledReason = orNull(v.disabledReason);
    setBusy(true);
    try {
      await api.patch('/api/users/{id}', { params: { path: { id: user.id } }, body });
      void message.success(t('users.updated'));
      onSaved();
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
      <Form.Item
        name="fullName"
        label={t('users.fullName')}
        rules={[{ required: true, whitespace: true, message: t('errors.required') }]}
      >
        <Input data-testid="user-edit-fullname" />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={[zodRule(shape.email, t('errors.invalidEmail'))]}>
        <Input type="email" />
      </Form.Item>
      <Form.Item name="phone" label={t('users.phone')} rules={[zodRule(shape.phone, t('errors.invalidPhone'))]}>
        <Input type="tel" />
      </Form.Item>
      <Form.Item name="status" label={t('users.status')}>
        <Select
          options={[
            { value: 'active', label: t('users.statuses.active') },
            { value: 'disabled', label: t('users.statuses.disabled') },
          ]}
        />
      </Form.Item>
      {status === 'disabled' && (
        <Form.Item name="disabledReason" label={t('users.disabledReason')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="user-edit-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}

function PasswordTab({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    try {
      await api.post('/api/users/{id}/password', { params: { path: { id: user.id } }, body: { password } });
      void message.success(t('users.passwordReset'));
      form.resetFields();
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="password"
        label={t('users.newPassword')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input.Password autoComplete="new-password" data-testid="user-reset-password" />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={busy} data-testid="user-reset-password-submit">
        {t('users.resetPassword')}
      </Button>
    </Form>
  );
}
