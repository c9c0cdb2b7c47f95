import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { STAFF_ROLES, type Role } from '@vioc/contracts';
import { AppLayout } from './AppLayout';
import { PublicShell } from './PublicShell';
import { FullPageSpin, NotFound, RequireAuth, RequireRoles } from './guards';
import { LoginPage } from '../features/auth/LoginPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { REPORT_STATS_ROLES } from '../features/reports/stats/statsApi';

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

const ReportFormPage = lazy(() =>
  import('../features/reports/ReportFormPage').then((m) => ({ default: m.ReportFormPage })),
);
const PublicReportsPage = lazy(() =>
  import('../features/reports/PublicReportsPage').then((m) => ({ default: m.PublicReportsPage })),
);
const PublicReportPage = lazy(() =>
  import('../features/reports/PublicReportPage').then((m) => ({ default: m.PublicReportPage })),
);
const TrackPage = lazy(() => import('../features/reports/TrackPage').then((m) => ({ default: m.TrackPage })));
const MyReportsPage = lazy(() =>
  import('../features/reports/MyReportsPage').then((m) => ({ default: m.MyReportsPage })),
);
const OpsReportsPage = lazy(() =>
  import('../features/reports/ops/OpsReportsPage').then((m) => ({ default: m.OpsReportsPage })),
);
// ECharts comes with this page only (its own chunk): the citizen pages never download it.
const StatsPage = lazy(() => import('../features/reports/stats/StatsPage').then((m) => ({ default: m.StatsPage })));

const ADMIN: readonly Role[] = ['admin'];

export function AppRoutes() {
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
        <Route path="reports/new" element={<ReportFormPage />} />
        <Route path="reports/track" element={<TrackPage />} />
        <Route path="public/reports" element={<PublicReportsPage />} />
        <Route path="public/reports/:id" element={<PublicReportPage />} />
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
        <Route path="reports/mine" element={<MyReportsPage />} />
        <Route element={<RequireRoles roles={STAFF_ROLES} />}>
          <Route path="map" element={<MapPage />} />
          <Route path="ops/reports" element={<OpsReportsPage />} />
        </Route>
        <Route element={<RequireRoles roles={REPORT_STATS_ROLES} />}>
          <Route path="ops/reports/stats" element={<StatsPage />} />
        </Route>
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
