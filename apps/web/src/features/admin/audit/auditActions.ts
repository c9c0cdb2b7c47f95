/**
 * What each audit action code means, in Vietnamese and English: the one table
 * the audit page reads (an administrator reads "Xác minh phản ánh", not
 * `report.verify`). A code missing here (a new action, a module's own) shows
 * as itself, so nothing is hidden. The codes are the server's (the `action`
 * of audit entries; report steps are `report.<machine action>`).
 */
type Text = { vi: string; en: string };

const ACTIONS: Record<string, Text> = {
  'access.denied': { vi: 'Từ chối truy cập', en: 'Access denied' },
  'auth.sign_in': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.sign_in_oidc': { vi: 'Đăng nhập qua VNeID/OIDC', en: 'Signed in with OIDC' },
  'auth.sign_out': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.sign_out_all': { vi: 'Đăng xuất mọi phiên', en: 'Signed out everywhere' },
  'auth.password_change': { vi: 'Đổi mật khẩu', en: 'Changed password' },
  'auth.register': { vi: 'Đăng ký tài khoản', en: 'Registered an account' },
  'auth.register_verify': { vi: 'Xác nhận đăng ký', en: 'Confirmed registration' },
  'auth.verification_code': { vi: 'Gửi mã xác nhận', en: 'Sent a verification code' },
  'auth.totp_setup': { vi: 'Thiết lập xác thực hai lớp', en: 'Set up two-factor authentication' },
  'auth.totp_enable': { vi: 'Bật xác thực hai lớp', en: 'Turned on two-factor authentication' },
  'auth.totp_disable': { vi: 'Tắt xác thực hai lớp', en: 'Turned off two-factor authentication' },
  'auth.totp_verify': { vi: 'Xác thực hai lớp', en: 'Two-factor check' },
  'auth.totp_attempts_exceeded': { vi: 'Nhập sai mã hai lớp quá số lần', en: 'Too many wrong two-factor codes' },
  'user.create': { vi: 'Tạo tài khoản', en: 'Created an account' },
  'user.update': { vi: 'Sửa tài khoản', en: 'Updated an account' },
  'user.set_password': { vi: 'Đặt lại mật khẩu', en: 'Reset a password' },
  'user.disable_inactive': { vi: 'Khoá tài khoản lâu không dùng', en: 'Disabled an unused account' },
  'membership.add': { vi: 'Gán vai trò trong đơn vị', en: 'Added a role in a unit' },
  'membership.remove': { vi: 'Bỏ vai trò trong đơn vị', en: 'Removed a role in a unit' },
  'unit.create': { vi: 'Tạo đơn vị', en: 'Created a unit' },
  'unit.update': { vi: 'Sửa đơn vị', en: 'Updated a unit' },
  'api_key.create': { vi: 'Tạo khoá API', en: 'Created an API key' },
  'api_key.revoke': { vi: 'Thu hồi khoá API', en: 'Revoked an API key' },
  'file.upload': { vi: 'Tải tệp lên', en: 'Uploaded a file' },
  'file.read': { vi: 'Mở tệp', en: 'Opened a file' },
  'file.delete': { vi: 'Xoá tệp', en: 'Deleted a file' },
  'file.cleanup': { vi: 'Dọn tệp không dùng', en: 'Cleaned up unused files' },
  'calendar.override_create': { vi: 'Thêm ngày nghỉ/làm bù', en: 'Added a calendar exception' },
  'calendar.override_update': { vi: 'Sửa ngày nghỉ/làm bù', en: 'Updated a calendar exception' },
  'calendar.override_delete': { vi: 'Xoá ngày nghỉ/làm bù', en: 'Deleted a calendar exception' },
  'notify.preferences_update': { vi: 'Đổi cài đặt thông báo', en: 'Changed notification settings' },
  'notify.push_subscribe': { vi: 'Bật thông báo đẩy', en: 'Turned on push notifications' },
  'notify.push_unsubscribe': { vi: 'Tắt thông báo đẩy', en: 'Turned off push notifications' },
  'notify.delivery_retry': { vi: 'Gửi lại thông báo', en: 'Retried a notification' },
  'jobs.retry': { vi: 'Chạy lại tác vụ nền', en: 'Retried a background job' },
  'events.retry': { vi: 'Gửi lại sự kiện', en: 'Retried an event' },
  'system.backup': { vi: 'Sao lưu hệ thống', en: 'System backup' },
  'system.seed_demo': { vi: 'Nạp dữ liệu mẫu', en: 'Loaded demo data' },
  'report.submit': { vi: 'Gửi phản ánh', en: 'Submitted a report' },
  'report.read': { vi: 'Xem phản ánh', en: 'Opened a report' },
  'report.verify': { vi: 'Xác minh phản ánh', en: 'Verified a report' },
  'report.reject': { vi: 'Từ chối phản ánh', en: 'Rejected a report' },
  'report.merge': { vi: 'Gộp phản ánh trùng', en: 'Merged a duplicate report' },
  'report.assign': { vi: 'Chuyển đơn vị xử lý', en: 'Assigned a report to a unit' },
  'report.start': { vi: 'Bắt đầu xử lý phản ánh', en: 'Started handling a report' },
  'report.transfer': { vi: 'Chuyển phản ánh sang đơn vị khác', en: 'Transferred a report' },
  'report.set_assignee': { vi: 'Giao cán bộ phụ trách', en: 'Set the officer in charge' },
  'report.request_info': { vi: 'Yêu cầu bổ sung thông tin', en: 'Asked the reporter for information' },
  'report.provide_info': { vi: 'Người phản ánh bổ sung thông tin', en: 'The reporter added information' },
  'report.request_extension': { vi: 'Đề nghị gia hạn', en: 'Asked for more time' },
  'report.decide_extension': { vi: 'Quyết định gia hạn', en: 'Decided on more time' },
  'report.draft_answer': { vi: 'Dự thảo trả lời', en: 'Drafted the answer' },
  'report.return_answer': { vi: 'Trả lại dự thảo trả lời', en: 'Returned the draft answer' },
  'report.approve_answer': { vi: 'Duyệt trả lời', en: 'Approved the answer' },
  'report.publish': { vi: 'Công khai trả lời', en: 'Published the answer' },
  'report.rate': { vi: 'Người phản ánh đánh giá', en: 'The reporter rated the answer' },
  'report.object': { vi: 'Người phản ánh không đồng ý', en: 'The reporter objected' },
  'report.reopen': { vi: 'Mở lại phản ánh', en: 'Reopened a report' },
  'report.close': { vi: 'Đóng phản ánh', en: 'Closed a report' },
  'report.tick_checklist': { vi: 'Đánh dấu bước quy trình', en: 'Ticked a checklist step' },
  'report.checklist': { vi: 'Đánh dấu bước quy trình', en: 'Ticked a checklist step' },
  'report.comment': { vi: 'Trao đổi nội bộ về phản ánh', en: 'Commented on a report' },
  'report.overdue': { vi: 'Phản ánh quá hạn', en: 'A report went overdue' },
  'report.deadline_paused': { vi: 'Tạm dừng tính hạn', en: 'Paused the deadline' },
  'report.deadline_resumed': { vi: 'Tiếp tục tính hạn', en: 'Resumed the deadline' },
  'report_category.create': { vi: 'Thêm lĩnh vực phản ánh', en: 'Added a report category' },
  'report_category.update': { vi: 'Sửa lĩnh vực phản ánh', en: 'Updated a report category' },
  'report_rule.create': { vi: 'Thêm quy tắc chuyển đơn vị', en: 'Added a routing rule' },
  'report_rule.update': { vi: 'Sửa quy tắc chuyển đơn vị', en: 'Updated a routing rule' },
  'report_rule.delete': { vi: 'Xoá quy tắc chuyển đơn vị', en: 'Deleted a routing rule' },
};

const TARGETS: Record<string, Text> = {
  route: { vi: 'Đường dẫn', en: 'Route' },
  report: { vi: 'Phản ánh', en: 'Report' },
  report_category: { vi: 'Lĩnh vực', en: 'Category' },
  report_rule: { vi: 'Quy tắc chuyển đơn vị', en: 'Routing rule' },
  file: { vi: 'Tệp', en: 'File' },
  user: { vi: 'Tài khoản', en: 'Account' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  membership: { vi: 'Vai trò', en: 'Role' },
  api_key: { vi: 'Khoá API', en: 'API key' },
  session: { vi: 'Phiên đăng nhập', en: 'Session' },
};

export type Lang = 'vi' | 'en';

/** The action in words; the raw code when the table does not know it. */
export function describeAction(code: string, lang: Lang): string {
  return ACTIONS[code]?.[lang] ?? code;
}

export function describeTarget(type: string, lang: Lang): string {
  return TARGETS[type]?.[lang] ?? type;
}

/** The known codes with their words, for the action filter's suggestions. */
export function actionOptions(lang: Lang): { value: string; label: string }[] {
  return Object.entries(ACTIONS).map(([value, text]) => ({ value, label: `${text[lang]} (${value})` }));
}
