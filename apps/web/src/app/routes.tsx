import { Fragment, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { STAFF_ROLES, type Role } from '@vioc/contracts';
import { AppLayout } from './AppLayout';
import { PublicShell } from './PublicShell';
import { FullPageSpin, NotFound, RequireAuth, RequireRoles } from './guards';
import { LoginPage } from '../features/auth/LoginPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { usePublicConfig } from '../shared/publicConfig';
import { useWebModules } from './useWebModules';

// Heavy or rarely used pages load on demand (maplibre alone is ~1 MB).
const RegisterPage = lazy(() => import('../features/auth/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const AccountPage = lazy(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const MapPage = lazy(() => import('../features/map/MapPage').then((m) => ({ default: m.MapPage })));
const UnitsPage = lazy(() => import('../features/admin/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => import('../features/admin/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const ApiKeysPage = lazy(() =>
  import('../features/admin/apiKeys/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })),
);
const AuditPage = lazy(() => import('../features/admin/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const OperationsPage = lazy(() =>
  import('../features/admin/operations/OperationsPage').then((m) => ({ default: m.OperationsPage })),
);
const CalendarPage = lazy(() =>
  import('../features/admin/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);

const ADMIN: readonly Role[] = ['admin'];

export function AppRoutes() {
  const config = usePublicConfig();
  const modules = useWebModules();
  // Until the server says which modules run, a deep link to a module page would flash "not found".
  if (config.isPending) return <FullPageSpin />;
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/register"
        element={
          <Suspense fallback={<FullPageSpin />}>
            <RegisterPage />
          </Suspense>
        }
      />
      <Route element={<PublicShell />}>
        {modules.map((m) => (
          <Fragment key={m.name}>{m.publicRoutes}</Fragment>
        ))}
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<OverviewPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route element={<RequireRoles roles={STAFF_ROLES} />}>
          <Route path="map" element={<MapPage />} />
        </Route>
        {modules.map((m) => (
          <Fragment key={m.name}>{m.signedInRoutes}</Fragment>
        ))}
        <Route path="admin" element={<RequireRoles roles={ADMIN} />}>
          <Route path="units" element={<UnitsPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="operations" element={<OperationsPage />} />
          <Route path="calendar" element={<CalendarPage />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
