import { Link } from 'react-router';
import type { MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  EnvironmentOutlined,
  KeyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { STAFF_ROLES, type Role } from '@vioc/contracts';
import type { TFunction } from 'i18next';
import { hasAnyRole } from '../shared/roles';
import type { NavLeaf, WebModule } from './webModules';

/** Where the switched-on modules' menu entries go, between the core pages and administration. */
const MODULES_SLOT = 'modules' as const;

interface NavGroup {
  key: string;
  label: (t: TFunction) => string;
  children: NavLeaf[];
}

const ADMIN: readonly Role[] = ['admin'];

const NAV: (NavLeaf | NavGroup | typeof MODULES_SLOT)[] = [
  { key: 'overview', path: '/', label: (t) => t('nav.overview'), icon: <DashboardOutlined />, testId: 'nav-overview' },
  {
    key: 'map',
    path: '/map',
    label: (t) => t('nav.map'),
    icon: <EnvironmentOutlined />,
    roles: STAFF_ROLES,
    testId: 'nav-map',
  },
  MODULES_SLOT,
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

/** The menu with the modules' entries in their slot. */
function entries(modules: readonly WebModule[]): (NavLeaf | NavGroup)[] {
  return NAV.flatMap((e) => (e === MODULES_SLOT ? modules.flatMap((m) => m.menu) : [e]));
}

/** Menu items for the union of the session's roles. Admin pages form an always-open group. */
export function menuItems(roles: readonly Role[], t: TFunction, modules: readonly WebModule[]): MenuItem[] {
  const items: MenuItem[] = [];
  for (const entry of entries(modules)) {
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
export function selectedKey(pathname: string, modules: readonly WebModule[]): string {
  let best: NavLeaf | undefined;
  const leaves = entries(modules).flatMap((e) => ('children' in e ? e.children : [e]));
  for (const leaf of leaves) {
    const match = leaf.path === '/' ? pathname === '/' : pathname === leaf.path || pathname.startsWith(`${leaf.path}/`);
    if (match && (!best || leaf.path.length > best.path.length)) best = leaf;
  }
  return best?.key ?? '';
}
