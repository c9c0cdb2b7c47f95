import { defineErrors } from '../http/index.js';

export const orgErrors = defineErrors({
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  UNIT_PARENT_NOT_FOUND: { status: 422, vi: 'Đơn vị cấp trên không tồn tại.', en: 'The parent unit does not exist.' },
  UNIT_CODE_TAKEN: { status: 409, vi: 'Mã đơn vị đã được sử dụng.', en: 'The unit code is already used.' },
  UNIT_CYCLE: {
    status: 422,
    vi: 'Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó.',
    en: 'A unit cannot be moved under its own descendant.',
  },
  UNIT_OUT_OF_SCOPE: {
    status: 403,
    vi: 'Đơn vị này nằm ngoài phạm vi quản lý của bạn.',
    en: 'This unit is outside your scope.',
  },
  UNIT_FIELD_NOT_ALLOWED: {
    status: 403,
    vi: 'Bạn chỉ được sửa thông tin liên hệ của đơn vị.',
    en: 'You may only change the unit’s contact details.',
  },
});
