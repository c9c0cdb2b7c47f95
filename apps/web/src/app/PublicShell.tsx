import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { Button, Layout, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './AppLayout';
import { FullPageSpin } from './guards';
import { LangSwitch } from './LangSwitch';
import { isComplete, useSession } from './session';

/** Pages open to everyone: inside the normal shell when signed in, a light header for guests. */
export function PublicShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const session = useSession();
  if (session.isPending) return <FullPageSpin />;
  if (isComplete(session.data)) return <AppLayout />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: 12,
          overflowX: 'auto',
        }}
      >
        <Link to="/public/reports" style={{ fontWeight: 700, fontSize: 20 }}>
          {t('app.name')}
        </Link>
        <Space size={4} style={{ flex: 1 }} wrap={false}>
          <Link to="/reports/new" data-testid="nav-report-new">
            <Button type="text">{t('rep.navNew')}</Button>
          </Link>
          <Link to="/public/reports" data-testid="nav-public-reports">
            <Button type="text">{t('rep.navPublic')}</Button>
          </Link>
          <Link to="/reports/track" data-testid="nav-report-track">
            <Button type="text">{t('rep.track')}</Button>
          </Link>
        </Space>
        <LangSwitch />
        <Link to="/login">
          <Button type="primary">{t('rep.login')}</Button>
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 12 }}>
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
