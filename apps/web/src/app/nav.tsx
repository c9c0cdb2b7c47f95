import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  EnvironmentOutlined,
  FormOutlined,
  GlobalOutlined,
  InboxOutlined,
  ProfileOutlined,
  KeyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { STAFF_ROLES, type Role } from '@vioc/contracts';
import type { TFunction } from 'i18next';
import { hasAnyRole } from '../shared/roles';
import { REPORT_STATS_ROLES } from '../features/reports/stats/statsApi';

interface NavLeaf {
  key: string;
  path: string;
  label: (t: TFunction) => string;
  icon: ReactNode;
  /** Visible to holders of any of these roles; everyone signed in when absent. */
  roles?: readonly Role[];
  testId?: string;
}

interface NavGroup {
  key: string;
  label: (t: TFunction) => string;
  children: NavLeaf[];
}

const ADMIN: readonly Role[] = ['admin'];

const NAV: (NavLeaf | NavGroup)[] = [
  { key: 'overview', path: '/', label: (t) => t('nav.overview'), icon: <DashboardOutlined />, testId: 'nav-overview' },
  {
    key: 'map',
    path: '/map',
    label: (t) => t('nav.map'),
    icon: <EnvironmentOutlined />,
    roles: STAFF_ROLES,
    testId: 'nav-map',
  },
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
  {
    key: 'admin',
    label: (t) => t('nav.admin'),
    children: [
      {
        key: 'admin-units',
        path: '/admin/units',
        label: (t) => t('nav.units'),
        icon: <ApartmentOutlined />,
        roles: ADMIN,
        testId: 'nav-admin-units',
      },
      {
        key: 'admin-users',
        path: '/admin/users',
        label: (t) => t('nav.users'),
        icon: <TeamOutlined />,
        roles: ADMIN,
        testId: 'nav-admin-users',
      },
      {
        key: 'admin-api-keys',
        path: '/admin/api-keys',
        label: (t) => t('nav.apiKeys'),
        icon: <KeyOutlined />,
        roles: ADMIN,
        testId: 'nav-admin-api-keys',
      },
      {
        key: 'admin-audit',
        path: '/admin/audit',
        label: (t) => t('nav.audit'),
        icon: <AuditOutlined />,
        roles: ADMIN,
        testId: 'nav-admin-audit',
      },
      {
        key: 'admin-operations',
        path: '/admin/operations',
        label: (t) => t('nav.operations'),
        icon: <DeploymentUnitOutlined />,
        roles: ADMIN,
        testId: 'nav-admin-operations',
      },
      {
        key: 'admin-calendar',
        path: '/admin/calendar',
        label: (t) => t('nav.calendar'),
        icon: <CalendarOutlined />,
        roles: ADMIN,
        testId: 'nav-admin-calendar',
      },
    ],
  },
  { key: 'account', path: '/account', label: (t) => t('nav.account'), icon: <UserOutlined />, testId: 'nav-account' },
];

type MenuItem = Required<MenuProps>['items'][number];

function visible(leaf: NavLeaf, roles: readonly Role[]): boolean {
  return !leaf.roles || hasAnyRole(roles, leaf.roles);
}

function leafItem(leaf: NavLeaf, t: TFunction): MenuItem {
  return {
    key: leaf.key,
    icon: leaf.icon,
    label: (
      <Link to={leaf.path} data-testid={leaf.testId}>
        {leaf.label(t)}
      </Link>
    ),
  };
}

/** Menu items for the union of the session's roles. Admin pages form an always-open group. */
export function menuItems(roles: readonly Role[], t: TFunction): MenuItem[] {
  const items: MenuItem[] = [];
  for (const entry of NAV) {
    if ('children' in entry) {
      const children = entry.children.filter((c) => visible(c, roles)).map((c) => leafItem(c, t));
      if (children.length > 0) items.push({ type: 'group', key: entry.key, label: entry.label(t), children });
    } else if (visible(entry, roles)) {
      items.push(leafItem(entry, t));
    }
  }
  return items;
}

/** The menu key of the page at `pathname` (longest matching path). */
export function selectedKey(pathname: string): string {
  let best: NavLeaf | undefined;
  const leaves = NAV.flatMap((e) => ('children' in e ? e.children : [e]));
  for (const leaf of leaves) {
    const match = leaf.path === '/' ? pathname === '/' : pathname === leaf.path || pathname.startsWith(`${leaf.path}/`);
    if (match && (!best || leaf.path.length > best.path.length)) best = leaf;
  }
  return best?.key ?? '';
}
