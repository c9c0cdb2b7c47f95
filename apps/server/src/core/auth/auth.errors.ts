import { defineErrors } from '../http/index.js';

export const authErrors = defineErrors({
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong login or password.',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'The account is locked after too many failed sign-ins. Try again in {minutes} minutes.',
  },
  ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị vô hiệu hóa.', en: 'The account is disabled.' },
  ACCOUNT_PENDING: {
    status: 403,
    vi: 'Tài khoản chưa được xác minh.',
    en: 'The account has not been verified yet.',
  },
  SESSION_EXPIRED: { status: 401, vi: 'Phiên làm việc đã hết hạn.', en: 'Your session has expired.' },
  MFA_REQUIRED: {
    status: 401,
    vi: 'Cần nhập mã xác thực hai lớp.',
    en: 'A two-factor code is required.',
  },
  MFA_SETUP_REQUIRED: {
    status: 403,
    vi: 'Tài khoản quản trị phải bật xác thực hai lớp.',
    en: 'Administrator accounts must enable two-factor authentication.',
  },
  TOTP_INVALID: { status: 401, vi: 'Mã xác thực không đúng hoặc đã dùng.', en: 'The code is wrong or already used.' },
  TOTP_ATTEMPTS_EXCEEDED: {
    status: 401,
    vi: 'Nhập sai mã xác thực quá nhiều lần. Vui lòng đăng nhập lại bằng mật khẩu.',
    en: 'Too many wrong codes. Sign in again with your password.',
  },
  TOTP_NOT_STARTED: {
    status: 409,
    vi: 'Chưa khởi tạo xác thực hai lớp.',
    en: 'Two-factor setup has not been started.',
  },
  TOTP_ALREADY_ENABLED: {
    status: 409,
    vi: 'Xác thực hai lớp đang bật; hãy tắt trước khi thiết lập lại.',
    en: 'Two-factor authentication is already on; turn it off before setting it up again.',
  },
  TOTP_REQUIRED_FOR_ROLE: {
    status: 409,
    vi: 'Không thể tắt xác thực hai lớp với tài khoản quản trị.',
    en: 'Administrators cannot turn off two-factor authentication.',
  },
  PASSWORD_POLICY: {
    status: 422,
    vi: 'Mật khẩu chưa đủ mạnh (độ dài và các loại ký tự theo quy định).',
    en: 'The password does not meet the policy (length and character classes).',
  },
  CONTACT_TAKEN: {
    status: 409,
    vi: 'Email, số điện thoại hoặc tên đăng nhập đã được sử dụng.',
    en: 'The email, phone or username is already in use.',
  },
  CODE_INVALID: {
    status: 422,
    vi: 'Mã xác minh không đúng hoặc đã hết hạn.',
    en: 'The verification code is wrong or expired.',
  },
  USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  USER_OUT_OF_SCOPE: {
    status: 403,
    vi: 'Người dùng này nằm ngoài phạm vi quản lý của bạn.',
    en: 'This user is outside your scope.',
  },
  MEMBERSHIP_NOT_FOUND: { status: 404, vi: 'Không tìm thấy phân quyền.', en: 'Membership not found.' },
  MEMBERSHIP_EXISTS: { status: 409, vi: 'Phân quyền này đã tồn tại.', en: 'This membership already exists.' },
  UNIT_NOT_FOUND: { status: 422, vi: 'Đơn vị không tồn tại.', en: 'The unit does not exist.' },
  API_KEY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khóa API.', en: 'API key not found.' },
  API_KEY_INVALID: {
    status: 401,
    vi: 'Khóa API không hợp lệ hoặc đã bị thu hồi.',
    en: 'The API key is invalid or revoked.',
  },
  OIDC_NOT_CONFIGURED: {
    status: 404,
    vi: 'Đăng nhập một lần (SSO) chưa được cấu hình.',
    en: 'Single sign-on is not configured.',
  },
  OIDC_FAILED: { status: 401, vi: 'Đăng nhập một lần không thành công.', en: 'Single sign-on failed.' },
  OIDC_NO_ACCOUNT: {
    status: 403,
    vi: 'Tài khoản SSO chưa được liên kết với người dùng nào trong hệ thống.',
    en: 'This SSO account is not linked to any user.',
  },
});
