import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Layout, Menu, Typography, theme } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { HUMAN_ROLES } from '@vioc/contracts';
import { api } from '../shared/api';
import { useIsNarrow } from '../shared/hooks';
import { useWebModules } from './useWebModules';
import { hasAnyRole } from '../shared/roles';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { FullPageSpin } from './guards';
import { LangSwitch } from './LangSwitch';
import { menuItems, selectedKey } from './nav';
import { useApplySession, useSession } from './session';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const session = useSession().data;
  const applySession = useApplySession();
  const navigate = useNavigate();
  const location = useLocation();
  const modules = useWebModules();
  const narrow = useIsNarrow();
  const [collapsed, setCollapsed] = useState(narrow);
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => setCollapsed(narrow), [narrow]);

  const signOut = async () => {
    setSigningOut(true);
    try {
      await api.post('/api/auth/sign-out', { allow401: true });
    } catch {
      // signed out locally whatever the server said
    } finally {
      setSigningOut(false);
      applySession(null);
      navigate('/login', { replace: true });
    }
  };

  if (!session) return <FullPageSpin />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        width={260}
        collapsedWidth={0}
        collapsed={collapsed}
        trigger={null}
        theme="light"
        style={{
          borderRight: `1px solid ${token.colorBorderSecondary}`,
          ...(narrow ? { position: 'fixed', insetBlock: 0, left: 0, zIndex: 1000, height: '100vh' } : {}),
        }}
      >
        <div style={{ padding: '16px 20px', fontWeight: 700, fontSize: 20, color: token.colorPrimary }}>
          {t('app.name')}
        </div>
        <Menu
          mode="inline"
          style={{ borderInlineEnd: 'none' }}
          selectedKeys={[selectedKey(location.pathname, modules)]}
          items={menuItems(session.roles, t, modules)}
          onClick={() => narrow && setCollapsed(true)}
        />
      </Sider>
      {narrow && !collapsed && (
        <div
          aria-hidden
          onClick={() => setCollapsed(true)}
          style={{ position: 'fixed', inset: 0, background: 'rgba(0,0,0,0.35)', zIndex: 999 }}
        />
      )}
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            paddingInline: narrow ? 12 : 24,
          }}
        >
          {narrow && (
            <Button
              icon={<MenuOutlined />}
              aria-label={t('nav.menu')}
              data-testid="nav-toggle"
              onClick={() => setCollapsed((c) => !c)}
            />
          )}
          <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
            {t('app.title')}
          </Typography.Text>
          {hasAnyRole(session.roles, HUMAN_ROLES) && <NotificationBell userId={session.user.id} />}
          <LangSwitch />
          {!narrow && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 220 }}>
              {session.user.fullName}
            </Typography.Text>
          )}
          <Button
            data-testid="logout"
            icon={<LogoutOutlined />}
            loading={signingOut}
            onClick={() => void signOut()}
            aria-label={t('common.signOut')}
          >
            {narrow ? null : t('common.signOut')}
          </Button>
        </Header>
        <Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
