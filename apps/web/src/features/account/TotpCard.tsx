import { useState } from 'react';
import { App, Button, Card, Form, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { asSession, useApplySession, useSession } from '../../app/session';
import { CodeField } from '../auth/CodeField';
import { TotpSetupPanel } from '../auth/TotpSetupPanel';

/** Turns TOTP on (setup + enable) or off (POST /api/auth/totp/disable {code}). */
export function TotpCard({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const applySession = useApplySession();
  const session = useSession();
  const [mode, setMode] = useState<'enable' | 'disable' | null>(null);
  const [busy, setBusy] = useState(false);

  const done = (answer: unknown, text: string) => {
    const next = asSession(answer);
    if (next) applySession(next);
    else void session.refetch();
    setMode(null);
    void message.success(text);
  };

  const disable = async ({ code }: { code: string }) => {
    setBusy(true);
    try {
      done(await api.post('/api/auth/totp/disable', { body: { code } }), t('account.totpDisabled'));
    } catch {
      // shown by the API client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('account.twoFactor')}>
      <Space wrap>
        <Tag color={enabled ? 'green' : 'default'} data-testid="totp-status">
          {enabled ? t('account.twoFactorOn') : t('account.twoFactorOff')}
        </Tag>
        {enabled ? (
          <Button onClick={() => setMode('disable')} data-testid="totp-disable">
            {t('account.disableTotp')}
          </Button>
        ) : (
          <Button type="primary" onClick={() => setMode('enable')} data-testid="totp-enable">
            {t('account.enableTotp')}
          </Button>
        )}
      </Space>
      <Modal
        open={mode === 'enable'}
        title={t('totp.setupTitle')}
        footer={null}
        destroyOnHidden
        onCancel={() => setMode(null)}
      >
        <TotpSetupPanel onEnabled={(s) => done(s, t('account.totpEnabled'))} />
      </Modal>
      <Modal
        open={mode === 'disable'}
        title={t('account.disableTotp')}
        footer={null}
        destroyOnHidden
        onCancel={() => setMode(null)}
      >
        <Typography.Paragraph>{t('account.disablePrompt')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={disable} requiredMark={false}>
          <CodeField label={t('totp.code')} />
          <Button type="primary" danger htmlType="submit" block loading={busy} data-testid="totp-submit">
            {t('account.disableTotp')}
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
