import { z } from 'zod';
import { roleSchema } from './roles.js';
import { text } from './common.js';

export const UNIT_KINDS = ['province', 'district', 'ward', 'agency'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS).describe('Loại đơn vị: tỉnh, huyện, xã/phường, cơ quan');

export const unitSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: unitKindSchema,
  adminCode: z.string().nullable().describe('Mã đơn vị hành chính chính thức'),
  name: z.string(),
  nameEn: z.string().nullable(),
  fullName: z.string(),
  fullNameEn: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  areaKm2: z.number().nullable(),
  active: z.boolean(),
  childCount: z.number().int(),
});
export type UnitDto = z.infer<typeof unitSchema>;

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'invalid phone');

export const createUnitBody = z.strictObject({
  parentId: z.uuid().nullable(),
  kind: unitKindSchema,
  adminCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z._-]{1,20}$/)
    .nullable()
    .optional(),
  name: text(200).pipe(z.string().min(1)),
  nameEn: text(200).nullable().optional(),
  fullName: text(300).pipe(z.string().min(1)),
  fullNameEn: text(300).nullable().optional(),
  phone: phone.nullable().optional(),
  email: z.email().nullable().optional(),
  address: text(500).nullable().optional(),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = createUnitBody
  .omit({ kind: true })
  .partial()
  .extend({ active: z.boolean().optional() })
  .strict();
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const unitListQuery = z.strictObject({
  parentId: z.union([z.uuid(), z.literal('root')]).optional(),
  q: z.string().trim().max(100).optional(),
  kind: unitKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const membershipSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  role: roleSchema,
});
export type MembershipDto = z.infer<typeof membershipSchema>;

export const ACCOUNT_TYPES = ['staff', 'citizen', 'business'] as const;
export const USER_STATUSES = ['pending', 'active', 'disabled'] as const;

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  fullName: z.string(),
  status: z.enum(USER_STATUSES),
  disabledReason: z.string().nullable(),
  accountType: z.enum(ACCOUNT_TYPES),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  memberships: z.array(membershipSchema),
});
export type UserDto = z.infer<typeof userSchema>;

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/),
  email: z.email().nullable().optional(),
  phone: phone.nullable().optional(),
  fullName: text(200).pipe(z.string().min(1)),
  password: z.string().min(1).max(256),
  accountType: z.enum(ACCOUNT_TYPES).default('staff'),
  // Every account belongs to at least one unit: that is what scopes who manages it.
  memberships: z
    .array(z.strictObject({ unitId: z.uuid(), role: roleSchema }))
    .min(1)
    .max(50),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  email: z.email().nullable().optional(),
  phone: phone.nullable().optional(),
  fullName: text(200).pipe(z.string().min(1)).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  disabledReason: text(500).nullable().optional(),
  unlock: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const userListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  role: roleSchema.optional(),
  status: z.enum(USER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const addMembershipBody = z.strictObject({ unitId: z.uuid(), role: roleSchema });
