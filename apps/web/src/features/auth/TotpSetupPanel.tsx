import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, QRCode, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '@vioc/contracts';
import { api, ApiError } from '../../shared/api';
import { asSession } from '../../app/session';
import { CodeField } from './CodeField';

/**
 * POST /api/auth/totp/setup → shows the secret (QR + text), then POST /api/auth/totp/enable {code}.
 * `onEnabled` receives the new SessionDto when the server answers one.
 */
export function TotpSetupPanel({ onEnabled }: { onEnabled: (session: SessionDto | null) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // a query (not an effect) so StrictMode's double mount does not create two secrets
  const setup = useQuery({
    queryKey: ['totp-setup'],
    queryFn: () => api.post('/api/auth/totp/setup', { silent: true, allow401: true }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

  const enable = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post('/api/auth/totp/enable', { body: { code }, silent: true, allow401: true });
      onEnabled(asSession(answer));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.unknown'));
    } finally {
      setBusy(false);
    }
  };

  if (setup.isPending) return <Spin />;
  if (setup.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={setup.error instanceof ApiError ? setup.error.message : t('errors.unknown')}
      />
    );
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t('totp.setupIntro')}</Typography.Paragraph>
      <div style={{ display: 'flex', justifyContent: 'center' }}>
        <QRCode value={setup.data.otpauthUrl} size={180} />
      </div>
      <div>
        <Typography.Text type="secondary">{t('totp.secret')}</Typography.Text>
        <br />
        <Typography.Text code copyable data-testid="totp-secret" style={{ fontSize: 16 }}>
          {setup.data.secret}
        </Typography.Text>
      </div>
      <div>
        <Typography.Text type="secondary">{t('totp.otpauthUrl')}</Typography.Text>
        <Typography.Paragraph copyable data-testid="totp-otpauth-url" style={{ wordBreak: 'break-all', fontSize: 12 }}>
          {setup.data.otpauthUrl}
        </Typography.Paragraph>
      </div>
      {error && <Alert type="error" showIcon title={error} data-testid="totp-error" />}
      <Form layout="vertical" onFinish={enable} requiredMark={false}>
        <CodeField label={t('totp.code')} />
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="totp-submit">
          {t('totp.enable')}
        </Button>
      </Form>
    </Space>
  );
}
