import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The 6-digit one-time code field shared by every TOTP / verification form. */
export function CodeField({ label, testId = 'totp-code' }: { label: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="code"
      label={label}
      normalize={(v: string) => v.replace(/\D/g, '').slice(0, 6)}
      rules={[
        { required: true, message: t('errors.required') },
        { pattern: /^\d{6}$/, message: t('errors.sixDigits') },
      ]}
    >
      <Input
        data-testid={testId}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        placeholder="123456"
        autoFocus
        style={{ letterSpacing: 4, fontSize: 18 }}
      />
    </Form.Item>
  );
}
