/**
 * The web half of the module contract (docs/modules.md). A service module's
 * pages, menu entries and the roles that see them live in its feature folder
 * (features/<module>/module.tsx) as one WebModule; the shell lists them in
 * src/modules.tsx and shows only those the server says are switched on.
 */
import type { ReactNode } from 'react';
import type { Role } from '@vioc/contracts';
import type { TFunction } from 'i18next';

export interface NavLeaf {
  key: string;
  path: string;
  label: (t: TFunction) => string;
  icon: ReactNode;
  /** Visible to holders of any of these roles; everyone signed in when absent. */
  roles?: readonly Role[];
  testId?: string;
}

export interface WebModule {
  /** The server module's name (GET /api/config/public lists the ones switched on). */
  name: string;
  /** Menu entries of the signed-in shell, in order. */
  menu: readonly NavLeaf[];
  /** <Route> elements under the public shell (reachable without signing in). */
  publicRoutes?: ReactNode;
  /** <Route> elements under the signed-in shell (guard each with RequireRoles as needed). */
  signedInRoutes?: ReactNode;
  /**
   * The page of a record by its audit target type (`report` → `/ops/reports/<id>`): the audit log and other
   * core pages link a record of a switched-on module to it.
   */
  links?: Readonly<Record<string, (id: string) => string>>;
  /**
   * Cards of the overview page (Tổng quan) for the signed-in person; the shell shows its profile card when no
   * switched-on module brings any for the person's roles.
   */
  overview?: {
    /** Shown to holders of any of these roles. */
    roles: readonly Role[];
    element: ReactNode;
  };
}

/** The page of an audit target in the switched-on modules, if one has a page for that type. */
export function linkOf(modules: readonly WebModule[], targetType: string, id: string): string | null {
  for (const m of modules) {
    const link = m.links?.[targetType];
    if (link) return link(id);
  }
  return null;
}

/**
 * The modules to show: those the server runs. Unknown (config not loaded or
 * unreadable) shows all, so a page is never hidden by a failed config read;
 * the server still refuses what its roles do not allow.
 */
export function enabledWebModules<M extends { name: string }>(
  modules: readonly M[],
  on: readonly string[] | null,
): M[] {
  if (on === null) return [...modules];
  const names = new Set(on);
  return modules.filter((m) => names.has(m.name));
}
