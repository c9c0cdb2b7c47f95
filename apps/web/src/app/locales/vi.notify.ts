/** Vietnamese texts of the notification bell and preferences (merged into vi.ts). */
export const viNotify = {
  notifications: {
    title: 'Thông báo',
    bellUnread: '{{count}} thông báo chưa đọc',
    offline: 'mất kết nối, đang kết nối lại…',
    new: 'Thông báo mới',
    readAll: 'Đánh dấu tất cả đã đọc',
    markRead: 'Đánh dấu đã đọc',
    read: 'Đã đọc',
    all: 'Tất cả',
    unreadOnly: 'Chưa đọc ({{count}})',
    empty: 'Không có thông báo',
    loadMore: 'Xem thêm',
    prefsTitle: 'Nhận thông báo',
    prefsIntro:
      'Chọn kênh nhận thông báo cho từng nhóm. Thông báo về tài khoản và bảo mật luôn được gửi, không thể tắt.',
    category: 'Nhóm thông báo',
    locked: 'Bắt buộc',
    lockedHint: 'Thông báo bảo mật không thể tắt',
    channelUnavailable: 'Kênh này chưa được cấu hình trên hệ thống',
    unavailableNote:
      'Chưa được cấu hình trên hệ thống: {{channels}}. Lựa chọn của bạn vẫn được giữ và áp dụng khi kênh được bật.',
    prefsSaved: 'Đã lưu lựa chọn nhận thông báo',
    channels: {
      inbox: 'Trong ứng dụng',
      email: 'Email',
      sms: 'SMS',
      push: 'Thông báo đẩy',
    },
  },
};
