import { useState } from 'react';
import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { asSession, useApplySession, useSession } from '../../app/session';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** POST /api/auth/password {currentPassword, newPassword}. */
export function ChangePasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const applySession = useApplySession();
  const session = useSession();
  const [busy, setBusy] = useState(false);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    try {
      const answer = await api.post('/api/auth/password', { body: { currentPassword, newPassword } });
      const next = asSession(answer);
      if (next) applySession(next);
      else void session.refetch(); // the server may have rotated the session and its CSRF token
      form.resetFields();
      void message.success(t('account.passwordChanged'));
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('account.changePassword')}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="account-current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="account-new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('errors.required') },
            ({ getFieldValue }) => ({
              validator: async (_r, value: unknown) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('errors.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="account-confirm-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="account-password-submit">
          {t('account.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}
