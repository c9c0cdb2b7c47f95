import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { Alert, Button, Divider, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../shared/api';
import { usePublicConfig } from '../../shared/publicConfig';
import { FullPageSpin } from '../../app/guards';
import { isComplete, useApplySession, useSession } from '../../app/session';
import { AuthShell } from './AuthShell';
import { CodeField } from './CodeField';
import { TotpSetupPanel } from './TotpSetupPanel';

/** Only same-site paths, so ?next= cannot send the user elsewhere. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

function errorText(err: unknown, fallback: string): string {
  return err instanceof ApiError ? err.message : fallback;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (session.isPending) return <FullPageSpin />;
  const current = session.data ?? null;
  if (isComplete(current)) return <Navigate to={next} replace />;

  if (current?.mfaSetupRequired) {
    return (
      <AuthShell title={t('totp.setupTitle')}>
        <SetupStep />
      </AuthShell>
    );
  }
  if (current?.mfaRequired) {
    return (
      <AuthShell title={t('totp.title')}>
        <TotpStep />
      </AuthShell>
    );
  }
  return (
    <AuthShell title={t('login.title')}>
      <CredentialsStep ssoFailed={params.has('error')} />
    </AuthShell>
  );
}

function CredentialsStep({ ssoFailed }: { ssoFailed: boolean }) {
  const { t } = useTranslation();
  const applySession = useApplySession();
  const config = usePublicConfig();
  const [error, setError] = useState<string | null>(ssoFailed ? t('login.ssoFailed') : null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { login: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const s = await api.post('/api/auth/sign-in', { body: values, silent: true, allow401: true });
      applySession(s);
    } catch (err) {
      setError(errorText(err, t('errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
        <Form.Item
          name="login"
          label={t('login.login')}
          rules={[{ required: true, whitespace: true, message: t('errors.required') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
      {config.data?.oidc.enabled && (
        <>
          <Divider plain>{t('login.or')}</Divider>
          <Button
            block
            size="large"
            icon={<SafetyOutlined />}
            href="/api/auth/oidc/start"
            title={config.data.oidc.label ?? undefined}
            data-testid="login-sso"
          >
            {t('login.sso')}
          </Button>
        </>
      )}
      <Divider />
      <Space orientation="vertical" size={0} style={{ width: '100%', textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('login.noAccount')}</Typography.Text>
        <Link to="/register" data-testid="login-register">
          {t('login.register')}
        </Link>
        <Link to="/reports/new" data-testid="login-report-guest" style={{ display: 'inline-block', marginTop: 8 }}>
          {t('rep.noLoginLink')}
        </Link>
      </Space>
    </>
  );
}

function TotpStep() {
  const { t } = useTranslation();
  const applySession = useApplySession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      applySession(await api.post('/api/auth/totp/verify', { body: { code }, silent: true, allow401: true }));
    } catch (err) {
      setError(errorText(err, t('errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Paragraph>{t('totp.prompt')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="totp-error" />}
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <CodeField label={t('totp.code')} />
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="totp-submit">
          {t('totp.submit')}
        </Button>
      </Form>
      <OtherAccountLink />
    </>
  );
}

function SetupStep() {
  const applySession = useApplySession();
  const session = useSession();
  return (
    <>
      <TotpSetupPanel onEnabled={(s) => (s ? applySession(s) : void session.refetch())} />
      <OtherAccountLink />
    </>
  );
}

/** Abandons a half-finished sign-in (password accepted, second factor pending). */
function OtherAccountLink() {
  const { t } = useTranslation();
  const applySession = useApplySession();
  const leave = async () => {
    try {
      await api.post('/api/auth/sign-out', { silent: true, allow401: true });
    } catch {
      // the local session is dropped anyway
    }
    applySession(null);
  };
  return (
    <div style={{ textAlign: 'center', marginTop: 16 }}>
      <Button type="link" onClick={() => void leave()}>
        {t('totp.otherAccount')}
      </Button>
    </div>
  );
}
