import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@vioc/contracts';
import { isComplete, useSession } from './session';
import { hasAnyRole } from '../shared/roles';

export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}

/** Renders the signed-in area only for a complete session; otherwise sends to /login?next=… */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageSpin />;
  if (!isComplete(session.data)) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return children ?? <Outlet />;
}

/** Shows the page only to holders of one of `roles` (the server checks again). */
export function RequireRoles({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const session = useSession();
  if (!hasAnyRole(session.data?.roles, roles)) return <Forbidden />;
  return children ?? <Outlet />;
}

export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<HomeButton />} />;
}

export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('common.notFound')} extra={<HomeButton />} />;
}

function HomeButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('common.backHome')}
    </Button>
  );
}
