/** The reports module's pages and menu entries (the web half of modules/reports). */
import { lazy } from 'react';
import { Route } from 'react-router';
import { BarChartOutlined, FormOutlined, GlobalOutlined, InboxOutlined, ProfileOutlined } from '@ant-design/icons';
import { STAFF_ROLES } from '@vioc/contracts';
import { RequireRoles } from '../../app/guards';
import type { WebModule } from '../../app/webModules';
import { REPORT_STATS_ROLES } from './stats/statsApi';
import { opsReportPath } from './ops/queues';

const ReportFormPage = lazy(() => import('./ReportFormPage').then((m) => ({ default: m.ReportFormPage })));
const PublicReportsPage = lazy(() => import('./PublicReportsPage').then((m) => ({ default: m.PublicReportsPage })));
const PublicReportPage = lazy(() => import('./PublicReportPage').then((m) => ({ default: m.PublicReportPage })));
const TrackPage = lazy(() => import('./TrackPage').then((m) => ({ default: m.TrackPage })));
const MyReportsPage = lazy(() => import('./MyReportsPage').then((m) => ({ default: m.MyReportsPage })));
const OpsReportsPage = lazy(() => import('./ops/OpsReportsPage').then((m) => ({ default: m.OpsReportsPage })));
// ECharts comes with this page only (its own chunk): the citizen pages never download it.
const ReportsOverview = lazy(() => import('./overview/ReportsOverview').then((m) => ({ default: m.ReportsOverview })));
const StatsPage = lazy(() => import('./stats/StatsPage').then((m) => ({ default: m.StatsPage })));

export const reportsWebModule: WebModule = {
  name: 'reports',
  menu: [
    {
      key: 'report-new',
      path: '/reports/new',
      label: (t) => t('rep.navNew'),
      icon: <FormOutlined />,
      testId: 'nav-report-new',
    },
    {
      key: 'public-reports',
      path: '/public/reports',
      label: (t) => t('rep.navPublic'),
      icon: <GlobalOutlined />,
      testId: 'nav-public-reports',
    },
    {
      key: 'my-reports',
      path: '/reports/mine',
      label: (t) => t('rep.navMine'),
      icon: <ProfileOutlined />,
      testId: 'nav-my-reports',
    },
    {
      key: 'ops-reports',
      path: '/ops/reports',
      label: (t) => t('rep.navOps'),
      icon: <InboxOutlined />,
      roles: STAFF_ROLES,
      testId: 'nav-ops-reports',
    },
    {
      key: 'ops-reports-stats',
      path: '/ops/reports/stats',
      label: (t) => t('repStats.nav'),
      icon: <BarChartOutlined />,
      roles: REPORT_STATS_ROLES,
      testId: 'nav-ops-reports-stats',
    },
  ],
  links: { report: (id) => opsReportPath(id) },
  overview: { roles: ['operator', 'unit_leader', 'officer', 'leader'], element: <ReportsOverview /> },
  publicRoutes: (
    <>
      <Route path="reports/new" element={<ReportFormPage />} />
      <Route path="reports/track" element={<TrackPage />} />
      <Route path="public/reports" element={<PublicReportsPage />} />
      <Route path="public/reports/:id" element={<PublicReportPage />} />
    </>
  ),
  signedInRoutes: (
    <>
      <Route path="reports/mine" element={<MyReportsPage />} />
      <Route element={<RequireRoles roles={STAFF_ROLES} />}>
        <Route path="ops/reports" element={<OpsReportsPage />} />
        <Route path="ops/reports/:id" element={<OpsReportsPage />} />
      </Route>
      <Route element={<RequireRoles roles={REPORT_STATS_ROLES} />}>
        <Route path="ops/reports/stats" element={<StatsPage />} />
      </Route>
    </>
  ),
};
