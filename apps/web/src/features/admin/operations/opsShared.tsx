import { Button, Popconfirm, Typography } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApiData } from '../../../shared/api';

export type QueueDto = ApiData<'/api/admin/jobs'>[number];
export type FailedJobDto = ApiData<'/api/admin/jobs/{queue}/failed'>[number];
export type DeadEventDto = ApiData<'/api/admin/events/dead'>[number];

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed'] as const;
export const DELIVERY_CHANNELS = ['email', 'sms', 'push'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export type DeliveryDto = ApiData<'/api/admin/notifications/deliveries'>[number];

export const OPS_KEYS = {
  jobs: ['ops', 'jobs'] as const,
  failedJobs: (queue: string) => ['ops', 'jobs', queue, 'failed'] as const,
  deadEvents: ['ops', 'events', 'dead'] as const,
  deliveries: ['ops', 'deliveries'] as const,
};

/** The message of an error however it was stored (text, serialised Error, anything else as JSON). */
export function errorText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') {
    return (value as { message: string }).message;
  }
  return json(value);
}

export function json(value: unknown): string {
  if (value === undefined || value === null) return '—';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

/** An error message in red, two lines unless expanded. */
export function ErrorText({ value }: { value: unknown }) {
  const text = errorText(value);
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Paragraph
      type="danger"
      style={{ marginBottom: 0, fontSize: 13, wordBreak: 'break-word' }}
      ellipsis={{ rows: 2, expandable: 'collapsible' }}
      data-testid="ops-error"
    >
      {text}
    </Typography.Paragraph>
  );
}

/** A labelled JSON block for expanded rows. */
export function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <pre className="vioc-json">{json(value)}</pre>
    </div>
  );
}

/** Retry after a confirmation; the API client shows the server's message when it fails. */
export function RetryButton({
  confirm,
  onRetry,
  testId,
}: {
  confirm: string;
  onRetry: () => Promise<void>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={t('ops.retry')}
      cancelText={t('common.cancel')}
      onConfirm={() => onRetry().catch(() => undefined)}
    >
      <Button size="small" icon={<RedoOutlined />} data-testid={testId}>
        {t('ops.retry')}
      </Button>
    </Popconfirm>
  );
}
