import { z } from 'zod';
import { text } from './common.js';

/**
 * Intake channels other than the web form (modules/reports/channels): the
 * social/chat webhook and the hotline operator's form. Both end in
 * `reports.submit`.
 */
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{8,20}$/, 'invalid phone');
const point = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  address: text(300).nullable().optional(),
});

export const socialIntakeBody = z.strictObject({
  source: z.enum(['zalo', 'facebook']).describe('Nền tảng gửi tin'),
  messageId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('Mã tin nhắn trên nền tảng: dùng làm khoá chống trùng (gửi lại cùng mã → cùng phản ánh)'),
  sender: z.strictObject({
    id: z.string().trim().min(1).max(200).describe('Mã người gửi trên nền tảng (không công khai, không lưu)'),
    name: text(200).nullable().optional(),
    phone: phone.nullable().optional(),
    email: z.email().max(254).nullable().optional(),
  }),
  categoryId: z.uuid().describe('Lĩnh vực (chatbot chọn từ GET /api/report-categories)'),
  title: text(200).pipe(z.string().min(3)).optional().describe('Mặc định: dòng đầu của nội dung'),
  text: text(4000).pipe(z.string().min(3)),
  location: point,
  photoUrls: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(10)
    .default([])
    .describe('Liên kết ảnh: chỉ ghi lại dưới dạng liên kết, máy chủ không tải về'),
});
export type SocialIntakeBody = z.input<typeof socialIntakeBody>;

export const hotlineIntakeBody = z.strictObject({
  categoryId: z.uuid(),
  callerPhone: phone.describe('Số gọi đến'),
  callerName: text(200).nullable().optional(),
  title: text(200).pipe(z.string().min(3)).optional().describe('Mặc định: dòng đầu của ghi chú'),
  notes: text(5000).pipe(z.string().min(3)).describe('Ghi chú cuộc gọi → nội dung phản ánh'),
  location: point.describe('Vị trí người gọi mô tả, trực ban chọn trên bản đồ'),
  anonymous: z.boolean().default(false),
  confidential: z.boolean().default(false),
});
export type HotlineIntakeBody = z.input<typeof hotlineIntakeBody>;

export const intakeResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  trackingToken: z.string().nullable().describe('Mã theo dõi cho người phản ánh (chỉ trả về một lần)'),
  replayed: z.boolean(),
});
