import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../shared/api';
import { UnitSelect } from '../../../shared/UnitSelect';
import type { ReportDto } from '../reportsApi';

type Kind = 'verify' | 'reject' | 'assign' | 'transfer' | 'start' | 'draft_answer' | 'approve_answer' | 'publish';

/** Action → button label key, danger? */
const ACTIONS: Record<Kind, { label: string; danger?: boolean }> = {
  verify: { label: 'repOps.verify' },
  reject: { label: 'repOps.reject', danger: true },
  assign: { label: 'repOps.assign' },
  transfer: { label: 'repOps.transfer' },
  start: { label: 'repOps.start' },
  draft_answer: { label: 'repOps.draftAnswer' },
  approve_answer: { label: 'repOps.approve' },
  publish: { label: 'repOps.publish' },
};

interface Values {
  note?: string;
  reason?: string;
  rejectReason?: 'spam' | 'out_of_scope';
  unitId?: string;
  text?: string;
}

/** The action forms' rules make these fields present; a missing one is a bug, not something to send. */
function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a required field of the action form is empty');
  return value;
}

const noteOf = (v: Values) => {
  const note = v.note?.trim() || undefined;
  return note ? { note } : {};
};
const unitOf = (v: Values) => ({ unitId: need(v.unitId), reason: need(v.reason?.trim()) });

/** Each action's route and body, typed by the generated schema. */
const SEND: Record<Kind, (id: string, v: Values) => Promise<ReportDto>> = {
  verify: (id, v) => api.post('/api/reports/{id}/verify', { params: { path: { id } }, body: noteOf(v), silent: true }),
  reject: (id, v) =>
    api.post('/api/reports/{id}/reject', {
      params: { path: { id } },
      body: { reason: need(v.rejectReason), note: need(v.reason?.trim()) },
      silent: true,
    }),
  assign: (id, v) => api.post('/api/reports/{id}/assign', { params: { path: { id } }, body: unitOf(v), silent: true }),
  transfer: (id, v) =>
    api.post('/api/reports/{id}/transfer', { params: { path: { id } }, body: unitOf(v), silent: true }),
  start: (id) => api.post('/api/reports/{id}/start', { params: { path: { id } }, silent: true }),
  draft_answer: (id, v) =>
    api.post('/api/reports/{id}/answer', {
      params: { path: { id } },
      body: { text: need(v.text?.trim()) },
      silent: true,
    }),
  approve_answer: (id, v) =>
    api.post('/api/reports/{id}/answer/approve', { params: { path: { id } }, body: noteOf(v), silent: true }),
  publish: (id) => api.post('/api/reports/{id}/publish', { params: { path: { id } }, silent: true }),
};

/** The actions the server allows on this report (allowedActions), each with its small form. */
export function ActionBar({ report, onDone }: { report: ReportDto; onDone: (r?: ReportDto) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind | null>(null);
  const [form] = Form.useForm<Values>();
  const act = useMutation({
    mutationFn: ({ k, v }: { k: Kind; v: Values }) => SEND[k](report.id, v),
    onSuccess: (r) => {
      setKind(null);
      onDone(r);
    },
  });
  // An assigned report allows the operator both `assign` and `transfer`: the same form, one button.
  const kinds = (Object.keys(ACTIONS) as Kind[]).filter(
    (k) => report.allowedActions.includes(k) && !(k === 'assign' && report.allowedActions.includes('transfer')),
  );
  if (kinds.length === 0) return null;
  const open = (k: Kind) => {
    act.reset();
    form.resetFields();
    if (k === 'draft_answer') form.setFieldsValue({ text: report.answer?.text ?? '' });
    setKind(k);
  };
  const reasonRule = [{ required: true, whitespace: true, min: 3, message: t('repOps.reasonMin') }];

  return (
    <>
      <Space wrap data-testid="report-actions">
        {kinds.map((k) => (
          <Button
            key={k}
            danger={ACTIONS[k].danger}
            type={k === 'reject' ? 'default' : 'primary'}
            onClick={() => open(k)}
            data-testid={`action-${k}`}
          >
            {t(ACTIONS[k].label as 'repOps.verify')}
          </Button>
        ))}
      </Space>
      <Modal
        open={kind !== null}
        title={kind ? t(ACTIONS[kind].label as 'repOps.verify') : ''}
        okText={t('repOps.confirm')}
        onCancel={() => setKind(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: act.isPending, danger: kind === 'reject', 'data-testid': 'action-confirm' } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => kind && act.mutate({ k: kind, v })} preserve={false}>
          {(kind === 'verify' || kind === 'approve_answer') && (
            <Form.Item name="note" label={t('repOps.note')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {kind === 'reject' && (
            <Form.Item
              name="rejectReason"
              label={t('repOps.reason')}
              rules={[{ required: true, message: t('errors.required') }]}
            >
              <Select
                options={(['spam', 'out_of_scope'] as const).map((r) => ({
                  value: r,
                  label: t(`repOps.rejectReason.${r}`),
                }))}
              />
            </Form.Item>
          )}
          {(kind === 'assign' || kind === 'transfer') && (
            <Form.Item
              name="unitId"
              label={t('repOps.targetUnit')}
              rules={[{ required: true, message: t('errors.required') }]}
            >
              <UnitSelect style={{ width: '100%' }} data-testid="action-unit" />
            </Form.Item>
          )}
          {(kind === 'reject' || kind === 'assign' || kind === 'transfer') && (
            <Form.Item
              name="reason"
              label={kind === 'reject' ? t('repOps.note') : t('repOps.reason')}
              rules={reasonRule}
            >
              <Input.TextArea rows={3} maxLength={2000} data-testid="action-reason" />
            </Form.Item>
          )}
          {kind === 'draft_answer' && (
            <Form.Item
              name="text"
              label={t('repOps.answerText')}
              rules={[{ required: true, whitespace: true, min: 10, message: t('repOps.answerMin') }]}
            >
              <Input.TextArea rows={8} maxLength={10_000} showCount data-testid="action-answer" />
            </Form.Item>
          )}
          {act.error && (
            <Alert
              type="error"
              showIcon
              title={act.error instanceof ApiError ? act.error.message : t('errors.unknown')}
              data-testid="action-error"
            />
          )}
        </Form>
      </Modal>
    </>
  );
}
