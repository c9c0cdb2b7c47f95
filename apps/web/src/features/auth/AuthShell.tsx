import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from '../../app/LangSwitch';

/** The frame of the pages used before signing in: brand, language switch, one card. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="vioc-auth">
      <div className="vioc-auth-top">
        <LangSwitch />
      </div>
      <div style={{ textAlign: 'center', maxWidth: 480 }}>
        <Typography.Title level={2} style={{ marginBottom: 4, color: '#0b5cad' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.title')}</Typography.Text>
      </div>
      <Card className="vioc-auth-card" title={title}>
        {children}
      </Card>
    </main>
  );
}
