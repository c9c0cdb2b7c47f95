import { ROLE_LABELS, ROLES, type Role } from '@vioc/contracts';
import { currentLang } from '../app/i18n';

export function roleLabel(role: Role, lang = currentLang()): string {
  return ROLE_LABELS[role][lang];
}

export function hasAnyRole(roles: readonly Role[] | undefined, wanted: readonly Role[]): boolean {
  return !!roles && roles.some((r) => wanted.includes(r));
}

/** Options for role pickers; `exclude` drops roles a form may not grant. */
export function roleOptions(lang = currentLang(), exclude: readonly Role[] = ['system']) {
  return ROLES.filter((r) => !exclude.includes(r)).map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }));
}
