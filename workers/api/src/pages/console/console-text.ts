import { translator } from "../i18n";

/** The staff console's words, Vietnamese first. Area pages add theirs here, grouped by page. */
const consoleText = {
  consoleName: { vi: "Kỷ Cương — Bàn làm việc", en: "Kỷ Cương — Staff console" },
  skipToContent: { vi: "Bỏ qua, đến nội dung chính", en: "Skip to main content" },
  mainMenu: { vi: "Trình đơn chính", en: "Main menu" },
  breadcrumbs: { vi: "Đường dẫn", en: "Breadcrumbs" },
  navToday: { vi: "Hôm nay", en: "Today" },
  navReports: { vi: "Phản ánh", en: "Reports" },
  navNotifications: { vi: "Thư cảnh báo", en: "Alert emails" },
  navCalendar: { vi: "Lịch làm việc", en: "Working calendar" },
  navAccount: { vi: "Tài khoản", en: "Account" },
  signOut: { vi: "Đăng xuất", en: "Sign out" },
  signedInAs: { vi: "Đang đăng nhập", en: "Signed in as" },
  otherLanguage: { vi: "English", en: "Tiếng Việt" },
  errorsTitle: { vi: "Vui lòng sửa các mục sau", en: "Please correct the following" },

  // Sign in, out, passwords
  signInTitle: { vi: "Đăng nhập", en: "Sign in" },
  signInIntro: {
    vi: "Dành cho cán bộ, công chức của đơn vị. Người dân gửi phản ánh tại trang đường dây nóng.",
    en: "For the district's staff. Citizens send reports on the hotline page.",
  },
  email: { vi: "Thư điện tử", en: "Email" },
  password: { vi: "Mật khẩu", en: "Password" },
  signInButton: { vi: "Đăng nhập", en: "Sign in" },
  forgotLink: { vi: "Quên mật khẩu?", en: "Forgotten your password?" },
  hotlineLink: { vi: "Trang đường dây nóng cho người dân", en: "The citizens' hotline page" },
  wrongCredentials: { vi: "Email hoặc mật khẩu không đúng.", en: "Wrong email or password." },
  emailRequired: { vi: "Nhập địa chỉ thư điện tử.", en: "Enter your email address." },
  passwordRequired: { vi: "Nhập mật khẩu.", en: "Enter your password." },
  throttled: {
    vi: "Đăng nhập sai quá nhiều lần. Hãy đợi một lát rồi thử lại.",
    en: "Too many failed sign-ins. Wait a moment, then try again.",
  },
  signedOut: { vi: "Bạn đã đăng xuất.", en: "You have signed out." },
  sessionEnded: {
    vi: "Phiên làm việc đã kết thúc. Hãy đăng nhập lại.",
    en: "Your session has ended. Please sign in again.",
  },
  forgotTitle: { vi: "Quên mật khẩu", en: "Forgotten password" },
  forgotIntro: {
    vi: "Nhập thư điện tử của tài khoản. Nếu tài khoản tồn tại, chúng tôi gửi một liên kết đặt lại mật khẩu, dùng được một lần trong 30 phút.",
    en: "Enter your account's email. If the account exists we send a link to reset the password; it works once, for 30 minutes.",
  },
  forgotButton: { vi: "Gửi liên kết", en: "Send the link" },
  forgotSent: {
    vi: "Nếu địa chỉ này là một tài khoản của đơn vị, thư có liên kết đặt lại mật khẩu đã được gửi. Hãy kiểm tra hộp thư (cả mục thư rác).",
    en: "If this address is an account here, an email with a reset link is on its way. Check your inbox (and spam folder).",
  },
  tooManyRequests: {
    vi: "Quá nhiều yêu cầu. Hãy thử lại sau một phút.",
    en: "Too many requests. Try again in a minute.",
  },
  resetTitle: { vi: "Đặt mật khẩu mới", en: "Choose a new password" },
  newPassword: { vi: "Mật khẩu mới", en: "New password" },
  newPasswordHelp: {
    vi: "Ít nhất 12 ký tự, không trùng với địa chỉ thư điện tử.",
    en: "At least 12 characters, not your email address.",
  },
  confirmPassword: { vi: "Nhập lại mật khẩu mới", en: "New password again" },
  passwordsDiffer: { vi: "Hai mật khẩu không giống nhau.", en: "The two passwords differ." },
  resetButton: { vi: "Lưu mật khẩu", en: "Save the password" },
  resetInvalid: {
    vi: "Liên kết đã hết hạn hoặc đã được dùng. Hãy yêu cầu một liên kết mới.",
    en: "This link has expired or was already used. Ask for a new one.",
  },
  resetDone: { vi: "Đã lưu mật khẩu mới. Hãy đăng nhập.", en: "Your new password is saved. Please sign in." },
  platformName: { vi: "Nền tảng Kỷ Cương", en: "Kỷ Cương platform" },
  platformPasswordSet: {
    vi: "Đã lưu mật khẩu. Quản trị nền tảng đăng nhập qua API: POST /v1/auth/login (không kèm tenant); xem /docs.",
    en: "Your password is saved. Platform admins sign in through the API: POST /v1/auth/login (no tenant); see /docs.",
  },
  accountTitle: { vi: "Tài khoản của tôi", en: "My account" },
  roles: { vi: "Vai trò", en: "Roles" },
  changePasswordTitle: { vi: "Đổi mật khẩu", en: "Change password" },
  currentPassword: { vi: "Mật khẩu hiện tại", en: "Current password" },
  changePasswordButton: { vi: "Đổi mật khẩu", en: "Change password" },
  passwordChanged: {
    vi: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.",
    en: "Password changed. Your other sessions have ended.",
  },

  // Errors shown as pages
  forbiddenTitle: { vi: "Không có quyền", en: "Not allowed" },
  forbidden: {
    vi: "Vai trò của bạn không cho phép xem trang này hoặc làm việc này.",
    en: "Your role does not allow this page or action.",
  },
  notFoundTitle: { vi: "Không tìm thấy", en: "Not found" },
  notFound: { vi: "Không tìm thấy mục này.", en: "This item does not exist." },
  csrfTitle: { vi: "Biểu mẫu đã cũ", en: "The form is out of date" },
  csrf: {
    vi: "Biểu mẫu này không còn hợp lệ (có thể do trang đã mở quá lâu). Không có gì thay đổi. Hãy tải lại trang và thử lại.",
    en: "This form is no longer valid (the page may have been open too long). Nothing changed. Reload the page and try again.",
  },
  unavailableTitle: { vi: "Tạm thời gián đoạn", en: "Temporarily unavailable" },
  unavailable: {
    vi: "Hệ thống tạm thời không truy cập được dữ liệu. Nếu bạn vừa gửi biểu mẫu, việc đó được lưu trọn vẹn hoặc chưa lưu gì: hãy kiểm tra lại sau ít phút rồi thử lại.",
    en: "The system cannot reach its data right now. If you just sent a form, it was kept whole or not at all: check again in a few minutes, then try again.",
  },
  backHome: { vi: "Về trang Hôm nay", en: "Back to Today" },
} as const;

export const ct = translator(consoleText);
export type ConsoleTextKey = keyof typeof consoleText;

/** Role names as staff say them. */
export const roleNames = {
  platform_admin: { vi: "Quản trị nền tảng", en: "Platform administrator" },
  tenant_admin: { vi: "Quản trị đơn vị", en: "Tenant administrator" },
  party_office: { vi: "Văn phòng Huyện ủy", en: "Party office" },
  inspector: { vi: "Thanh tra", en: "Inspector" },
  hotline_officer: { vi: "Cán bộ tiếp nhận phản ánh", en: "Hotline officer" },
  unit_head: { vi: "Thủ trưởng đơn vị", en: "Unit head" },
  viewer: { vi: "Lãnh đạo (xem)", en: "Leader (read only)" },
} as const;
