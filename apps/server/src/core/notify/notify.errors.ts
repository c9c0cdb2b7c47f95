import { defineErrors } from '../http/index.js';

export const notifyErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
  NOTIFY_USER_ONLY: {
    status: 403,
    vi: 'Hộp thông báo chỉ dành cho tài khoản người dùng.',
    en: 'The notification inbox belongs to user accounts only.',
  },
  NOTIFY_CATEGORY_LOCKED: {
    status: 422,
    vi: 'Không thể tắt thông báo về tài khoản và bảo mật.',
    en: 'Account and security notifications cannot be turned off.',
  },
  NOTIFY_CHANNEL_UNAVAILABLE: {
    status: 422,
    vi: 'Kênh thông báo này chưa được cấu hình trên hệ thống.',
    en: 'This notification channel is not configured.',
  },
  PUSH_NOT_CONFIGURED: {
    status: 422,
    vi: 'Hệ thống chưa cấu hình thông báo đẩy (Web Push).',
    en: 'Web Push is not configured.',
  },
  PUSH_ENDPOINT_INVALID: {
    status: 422,
    vi: 'Địa chỉ nhận thông báo đẩy không hợp lệ.',
    en: 'The push subscription endpoint is not acceptable.',
  },
  DELIVERY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lượt gửi.', en: 'Delivery not found.' },
  DELIVERY_NOT_RETRYABLE: {
    status: 409,
    vi: 'Lượt gửi này không thể gửi lại (đã gửi, đang gửi hoặc nội dung đã bị xoá).',
    en: 'This delivery cannot be retried (sent, in progress, or its content was erased).',
  },
  DELIVERY_ADMIN_ONLY: {
    status: 403,
    vi: 'Chỉ quản trị cấp tỉnh được xem nhật ký gửi thông báo.',
    en: 'Only province administrators may see the delivery log.',
  },
});
