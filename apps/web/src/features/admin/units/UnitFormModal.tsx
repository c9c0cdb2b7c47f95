import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createUnitBody, UNIT_KINDS, type CreateUnitBody, type UnitDto, type UpdateUnitBody } from '@vioc/contracts';
import { api } from '../../../shared/api';
import { zodRule } from '../../../shared/zodRule';

export type UnitFormTarget = { mode: 'create'; parent: UnitDto | null } | { mode: 'edit'; unit: UnitDto };

interface Values {
  kind: UnitDto['kind'];
  adminCode?: string;
  name: string;
  nameEn?: string;
  fullName: string;
  fullNameEn?: string;
  phone?: string;
  email?: string;
  address?: string;
  active?: boolean;
}

const shape = createUnitBody.shape;
const orNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

function defaultKind(parent: UnitDto | null): UnitDto['kind'] {
  if (!parent) return 'province';
  return parent.kind === 'province' ? 'ward' : 'agency';
}

/** Create (POST /api/units) or edit (PATCH /api/units/:id) an administrative unit or agency. */
export function UnitFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: UnitFormTarget | null;
  onClose: () => void;
  onSaved: (unit: UnitDto, target: UnitFormTarget) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      const u = target.unit;
      form.setFieldsValue({
        kind: u.kind,
        adminCode: u.adminCode ?? undefined,
        name: u.name,
        nameEn: u.nameEn ?? undefined,
        fullName: u.fullName,
        fullNameEn: u.fullNameEn ?? undefined,
        phone: u.phone ?? undefined,
        email: u.email ?? undefined,
        address: u.address ?? undefined,
        active: u.active,
      });
    } else {
      form.setFieldsValue({ kind: defaultKind(target.parent), active: true });
    }
  }, [target, form]);

  const submit = async (v: Values) => {
    if (!target) return;
    const common = {
      adminCode: orNull(v.adminCode),
      name: v.name.trim(),
      nameEn: orNull(v.nameEn),
      fullName: v.fullName.trim(),
      fullNameEn: orNull(v.fullNameEn),
      phone: orNull(v.phone),
      email: orNull(v.email),
      address: orNull(v.address),
    };
    setBusy(true);
    try {
      let saved: UnitDto;
      if (target.mode === 'create') {
        const body: CreateUnitBody = { ...common, parentId: target.parent?.id ?? null, kind: v.kind };
        saved = await api.post('/api/units', { body });
        void message.success(t('units.created'));
      } else {
        const body: UpdateUnitBody = { ...common, active: v.active };
        saved = await api.patch('/api/units/{id}', { params: { path: { id: target.unit.id } }, body });
        void message.success(t('units.updated'));
      }
      onSaved(saved, target);
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  const title =
    target?.mode === 'edit'
      ? `${t('units.edit')}: ${target.unit.fullName}`
      : target?.parent
        ? `${t('units.addChild')}: ${target.parent.fullName}`
        : t('units.addRoot');

  const required = { required: true, whitespace: true, message: t('errors.required') };
  return (
    <Modal
      open={!!target}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true }]}>
          <Select
            disabled={target?.mode === 'edit'}
            options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('units.name')} rules={[required, { max: 200 }]}>
          <Input data-testid="unit-form-name" />
        </Form.Item>
        <Form.Item name="fullName" label={t('units.fullName')} rules={[required, { max: 300 }]}>
          <Input data-testid="unit-form-fullname" />
        </Form.Item>
        <Form.Item
          name="adminCode"
          label={t('units.adminCode')}
          rules={[zodRule(shape.adminCode, t('errors.invalid'))]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('units.nameEn')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="fullNameEn" label={t('units.fullNameEn')} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('units.phone')} rules={[zodRule(shape.phone, t('errors.invalidPhone'))]}>
          <Input type="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('units.email')} rules={[zodRule(shape.email, t('errors.invalidEmail'))]}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="address" label={t('units.address')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        {target?.mode === 'edit' && (
          <Form.Item name="active" label={t('units.status')} valuePropName="checked">
            <Switch checkedChildren={t('units.active')} unCheckedChildren={t('units.inactive')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
