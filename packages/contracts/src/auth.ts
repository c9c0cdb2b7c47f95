import { z } from 'zod';
import { roleSchema } from './roles.js';
import { text } from './common.js';

export const signInBody = z.strictObject({
  login: z.string().trim().min(1).max(254).describe('Tên đăng nhập, email hoặc số điện thoại'),
  password: z.string().min(1).max(256),
});

export const totpBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});

export const sessionMembership = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  role: roleSchema,
});

export const sessionSchema = z.object({
  user: z.object({
    id: z.uuid(),
    fullName: z.string(),
    username: z.string().nullable(),
    email: z.string().nullable(),
    accountType: z.string(),
    totpEnabled: z.boolean(),
    locale: z.enum(['vi', 'en']),
  }),
  roles: z.array(roleSchema),
  memberships: z.array(sessionMembership),
  csrfToken: z.string(),
  mfaRequired: z.boolean().describe('Cần nhập mã xác thực hai lớp trước khi dùng hệ thống'),
  mfaSetupRequired: z.boolean().describe('Tài khoản quản trị chưa bật xác thực hai lớp'),
  idleSeconds: z.number().int(),
  expiresAt: z.string(),
});
export type SessionDto = z.infer<typeof sessionSchema>;

export const registerBody = z
  .strictObject({
    accountType: z.enum(['citizen', 'business']).default('citizen'),
    fullName: text(200).pipe(z.string().min(1)),
    email: z.email().optional(),
    phone: z
      .string()
      .trim()
      .regex(/^(\+84|0)[0-9]{9,10}$/)
      .optional(),
    password: z.string().min(1).max(256),
  })
  .refine((b) => Boolean(b.email) !== Boolean(b.phone), {
    message: 'give exactly one of email or phone',
    path: ['email'],
  });

export const verifyRegistrationBody = z.strictObject({
  contact: z.string().trim().min(3).max(254),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string() });

export const apiKeySchema = z.object({
  id: z.uuid(),
  prefix: z.string(),
  name: z.string(),
  unitId: z.uuid(),
  roles: z.array(roleSchema),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const createApiKeyBody = z.strictObject({
  name: text(200).pipe(z.string().min(1)),
  unitId: z.uuid(),
  roles: z
    .array(roleSchema.exclude(['admin']))
    .min(1)
    .max(8),
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
