import { defineErrors } from '../http/index.js';

export const calendarErrors = defineErrors({
  CALENDAR_OUT_OF_RANGE: {
    status: 422,
    vi: 'Ngày nằm ngoài phạm vi lịch làm việc (2014–2100).',
    en: 'The date is outside the working calendar (2014–2100).',
  },
  CALENDAR_RANGE_TOO_LONG: {
    status: 422,
    vi: 'Khoảng ngày không hợp lệ: ngày bắt đầu phải trước ngày kết thúc, tối đa 366 ngày.',
    en: 'Invalid range: from must not be after to, and at most 366 days.',
  },
  CALENDAR_OVERRIDE_NOT_FOUND: {
    status: 404,
    vi: 'Không có điều chỉnh lịch cho ngày này.',
    en: 'There is no calendar override for this date.',
  },
  CALENDAR_HOLIDAY_NOT_OFF: {
    status: 422,
    vi: 'Ngày thuộc một ngày lễ phải là ngày nghỉ.',
    en: 'A day that belongs to a holiday must be a day off.',
  },
  CALENDAR_OUT_OF_SCOPE: {
    status: 403,
    vi: 'Chỉ quản trị hệ thống cấp tỉnh được sửa lịch làm việc.',
    en: 'Only a province-level administrator may edit the working calendar.',
  },
});
