import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Button, Drawer, Layout, Menu, theme } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../shared/hooks';
import { AppLayout } from './AppLayout';
import { FullPageSpin } from './guards';
import { LangSwitch } from './LangSwitch';
import { isComplete, useSession } from './session';

const LINKS = [
  { to: '/reports/new', label: 'rep.navNew', testId: 'nav-report-new' },
  { to: '/public/reports', label: 'rep.navPublic', testId: 'nav-public-reports' },
  { to: '/reports/track', label: 'rep.track', testId: 'nav-report-track' },
] as const;

/**
 * Pages open to everyone: inside the normal shell when signed in, a light header for guests.
 * On a phone the three links would push sign-in and the language switch off a 390 px screen,
 * so they move into a drawer behind a menu button and the header keeps only what fits.
 */
export function PublicShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const session = useSession();
  const phone = useIsPhone();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  if (session.isPending) return <FullPageSpin />;
  if (isComplete(session.data)) return <AppLayout />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        className="vioc-public-header"
        style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Link to="/public/reports" className="vioc-public-brand">
          {t('app.name')}
        </Link>
        <nav className="vioc-public-links" aria-label={t('rep.navMenu')}>
          {!phone &&
            LINKS.map((l) => (
              <Link key={l.to} to={l.to} data-testid={l.testId}>
                <Button type={pathname === l.to ? 'link' : 'text'}>{t(l.label)}</Button>
              </Link>
            ))}
        </nav>
        <LangSwitch />
        <Link to="/login" data-testid="nav-login">
          <Button type="primary">{t('rep.login')}</Button>
        </Link>
        {phone && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('rep.navMenu')}
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(true)}
            data-testid="nav-menu"
          />
        )}
      </Layout.Header>
      {phone && (
        <Drawer
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          placement="right"
          size={280}
          title={t('app.name')}
          styles={{ body: { padding: 0 } }}
        >
          <Menu
            mode="inline"
            selectedKeys={[pathname]}
            onClick={() => setMenuOpen(false)}
            items={LINKS.map((l) => ({
              key: l.to,
              label: (
                <Link to={l.to} data-testid={l.testId}>
                  {t(l.label)}
                </Link>
              ),
            }))}
          />
        </Drawer>
      )}
      <Layout.Content className="vioc-public-content">
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
