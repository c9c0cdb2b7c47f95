import { defineErrors } from '../../core/http/index.js';

export const reportsErrors = defineErrors({
  REPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy phản ánh.', en: 'Report not found.' },
  REPORT_CATEGORY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lĩnh vực.', en: 'Category not found.' },
  REPORT_CATEGORY_INACTIVE: {
    status: 422,
    vi: 'Lĩnh vực này không còn tiếp nhận phản ánh.',
    en: 'This category no longer takes reports.',
  },
  REPORT_CATEGORY_CODE_TAKEN: { status: 409, vi: 'Mã lĩnh vực đã được sử dụng.', en: 'The category code is taken.' },
  REPORT_CATEGORY_CYCLE: {
    status: 422,
    vi: 'Không thể chuyển lĩnh vực vào chính lĩnh vực con của nó.',
    en: 'A category cannot move under its own descendant.',
  },
  REPORT_CATEGORY_INVALID: {
    status: 422,
    vi: 'Cơ quan chịu trách nhiệm của lĩnh vực không hợp lệ.',
    en: 'The category’s responsible agency is invalid.',
  },
  REPORT_RULE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy quy tắc phân công.', en: 'Routing rule not found.' },
  REPORT_UNIT_INVALID: {
    status: 422,
    vi: 'Đơn vị không tồn tại hoặc không còn hoạt động.',
    en: 'The unit does not exist or is inactive.',
  },
  REPORT_OUT_OF_SCOPE: {
    status: 403,
    vi: 'Phản ánh hoặc đơn vị này nằm ngoài phạm vi của bạn.',
    en: 'This report or unit is outside your scope.',
  },
  REPORT_OUTSIDE_PROVINCE: {
    status: 422,
    vi: 'Vị trí phản ánh nằm ngoài địa bàn tỉnh.',
    en: 'The location is outside the province.',
  },
  REPORT_CONTACT_REQUIRED: {
    status: 422,
    vi: 'Vui lòng để lại số điện thoại hoặc email để nhận kết quả xử lý.',
    en: 'Please give a phone number or an email address to receive the result.',
  },
  REPORT_MEDIA_INVALID: {
    status: 422,
    vi: 'Tệp đính kèm không hợp lệ: gửi 1–10 ảnh hoặc một video do chính bạn tải lên.',
    en: 'Invalid attachments: send 1–10 photos or one video that you uploaded.',
  },
  REPORT_RATE_LIMITED: {
    status: 429,
    vi: 'Bạn đã gửi quá nhiều phản ánh, vui lòng thử lại sau.',
    en: 'You have sent too many reports; try again later.',
  },
  REPORT_IDEMPOTENCY_CONFLICT: {
    status: 409,
    vi: 'Khoá chống gửi trùng đã được dùng cho một phản ánh khác.',
    en: 'The idempotency key was already used for a different report.',
  },
  REPORT_TRANSITION_NOT_ALLOWED: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của phản ánh.',
    en: 'This action is not possible in the report’s current status.',
  },
  REPORT_ACTION_FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này với phản ánh.',
    en: 'You may not do this with this report.',
  },
  REPORT_NOT_ROUTED: {
    status: 409,
    vi: 'Phản ánh chưa được chuyển cho đơn vị xử lý.',
    en: 'The report has not been assigned to a unit.',
  },
  REPORT_SAME_UNIT: {
    status: 422,
    vi: 'Phản ánh đang do chính đơn vị này xử lý.',
    en: 'The report is already with this unit.',
  },
  REPORT_ASSIGNEE_INVALID: {
    status: 422,
    vi: 'Người được giao phải là cán bộ của đơn vị xử lý.',
    en: 'The assignee must be an officer of the handling unit.',
  },
  REPORT_EXTENSION_PENDING: {
    status: 409,
    vi: 'Đã có một đề nghị gia hạn đang chờ duyệt.',
    en: 'An extension request is already awaiting a decision.',
  },
  REPORT_NO_PENDING_EXTENSION: {
    status: 409,
    vi: 'Không có đề nghị gia hạn nào đang chờ duyệt.',
    en: 'There is no pending extension request.',
  },
  REPORT_NO_INFO_REQUEST: {
    status: 409,
    vi: 'Phản ánh không có yêu cầu bổ sung thông tin nào đang chờ.',
    en: 'The report has no open request for information.',
  },
  REPORT_ALREADY_RATED: { status: 409, vi: 'Phản ánh đã được đánh giá.', en: 'The report has already been rated.' },
  REPORT_OBJECTION_CLOSED: {
    status: 409,
    vi: 'Đã hết thời hạn đánh giá hoặc khiếu nại kết quả xử lý.',
    en: 'The period for rating or objecting to the answer has ended.',
  },
  REPORT_MERGE_INVALID: {
    status: 422,
    vi: 'Không thể gộp phản ánh vào chính nó, vào phản ánh bị từ chối hoặc khác lĩnh vực.',
    en: 'A report cannot be merged into itself, a rejected report or one of another category.',
  },
  REPORT_CHECKLIST_ITEM_NOT_FOUND: {
    status: 404,
    vi: 'Không có bước này trong quy trình của phản ánh.',
    en: 'This step is not in the report’s procedure.',
  },
});

export type ReportsErrorCode = keyof typeof reportsErrors.specs;
