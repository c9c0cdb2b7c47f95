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
