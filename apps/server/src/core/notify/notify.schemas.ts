import { z } from 'zod';
import { CATEGORY_KEYS, CHANNELS } from './notify.templates.js';

export const channelSchema = z.enum(CHANNELS).describe('Kênh thông báo: inbox (trong ứng dụng), email, sms, push');
const categorySchema = z.enum(CATEGORY_KEYS as [string, ...string[]]);

export const notificationSchema = z.object({
  id: z.uuid(),
  template: z.string(),
  category: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  data: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

export const inboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  unread: z.enum(['true', 'false']).optional().describe('true: chỉ thông báo chưa đọc'),
});

export const inboxResponse = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unread: z.number().int(),
});

export const unreadResponse = z.object({ unread: z.number().int() });
export const readAllResponse = z.object({ updated: z.number().int(), unread: z.number().int() });

export const preferencesSchema = z.object({
  available: z.array(channelSchema).describe('Kênh đang được hệ thống cấu hình'),
  categories: z.array(
    z.object({
      key: z.string(),
      label: z.object({ vi: z.string(), en: z.string() }),
      locked: z.boolean(),
      defaults: z.array(channelSchema),
      channels: z.array(channelSchema),
    }),
  ),
});

export const preferencesBody = z.strictObject({
  categories: z
    .partialRecord(categorySchema, z.array(channelSchema).max(CHANNELS.length))
    .describe('Kênh nhận cho từng nhóm thông báo; nhóm không gửi lên giữ nguyên'),
});

const base64url = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/);

export const pushSubscriptionBody = z.object({
  endpoint: z.string().url().max(2000),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: base64url(80, 100), auth: base64url(16, 30) }),
});

export const pushUnsubscribeBody = z.strictObject({ endpoint: z.string().max(2000) });

export const pushKeyResponse = z.object({
  publicKey: z.string().nullable().describe('Khoá VAPID công khai (applicationServerKey); null nếu chưa cấu hình'),
});

export const deliveriesQuery = z.object({
  status: z.enum(['queued', 'sent', 'failed']).optional(),
  channel: z.enum(['email', 'sms', 'push']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const deliverySchema = z.object({
  id: z.uuid(),
  notificationId: z.string().nullable(),
  userId: z.string().nullable(),
  channel: z.enum(['email', 'sms', 'push']),
  recipient: z.string(),
  template: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  providerId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
});
