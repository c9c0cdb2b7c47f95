import { z } from 'zod';

/** Roles of the platform (REQUIREMENTS §1). A membership = user × unit × role. */
export const ROLES = [
  'citizen',
  'business',
  'officer',
  'unit_leader',
  'operator',
  'leader',
  'admin',
  'system',
] as const;
export const roleSchema = z.enum(ROLES).describe('Vai trò');
export type Role = z.infer<typeof roleSchema>;

export const STAFF_ROLES: readonly Role[] = ['officer', 'unit_leader', 'operator', 'leader', 'admin'];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  citizen: { vi: 'Người dân', en: 'Citizen' },
  business: { vi: 'Doanh nghiệp', en: 'Business' },
  officer: { vi: 'Cán bộ xử lý', en: 'Handling officer' },
  unit_leader: { vi: 'Lãnh đạo đơn vị', en: 'Unit leader' },
  operator: { vi: 'Chuyên viên trực IOC', en: 'IOC duty operator' },
  leader: { vi: 'Lãnh đạo chính quyền', en: 'Government leader' },
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  system: { vi: 'Hệ thống tích hợp', en: 'Integrated system' },
};

/** Roles held by people; session-only routes (sign-out, password) are for them, not for API keys. */
export const HUMAN_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'system');
