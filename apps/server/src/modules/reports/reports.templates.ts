import type { TemplateSpec } from '../../core/notify/index.js';

/**
 * The module's notifications (vi/en): to the reporter (category "reports")
 * and to the staff who handle it ("work"). The reporter's subjects name the
 * public status word (Đã tiếp nhận, Đã trả lời, Đã đóng), the one the public
 * pages show, never an internal step. Registered with notify by the
 * platform from the module's definition.
 */
export const REPORT_TEMPLATES = {
  'reports.received': {
    category: 'reports',
    vi: {
      subject: 'Phản ánh {{code}}: Đã tiếp nhận',
      body: 'Phản ánh “{{title}}” của bạn đã được tiếp nhận với mã {{code}}. Bạn sẽ được thông báo khi có kết quả xử lý.',
    },
    en: {
      subject: 'Report {{code}}: received',
      body: 'Your report “{{title}}” was received as {{code}}. You will be notified of the result.',
    },
  },
  'reports.email_needs_location': {
    category: 'reports',
    vi: {
      subject: 'Cần vị trí để tiếp nhận phản ánh: {{subject}}',
      body: 'Chúng tôi đã nhận thư “{{subject}}” nhưng chưa thể tiếp nhận vì thư không có vị trí.\n\nVui lòng gửi lại thư, thêm một dòng “Vị trí: vĩ độ, kinh độ” (ví dụ: Vị trí: 11.3100, 106.0980), hoặc gửi phản ánh trên cổng thông tin {{url}} để chọn vị trí trên bản đồ.',
    },
    en: {
      subject: 'Location needed for your report: {{subject}}',
      body: 'We received your mail “{{subject}}” but cannot register it without a location.\n\nPlease send it again with a line “Vị trí: latitude, longitude” (e.g. Vị trí: 11.3100, 106.0980), or report on {{url}} and pick the place on the map.',
    },
  },
  'reports.email_refused': {
    category: 'reports',
    vi: {
      subject: 'Chưa tiếp nhận được phản ánh: {{subject}}',
      body: 'Thư “{{subject}}” chưa được tiếp nhận: {{reason}}\n\nBạn có thể gửi lại thư đã sửa, hoặc gửi phản ánh trên cổng thông tin {{url}}.',
    },
    en: {
      subject: 'Your report was not registered: {{subject}}',
      body: 'Your mail “{{subject}}” was not registered: {{reason}}\n\nYou may send a corrected mail, or report on {{url}}.',
    },
  },
  'reports.rejected': {
    category: 'reports',
    vi: {
      subject: 'Phản ánh {{code}}: Đã đóng — không được tiếp nhận xử lý',
      body: 'Phản ánh “{{title}}” không được tiếp nhận xử lý. Lý do: {{reason}}',
    },
    en: {
      subject: 'Report {{code}}: closed — not accepted for handling',
      body: 'Your report “{{title}}” was not accepted for handling. Reason: {{reason}}',
    },
  },
  'reports.merged': {
    category: 'reports',
    vi: {
      subject: 'Phản ánh {{code}}: Đã đóng — gộp với phản ánh {{intoCode}}',
      body: 'Phản ánh “{{title}}” trùng với phản ánh {{intoCode}} đang được xử lý. Bạn sẽ nhận kết quả trả lời của phản ánh {{intoCode}}.',
    },
    en: {
      subject: 'Report {{code}}: closed — merged into {{intoCode}}',
      body: 'Your report “{{title}}” duplicates report {{intoCode}}, which is being handled. You will receive its answer.',
    },
  },
  'reports.info_requested': {
    category: 'reports',
    vi: {
      subject: 'Cần bổ sung thông tin cho phản ánh {{code}}',
      body: 'Đơn vị xử lý cần thêm thông tin về phản ánh “{{title}}”: {{question}}',
    },
    en: {
      subject: 'More information needed for report {{code}}',
      body: 'The handling unit needs more information about your report “{{title}}”: {{question}}',
    },
  },
  'reports.answered': {
    category: 'reports',
    vi: {
      subject: 'Phản ánh {{code}}: Đã trả lời',
      body: 'Phản ánh “{{title}}” đã có kết quả xử lý của {{unit}}:\n\n{{answer}}\n\nMời bạn đánh giá mức độ hài lòng.',
      sms: 'Phản ánh {{code}}: Đã trả lời. Mời xem và đánh giá tại trang phản ánh.',
    },
    en: {
      subject: 'Report {{code}}: answered',
      body: 'Your report “{{title}}” has been answered by {{unit}}:\n\n{{answer}}\n\nPlease rate the answer.',
      sms: 'Report {{code}}: answered. See and rate it on the report page.',
    },
  },
  'reports.assigned': {
    category: 'work',
    vi: {
      subject: 'Phản ánh mới cần xử lý: {{code}}',
      body: 'Đơn vị được giao xử lý phản ánh “{{title}}” ({{code}}), hạn xử lý {{due}}.',
    },
    en: {
      subject: 'New report to handle: {{code}}',
      body: 'Your unit has been assigned report “{{title}}” ({{code}}), due {{due}}.',
    },
  },
  'reports.answer_to_approve': {
    category: 'work',
    vi: {
      subject: 'Chờ duyệt trả lời phản ánh {{code}}',
      body: 'Dự thảo trả lời phản ánh “{{title}}” ({{code}}) đang chờ lãnh đạo đơn vị duyệt.',
    },
    en: {
      subject: 'Answer awaiting approval: report {{code}}',
      body: 'The draft answer to report “{{title}}” ({{code}}) awaits the unit leader’s approval.',
    },
  },
  'reports.extension_requested': {
    category: 'work',
    vi: {
      subject: 'Đề nghị gia hạn phản ánh {{code}}',
      body: 'Cán bộ đề nghị gia hạn xử lý phản ánh “{{title}}” ({{code}}) thêm {{days}} ngày làm việc. Lý do: {{reason}}',
    },
    en: {
      subject: 'Extension requested: report {{code}}',
      body: 'An officer asks {{days}} more working days for report “{{title}}” ({{code}}). Reason: {{reason}}',
    },
  },
  'reports.info_provided': {
    category: 'work',
    vi: {
      subject: 'Người phản ánh đã bổ sung thông tin: {{code}}',
      body: 'Người phản ánh đã bổ sung thông tin cho phản ánh “{{title}}” ({{code}}).',
    },
    en: {
      subject: 'The reporter added information: {{code}}',
      body: 'The reporter added the requested information to report “{{title}}” ({{code}}).',
    },
  },
  'reports.reopened': {
    category: 'work',
    vi: {
      subject: 'Phản ánh {{code}} được mở lại',
      body: 'Phản ánh “{{title}}” ({{code}}) được mở lại để xử lý tiếp. Lý do: {{reason}}. Hạn xử lý mới {{due}}.',
    },
    en: {
      subject: 'Report {{code}} reopened',
      body: 'Report “{{title}}” ({{code}}) was reopened. Reason: {{reason}}. New deadline {{due}}.',
    },
  },
  'reports.due_soon': {
    category: 'work',
    vi: {
      subject: 'Sắp đến hạn: phản ánh {{code}}',
      body: 'Phản ánh “{{title}}” ({{code}}) đến hạn xử lý lúc {{due}}.',
    },
    en: {
      subject: 'Due soon: report {{code}}',
      body: 'Report “{{title}}” ({{code}}) is due at {{due}}.',
    },
  },
  'reports.overdue': {
    category: 'alerts',
    vi: {
      subject: 'Quá hạn xử lý: phản ánh {{code}}',
      body: 'Phản ánh “{{title}}” ({{code}}) giao cho {{unit}} đã quá hạn xử lý ({{due}}).',
    },
    en: {
      subject: 'Overdue: report {{code}}',
      body: 'Report “{{title}}” ({{code}}) assigned to {{unit}} is overdue (due {{due}}).',
    },
  },
} as const satisfies Record<string, TemplateSpec>;

type ReportTemplates = typeof REPORT_TEMPLATES;
declare module '../../core/notify/index.js' {
  // Declaration merging: the data of `notify(…, 'reports.answered', data)` is checked like core's.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleTemplates extends ReportTemplates {}
}
