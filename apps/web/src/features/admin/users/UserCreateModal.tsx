import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TYPES, createUserBody, type CreateUserBody, type Role, type UserDto } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { roleOptions } from '../../../shared/roles';
import { UnitSelect } from '../../../shared/UnitSelect';
import { zodRule } from '../../../shared/zodRule';

interface Values {
  username: string;
  fullName: string;
  email?: string;
  phone?: string;
  password: string;
  accountType: CreateUserBody['accountType'];
  memberships?: { unitId?: string; role?: Role }[];
}

const shape = createUserBody.shape;
const orNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** POST /api/users. */
export function UserCreateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (u: UserDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    const body: CreateUserBody = {
      username: v.username.trim().toLowerCase(),
      fullName: v.fullName.trim(),
      email: orNull(v.email),
      phone: orNull(v.phone),
      password: v.password,
      accountType: v.accountType,
      memberships: (v.memberships ?? []).flatMap((m) =>
        m.unitId && m.role ? [{ unitId: m.unitId, role: m.role }] : [],
      ),
    };
    setBusy(true);
    try {
      const user = await api.post('/api/users', { body });
      void message.success(t('users.created'));
      form.resetFields();
      onCreated(user);
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, whitespace: true, message: t('errors.required') };
  return (
    <Modal
      open={open}
      title={t('users.create')}
      onCancel={onClose}
      forceRender
      width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={busy} onClick={() => form.submit()} data-testid="user-form-submit">
          {t('common.create')}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ accountType: 'staff', memberships: [] }}
        onFinish={submit}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHint')}
          normalize={(v: string) => v.toLowerCase()}
          rules={[required, zodRule(shape.username, t('users.usernameHint'))]}
        >
          <Input autoComplete="off" data-testid="user-form-username" />
        </Form.Item>
        <Form.Item name="fullName" label={t('users.fullName')} rules={[required, { max: 200 }]}>
          <Input data-testid="user-form-fullname" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item
            name="email"
            label={t('users.email')}
            style={{ flex: 1, minWidth: 200 }}
            rules={[zodRule(shape.email, t('errors.invalidEmail'))]}
          >
            <Input type="email" data-testid="user-form-email" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('users.phone')}
            style={{ flex: 1, minWidth: 200 }}
            rules={[zodRule(shape.phone, t('errors.invalidPhone'))]}
          >
            <Input type="tel" data-testid="user-form-phone" />
          </Form.Item>
        </div>
        <Form.Item
          name="password"
          label={t('users.password')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-form-password" />
        </Form.Item>
        <Form.Item name="accountType" label={t('users.accountType')}>
          <Select options={ACCOUNT_TYPES.map((a) => ({ value: a, label: t(`accountTypes.${a}`) }))} />
        </Form.Item>
        <Typography.Text strong>{t('users.memberships')}</Typography.Text>
        <Form.List name="memberships">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    rules={[{ required: true, message: t('errors.required') }]}
                    style={{ flex: 2, minWidth: 220 }}
                  >
                    <UnitSelect
                      placeholder={t('users.unit')}
                      style={{ width: '100%' }}
                      data-testid="user-form-membership-unit"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: t('errors.required') }]}
                    style={{ flex: 1, minWidth: 160 }}
                  >
                    <Select
                      placeholder={t('users.role')}
                      options={roleOptions(lang)}
                      data-testid="user-form-membership-role"
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                </div>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({})}
                data-testid="user-form-add-membership"
              >
                {t('users.addMembership')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
