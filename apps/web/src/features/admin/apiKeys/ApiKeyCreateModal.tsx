import { useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { createApiKeyBody, Role } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { DATE_FORMAT } from '../../../shared/format';
import { roleOptions } from '../../../shared/roles';
import { UnitSelect } from '../../../shared/UnitSelect';

type CreateApiKeyBody = ReturnType<(typeof createApiKeyBody)['parse']>;

interface Values {
  name: string;
  unitId: string;
  roles: Exclude<Role, 'admin'>[];
  expiresAt?: Dayjs | null;
}

/** POST /api/api-keys → the answer carries `token`, shown once by the caller. */
export function ApiKeyCreateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (token: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    const body: CreateApiKeyBody = {
      name: v.name.trim(),
      unitId: v.unitId,
      roles: v.roles,
      // the key stops working at the end of the chosen day
      expiresAt: v.expiresAt ? v.expiresAt.endOf('day').toISOString() : null,
    };
    setBusy(true);
    try {
      const created = await api.post('/api/api-keys', { body });
      form.resetFields();
      if (created.token) onCreated(created.token);
      else void message.warning(t('errors.unknown'));
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('apiKeys.create')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item
          name="name"
          label={t('apiKeys.name')}
          rules={[{ required: true, whitespace: true, message: t('errors.required') }, { max: 200 }]}
        >
          <Input data-testid="api-key-form-name" />
        </Form.Item>
        <Form.Item name="unitId" label={t('apiKeys.unit')} rules={[{ required: true, message: t('errors.required') }]}>
          <UnitSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="roles" label={t('apiKeys.roles')} rules={[{ required: true, message: t('errors.required') }]}>
          <Select mode="multiple" options={roleOptions(lang, ['admin'])} maxCount={8} />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('apiKeys.expiresAt')}>
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            placeholder={t('apiKeys.noExpiry')}
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
