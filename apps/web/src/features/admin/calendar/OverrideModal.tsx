import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../../shared/format';
import { HOLIDAYS, MAX_DATE, MIN_DATE, saveOverride, type Holiday, type OverrideDto } from './calendarApi';

/** What the modal edits: an existing override, or a new one (date and kind suggested). */
export interface OverrideTarget {
  date: string | null;
  existing: OverrideDto | null;
  kind: 'off' | 'work';
}

interface Values {
  date: Dayjs;
  kind: 'off' | 'work';
  holiday?: Holiday | null;
  reason: string;
}

/** PUT /api/calendar/overrides/:date — add or change one day's override. */
export function OverrideModal({
  target,
  existingOn,
  onClose,
  onSaved,
}: {
  target: OverrideTarget | null;
  /** The override already stored for a date, if any. */
  existingOn: (date: string) => OverrideDto | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  const date = Form.useWatch('date', form);
  const editing = !!target?.existing;
  const replaces = !editing && date ? existingOn(date.format(API_DATE_FORMAT)) : undefined;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    const e = target.existing;
    form.setFieldsValue({
      date: target.date ? dayjs(target.date) : undefined,
      kind: e?.kind ?? target.kind,
      holiday: e?.holiday ?? null,
      reason: e?.reason ?? '',
    });
  }, [target, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await saveOverride(v.date.format(API_DATE_FORMAT), {
        kind: v.kind,
        holiday: v.kind === 'off' ? (v.holiday ?? null) : null,
        reason: v.reason.trim(),
      });
      void message.success(t('calendar.saved'));
      onSaved();
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!target}
      title={editing ? t('calendar.editOverride') : t('calendar.addOverride')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'override-submit' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker
            format={DATE_FORMAT}
            disabled={editing}
            minDate={MIN_DATE}
            maxDate={MAX_DATE}
            style={{ width: '100%' }}
            data-testid="override-date"
          />
        </Form.Item>
        {replaces && (
          <Alert type="warning" showIcon title={t('calendar.existingOverride')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'off', label: t('calendar.kindOff') },
              { value: 'work', label: t('calendar.kindWork') },
            ]}
            data-testid="override-kind"
          />
        </Form.Item>
        {kind === 'off' && (
          <Form.Item name="holiday" label={t('calendar.holiday')} extra={t('calendar.holidayHint')}>
            <Select<Holiday>
              allowClear
              placeholder={t('common.none')}
              options={HOLIDAYS.map((h) => ({ value: h, label: t(`calendar.holidays.${h}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('calendar.reason')}
          rules={[
            { required: true, whitespace: true, message: t('errors.required') },
            { max: 300, message: t('errors.invalid') },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={300}
            showCount
            placeholder={t('calendar.reasonPlaceholder')}
            data-testid="override-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
