import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Form, Input, Radio, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { registerBody } from '@vioc/contracts';
import { api, ApiError } from '../../shared/api';
import { zodRule } from '../../shared/zodRule';
import { AuthShell } from './AuthShell';
import { CodeField } from './CodeField';

type AccountType = 'citizen' | 'business';
type ContactType = 'email' | 'phone';

interface RegisterForm {
  accountType: AccountType;
  fullName: string;
  contactType: ContactType;
  email?: string;
  phone?: string;
  password: string;
  confirm: string;
}

const shape = registerBody.shape;

/** Citizen / business self-registration: POST /api/auth/register, then /api/auth/register/verify. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<'form' | 'verify' | 'done'>('form');
  const [contact, setContact] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.unknown'));
    } finally {
      setBusy(false);
    }
  };

  const register = (v: RegisterForm) =>
    run(async () => {
      const value = (v.contactType === 'email' ? v.email : v.phone)?.trim() ?? '';
      await api.post('/api/auth/register', {
        body: {
          accountType: v.accountType,
          fullName: v.fullName,
          ...(v.contactType === 'email' ? { email: value } : { phone: value }),
          password: v.password,
        },
        silent: true,
      });
      setContact(value);
      setStep('verify');
    });

  const verify = ({ code }: { code: string }) =>
    run(async () => {
      await api.post('/api/auth/register/verify', { body: { contact, code }, silent: true });
      setStep('done');
    });

  const title = step === 'form' ? t('register.title') : t('register.verifyTitle');
  return (
    <AuthShell title={title}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="register-error" />}
      {step === 'form' && <RegisterFormView busy={busy} onFinish={register} />}
      {step === 'verify' && (
        <>
          <Typography.Paragraph>{t('register.verifyPrompt', { contact })}</Typography.Paragraph>
          <Form layout="vertical" onFinish={verify} requiredMark={false}>
            <CodeField label={t('register.code')} testId="register-code" />
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="register-verify">
              {t('register.verify')}
            </Button>
          </Form>
        </>
      )}
      {step === 'done' && <DoneView />}
      {step !== 'done' && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Link to="/login">{t('register.haveAccount')}</Link>
        </div>
      )}
    </AuthShell>
  );
}

function RegisterFormView({ busy, onFinish }: { busy: boolean; onFinish: (v: RegisterForm) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterForm>();
  const accountType = Form.useWatch('accountType', form);
  const contactType = Form.useWatch('contactType', form) ?? 'email';
  return (
    <Form<RegisterForm>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ accountType: 'citizen', contactType: 'email' }}
      onFinish={onFinish}
    >
      <Form.Item name="accountType" label={t('register.accountType')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'citizen', label: t('accountTypes.citizen') },
            { value: 'business', label: t('accountTypes.business') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="fullName"
        label={accountType === 'business' ? t('register.businessName') : t('register.fullName')}
        rules={[{ required: true, whitespace: true, message: t('errors.required') }, { max: 200 }]}
      >
        <Input autoComplete={accountType === 'business' ? 'organization' : 'name'} data-testid="register-fullname" />
      </Form.Item>
      <Form.Item name="contactType" label={t('register.contactType')}>
        <Radio.Group
          options={[
            { value: 'email', label: t('register.email') },
            { value: 'phone', label: t('register.phone') },
          ]}
        />
      </Form.Item>
      {contactType === 'email' ? (
        <Form.Item
          name="email"
          label={t('register.email')}
          rules={[{ required: true, message: t('errors.required') }, zodRule(shape.email, t('errors.invalidEmail'))]}
        >
          <Input type="email" autoComplete="email" data-testid="register-email" />
        </Form.Item>
      ) : (
        <Form.Item
          name="phone"
          label={t('register.phone')}
          rules={[{ required: true, message: t('errors.required') }, zodRule(shape.phone, t('errors.invalidPhone'))]}
        >
          <Input type="tel" autoComplete="tel" placeholder="0912345678" data-testid="register-phone" />
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={t('register.password')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input.Password autoComplete="new-password" data-testid="register-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('register.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('errors.required') },
          ({ getFieldValue }) => ({
            validator: async (_r, value: unknown) => {
              if (value && value !== getFieldValue('password')) throw new Error(t('errors.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="register-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="register-submit">
        {t('register.submit')}
      </Button>
    </Form>
  );
}

function DoneView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('register.doneTitle')}
      subTitle={t('register.doneDesc')}
      extra={
        <Button type="primary" onClick={() => navigate('/login')}>
          {t('register.toLogin')}
        </Button>
      }
    />
  );
}
