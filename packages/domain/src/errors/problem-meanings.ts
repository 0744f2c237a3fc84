import type { ProblemCode } from "./problem-catalogue";

/**
 * What each problem code means, Vietnamese first, then English: the text of
 * its entry on /docs. Keyed by exactly the catalogue's codes (the compiler
 * refuses a missing or unknown one); `also` explains the second status of a
 * code that has one.
 */
export interface ProblemMeaning {
  vi: string;
  en: string;
  also?: { vi: string; en: string };
}

/**
 * Built by a call esbuild may drop when nothing reads the table (the
 * `@__PURE__` mark): a table whose texts are templates would otherwise stay
 * in every bundle, since a template's substitution might have side effects.
 */
export const problemMeanings = /* @__PURE__ */ (() => {
  const conflictVi =
    "Có người đã thay đổi dữ liệu giữa lúc bạn đọc và lúc bạn ghi; chưa ghi gì của bạn. Hãy tải lại rồi thử lại.";
  const conflictEn = "between your read and your write; nothing of yours was written. Reload and retry.";
  return {
    // The HTTP layer
    validation_failed: {
      vi: "Yêu cầu không khớp với lược đồ; `errors` liệt kê từng trường.",
      en: "The request did not match its schema; `errors` lists each field.",
    },
    malformed_body: {
      vi: "Không đọc được nội dung gửi lên (ví dụ JSON sai cú pháp).",
      en: "The body could not be parsed (for example malformed JSON).",
    },
    not_found: { vi: "Không có gì ở địa chỉ này.", en: "Nothing exists at this address." },
    method_not_allowed: {
      vi: "Địa chỉ có tồn tại nhưng không dùng phương thức này; xem tiêu đề `Allow`.",
      en: "The path exists but not with this method; see the `Allow` header.",
    },
    payload_too_large: {
      vi: "Nội dung gửi lên vượt quá giới hạn kích thước.",
      en: "The request body is over the size limit.",
    },
    unsupported_media_type: {
      vi: "Content-Type của nội dung không phải loại tuyến này nhận (nhập danh sách nhận `text/csv`).",
      en: "The body's Content-Type is not one this route accepts (the import takes `text/csv`).",
    },
    http_401: {
      vi: "Tầng HTTP từ chối yêu cầu: chưa xác thực.",
      en: "Refused at the HTTP level: unauthenticated.",
    },
    http_403: {
      vi: "Tầng HTTP từ chối yêu cầu: không có quyền.",
      en: "Refused at the HTTP level: forbidden.",
    },
    http_404: { vi: "Tầng HTTP không tìm thấy tài nguyên.", en: "Not found at the HTTP level." },
    http_405: {
      vi: "Tầng HTTP từ chối phương thức này.",
      en: "Refused at the HTTP level: method not allowed.",
    },
    http_409: { vi: "Tầng HTTP báo xung đột.", en: "A conflict at the HTTP level." },
    http_413: {
      vi: "Tầng HTTP từ chối yêu cầu: nội dung quá lớn.",
      en: "Refused at the HTTP level: payload too large.",
    },
    http_415: {
      vi: "Tầng HTTP từ chối yêu cầu: định dạng nội dung không được hỗ trợ.",
      en: "Refused at the HTTP level: unsupported media type.",
    },
    http_422: {
      vi: "Tầng HTTP không xử lý được nội dung.",
      en: "Refused at the HTTP level: unprocessable content.",
    },
    http_429: {
      vi: "Tầng HTTP từ chối yêu cầu: quá nhiều yêu cầu.",
      en: "Refused at the HTTP level: too many requests.",
    },
    http_500: {
      vi: "Tầng HTTP gặp lỗi không lường trước; hãy báo kèm requestId.",
      en: "An unexpected failure at the HTTP level; quote the requestId when reporting it.",
    },
    http_503: {
      vi: "Tầng HTTP báo dịch vụ tạm thời không khả dụng.",
      en: "Service unavailable at the HTTP level.",
    },
    database_busy: {
      vi: "Cơ sở dữ liệu đang bận với nhiều yêu cầu ghi cùng lúc; chưa ghi gì. Hãy thử lại sau `Retry-After` giây.",
      en: "The database stayed busy with other writes; nothing was written. Retry after `Retry-After` seconds.",
    },
    database_unavailable: {
      vi: "Không liên lạc được với cơ sở dữ liệu. Một yêu cầu ghi được lưu trọn vẹn hoặc không lưu gì; hãy thử lại sau `Retry-After` giây (cùng `Idempotency-Key` thì chỉ lưu một lần).",
      en: "The database could not be reached. A write is kept whole or not at all; retry after `Retry-After` seconds (with the same `Idempotency-Key` it is stored once).",
    },
    storage_unavailable: {
      vi: "Kho lưu tệp không nhận được tệp. Chưa lưu tệp nào; hãy gửi lại sau `Retry-After` giây.",
      en: "The file store did not take the files. None was kept; send them again after `Retry-After` seconds.",
    },
    rate_limited: {
      vi: "Quá nhiều yêu cầu từ máy này (hoặc quá nhiều lần thử mã tiếp nhận của mã tra cứu này); hãy đợi `Retry-After` giây.",
      en: "Too many requests from this client (or receipt attempts for this code); wait `Retry-After` seconds.",
    },
    misconfigured: {
      vi: "Một cấu hình triển khai bị thiếu hoặc sai; phần `detail` nêu tên cấu hình đó.",
      en: "A deployment setting is missing or malformed; the detail names it.",
    },
    internal_error: {
      vi: "Lỗi không lường trước; hãy báo kèm requestId.",
      en: "An unexpected failure; quote the requestId when reporting it.",
    },
    invalid_reference: {
      vi: "Một mã định danh trong nội dung không trỏ tới gì trong đơn vị hành chính này (hoặc trỏ tới dữ liệu của đơn vị khác, hoặc tới thứ đã ngừng hoạt động).",
      en: "An id in the body points at nothing in this tenant (or at another tenant's row, or at something no longer active).",
    },
    invalid_cursor: {
      vi: "`cursor` không phải do API này cấp; hãy bắt đầu lại từ trang đầu.",
      en: "The `cursor` is not one this API issued; start from the first page.",
    },

    // Authentication
    password_link_invalid: {
      vi: "Liên kết đặt mật khẩu đã hết hạn hoặc đã được dùng.",
      en: "The password link has expired or was already used.",
    },
    csrf_token_invalid: {
      vi: "Biểu mẫu trên trang không mang mã chống giả mạo (CSRF) đúng của phiên làm việc: không có gì thay đổi.",
      en: "A console form was posted without its session's CSRF token: nothing changed.",
    },
    invalid_credentials: {
      vi: "Sai email hoặc mật khẩu (cùng một câu trả lời dù tài khoản có tồn tại hay không).",
      en: "Wrong email or password (the same answer whether or not the account exists).",
    },
    login_throttled: {
      vi: "Quá nhiều lần đăng nhập sai từ máy này; hãy đợi `Retry-After` giây rồi thử lại.",
      en: "Too many failed logins from this client; wait `Retry-After` seconds, then try again.",
    },
    token_missing: {
      vi: "Thiếu tiêu đề `Authorization: Bearer …`.",
      en: "No `Authorization: Bearer …` header.",
    },
    token_malformed: { vi: "Mã truy cập không phải JWT.", en: "The bearer token is not a JWT." },
    token_algorithm_not_allowed: {
      vi: "Thuật toán của mã truy cập không được chấp nhận (`none`, HS256 …).",
      en: "The token's algorithm is not accepted (`none`, HS256 …).",
    },
    token_bad_signature: {
      vi: "Chữ ký của mã truy cập không hợp lệ.",
      en: "The token's signature does not verify.",
    },
    token_expired: {
      vi: "Mã truy cập đã hết hạn, hoặc được cấp quá lâu (`iat`: 15 phút với mã của chúng tôi, 1 giờ với mã của bên cấp danh tính); hãy làm mới.",
      en: "The access token has expired, or was issued too long ago (`iat`: 15 minutes for ours, 1 hour for an identity provider's); refresh it.",
    },
    token_not_yet_valid: {
      vi: "`nbf` của mã truy cập ở tương lai.",
      en: "The token's `nbf` is in the future.",
    },
    token_wrong_issuer: {
      vi: "Bên phát hành mã truy cập không được tin cậy ở đây.",
      en: "The token's issuer is not trusted here.",
    },
    token_wrong_audience: {
      vi: "Mã truy cập được cấp cho đối tượng khác.",
      en: "The token was issued for another audience.",
    },
    token_unknown_key: {
      vi: "`kid` của mã truy cập không nằm trong các khóa đã công bố.",
      en: "The token's `kid` is not among the published keys.",
    },
    token_keys_unavailable: {
      vi: "Không lấy được khóa của bên cấp danh tính.",
      en: "The identity provider's keys could not be fetched.",
    },
    token_invalid: {
      vi: "Mã truy cập không hợp lệ (ví dụ thiếu `exp`, `iat`, `sub` hay `sid`, hoặc thời hạn dài quá mức).",
      en: "The token is invalid (e.g. no `exp`, `iat`, `sub` or `sid`, or meant to live longer than allowed).",
    },
    token_revoked: {
      vi: "Phiên của mã truy cập đã kết thúc (đăng xuất, mã làm mới bị dùng lại, đổi hay đặt lại mật khẩu); hãy đăng nhập lại.",
      en: "The token's session has ended (logout, a reused refresh token, a password changed or reset); log in again.",
    },
    unknown_user: {
      vi: "Mã truy cập không ứng với tài khoản cán bộ nào.",
      en: "The token names no staff account.",
    },
    user_disabled: { vi: "Tài khoản đã bị khóa.", en: "The account is disabled." },
    refresh_token_invalid: {
      vi: "Mã làm mới không tồn tại, đã hết hạn hoặc đã bị thu hồi; hãy đăng nhập lại.",
      en: "The refresh token is unknown, expired or revoked; log in again.",
    },
    refresh_token_reused: {
      vi: "Một mã làm mới đã dùng được gửi lại; toàn bộ phiên bị thu hồi.",
      en: "A spent refresh token was presented again; the whole session is revoked.",
    },
    forbidden: {
      vi: "Vai trò của bạn không có quyền mà tuyến này cần.",
      en: "Your roles lack the permission this route needs.",
    },

    // Tenants, units, users, officials, settings
    tenant_not_found: {
      vi: "Không có đơn vị hành chính nào có mã này.",
      en: "No tenant has this slug.",
    },
    tenant_suspended: {
      vi: "Đơn vị hành chính đang bị tạm ngưng; dữ liệu được giữ nhưng không phục vụ gì.",
      en: "The tenant is suspended; its data is kept but it serves nothing.",
      also: {
        vi: "Với mã truy cập trên tuyến ngoài đơn vị hành chính (`/v1/auth/me`, `/v1/platform/…`): 401, như mọi lần từ chối mã truy cập.",
        en: "With a staff token on a route outside a tenant (`/v1/auth/me`, `/v1/platform/…`): 401, like every token refusal.",
      },
    },
    tenant_slug_taken: {
      vi: "Mã này đã có đơn vị hành chính khác dùng.",
      en: "Another tenant has this slug.",
    },
    tenant_not_suspended: {
      vi: "Chỉ xóa được đơn vị hành chính đã tạm ngưng: tạm ngưng trước, rồi xóa.",
      en: "Only a suspended tenant can be deleted: suspend it first, then delete it.",
    },
    tenant_deletion_unconfirmed: {
      vi: "Xóa đơn vị hành chính cần nhập lại đúng mã của nó (`confirmSlug`).",
      en: "Deleting a tenant needs its slug typed again (`confirmSlug`), exactly.",
    },
    user_not_found: {
      vi: "Không có tài khoản cán bộ với mã này trong đơn vị hành chính.",
      en: "No staff account with this id in this tenant.",
    },
    user_email_taken: {
      vi: "Email này đã có tài khoản trong đơn vị hành chính.",
      en: "This email already has a staff account in this tenant.",
    },
    cannot_demote_self: {
      vi: "Quản trị viên không thể tự khóa tài khoản của mình hay tự bỏ vai trò tenant_admin.",
      en: "A tenant admin cannot disable their own account or remove their own tenant_admin role.",
    },
    unit_not_found: {
      vi: "Không có đơn vị này trong đơn vị hành chính (hoặc ngoài các đơn vị cấp dưới của bạn).",
      en: "No such unit in this tenant (or not in your unit's subtree).",
    },
    unit_code_taken: {
      vi: "Mã đơn vị này đã có đơn vị khác dùng.",
      en: "Another unit of this tenant has this code.",
    },
    unit_cycle: {
      vi: "Không thể chuyển một đơn vị vào dưới chính nó hay một đơn vị cấp dưới của nó.",
      en: "A unit cannot be moved under itself or one of its sub-units.",
    },
    official_not_found: {
      vi: "Không có cán bộ với mã này trong đơn vị hành chính (hoặc ngoài các đơn vị của trưởng đơn vị).",
      en: "No official with this id in this tenant (or outside a unit head's units).",
    },
    official_duplicate: {
      vi: "Mã nhân sự hoặc email này đã có cán bộ khác dùng; `errors` nêu trường trùng.",
      en: "Another official of this tenant has this employee code or email; `errors` names the field.",
    },
    import_invalid: {
      vi: "Tệp CSV bị từ chối và chưa ghi gì; `results` liệt kê từng dòng lỗi và lỗi của từng cột.",
      en: "The CSV import was refused and nothing was written; `results` lists each failing row with its column errors.",
    },
    import_too_large: {
      vi: "Tệp CSV có nhiều dòng hơn một lần nhập cho phép (5.000).",
      en: "The CSV import has more rows than one import may carry (5,000).",
    },
    settings_changed: {
      vi: "Cài đặt đã thay đổi từ lúc bạn đọc; hãy tải lại rồi lưu lại.",
      en: "The settings changed since you read them; reload and save again.",
    },

    // Hotline and reports
    hotline_channel_not_found: {
      vi: "Không có kênh đường dây nóng với mã này trong đơn vị hành chính.",
      en: "No hotline channel with this id in this tenant.",
    },
    report_category_not_found: {
      vi: "Không có loại phản ánh với mã này trong đơn vị hành chính.",
      en: "No report category with this id in this tenant.",
    },
    category_code_taken: {
      vi: "Mã loại phản ánh này đã được dùng (mã không bao giờ được dùng lại).",
      en: "Another report category of this tenant has this code (codes are never reused).",
    },
    unknown_category: {
      vi: "Không có loại phản ánh đang dùng nào có mã này.",
      en: "No active report category of this tenant has this code.",
    },
    honeypot_filled: {
      vi: "Trường ẩn `website` của biểu mẫu đã bị điền (một bot); chưa lưu gì.",
      en: "The hidden `website` field of the report form was filled in (a bot); nothing was stored.",
    },
    turnstile_failed: {
      vi: "Thiếu hoặc không qua bước kiểm tra Turnstile; chưa lưu gì. Hãy tải lại biểu mẫu.",
      en: "The Turnstile human check was missing or failed; nothing was stored. Reload the form.",
    },
    turnstile_unavailable: {
      vi: "Không kết nối được dịch vụ kiểm tra Turnstile; chưa lưu gì. Hãy thử lại.",
      en: "Turnstile's verification service could not be reached; nothing was stored. Try again.",
    },
    origin_not_allowed: {
      vi: "Yêu cầu đến từ một trang web mà đơn vị hành chính chưa cho phép (CORS `Origin`).",
      en: "The request came from a website this tenant has not allowed (CORS `Origin`).",
    },
    idempotency_key_reused: {
      vi: "`Idempotency-Key` này đã được dùng với nội dung khác trong vòng 24 giờ.",
      en: "This `Idempotency-Key` was already used with a different body within 24 hours.",
    },
    invalid_date_range: {
      vi: "Khoảng ngày `start_date`/`end_date` của danh sách Open311 ngược hoặc quá dài.",
      en: "The Open311 list's `start_date`/`end_date` window runs backwards or is too long.",
    },
    report_not_found: {
      vi: "Không có phản ánh với mã này trong đơn vị hành chính (hoặc, với trưởng đơn vị, không giao cho đơn vị của họ). Khi tra cứu công khai: không có phản ánh khớp mã tra cứu và mã tiếp nhận, cùng một câu trả lời cho mã không tồn tại và mã tiếp nhận sai.",
      en: "No report with this id in this tenant (or, for a unit head, not assigned to their unit's subtree). On the public follow-up: no report matches this tracking code and receipt, the same answer for an unknown code and a wrong receipt.",
    },
    illegal_transition: {
      vi: "Phản ánh không thể chuyển từ trạng thái hiện tại sang trạng thái yêu cầu; phần `detail` nêu cả hai và các bước được phép.",
      en: "The report cannot move from its current status to the one asked for; the detail names both and what is allowed.",
    },
    report_changed: { vi: conflictVi, en: `Someone changed the report ${conflictEn}` },
    attachment_rejected: {
      vi: "Tệp đính kèm bị từ chối (chưa chọn tệp, quá nhiều tệp, quá lớn hoặc loại không được nhận); `errors` nêu từng tệp. Chưa lưu gì.",
      en: "Attachments refused (no file, too many, too large or of a type not accepted); `errors` names each file. Nothing was stored.",
    },
    attachment_not_found: {
      vi: "Không có tệp đính kèm này.",
      en: "No such attachment.",
    },

    // Tasks and the tracking book
    task_not_found: {
      vi: "Không có nhiệm vụ với mã này trong đơn vị hành chính (hoặc, với trưởng đơn vị, ngoài các đơn vị cấp dưới của họ).",
      en: "No task with this id in this tenant (or, for a unit head, outside their unit's subtree).",
    },
    task_not_open: {
      vi: "Nhiệm vụ đã xong hoặc đã hủy: không thể sửa, hoàn thành hay nhắc việc nữa.",
      en: "The task is done or cancelled: it can no longer be changed, completed or reminded about.",
    },
    reminder_already_recorded: {
      vi: "Văn bản nhắc việc có số này đã được ghi cho nhiệm vụ (gửi lặp); chưa ghi gì.",
      en: "A reminder with this document number is already recorded for the task (a repeated submission); nothing was written.",
    },
    reminder_date_invalid: {
      vi: "Ngày của văn bản nhắc việc có trước văn bản giao nhiệm vụ, hoặc sau hôm nay; chưa ghi gì.",
      en: "The reminder's document is dated before the task's source document, or after today; nothing was written.",
    },
    reminder_out_of_order: {
      vi: "Nhiệm vụ đã có văn bản nhắc việc (còn được tính) mang ngày sau ngày của văn bản này: nhắc việc được ghi theo thứ tự văn bản; chưa ghi gì.",
      en: "The task already has a reminder (one that counts) dated after this one: reminders are recorded in document order; nothing was written.",
    },
    source_document_after_reminder: {
      vi: "Văn bản giao nhiệm vụ không thể mang ngày sau một văn bản nhắc nhở (còn được tính) đã trả lời nó; chưa ghi gì.",
      en: "The task's source document cannot be dated after a reminder (one that counts) that answers it; nothing was written.",
    },
    task_changed: { vi: conflictVi, en: `Someone changed the task ${conflictEn}` },
    date_in_future: {
      vi: "Ngày của một việc đã xảy ra (hoàn thành, buổi đối thoại, giải quyết kết luận) lại sau hôm nay.",
      en: "A date of something that already happened (a completion, a dialogue session, a conclusion's resolution) is after today.",
    },
    tracking_book_entry_not_found: {
      vi: "Không có mục sổ theo dõi với mã này trong đơn vị hành chính (hoặc, với trưởng đơn vị, ngoài các đơn vị cấp dưới của họ).",
      en: "No tracking-book entry with this id in this tenant (or, for a unit head, outside their unit's subtree).",
    },
    tracking_book_entry_annulled: {
      vi: "Mục sổ theo dõi đã bị hủy; việc hủy không bao giờ được sửa.",
      en: "The tracking-book entry is already annulled; an annulment is never changed.",
    },

    // Dialogues
    dialogue_not_found: {
      vi: "Không có buổi đối thoại với mã này trong đơn vị hành chính (hoặc, với trưởng đơn vị, không do đơn vị của họ chủ trì và không có kết luận giao cho họ).",
      en: "No dialogue session with this id in this tenant (or, for a unit head, neither hosted in their subtree nor with a conclusion assigned to it).",
    },
    dialogue_issue_not_found: {
      vi: "Không có vấn đề này trong buổi đối thoại (hoặc, với trưởng đơn vị ghi tiến độ, không giao cho đơn vị của họ).",
      en: "No such issue in this session (or, for a unit head recording progress, not assigned to their unit's subtree).",
    },
    dialogue_changed: {
      vi: conflictVi,
      en: `Someone changed the dialogue session (its date) ${conflictEn}`,
    },
    dialogue_date_locked: {
      vi: "Không đổi được ngày của buổi đối thoại khi đã ghi vấn đề: thời hạn của chúng tính từ ngày này.",
      en: "The session's date cannot change once issues are recorded: their deadlines count from it.",
    },
    dialogue_issue_changed: { vi: conflictVi, en: `Someone changed the issue ${conflictEn}` },
    dialogue_issue_locked: {
      vi: "Kết luận này đã có tiến độ nên không đổi được kết quả nữa.",
      en: "Progress is recorded on this conclusion, so its outcome can no longer change.",
    },
    illegal_conclusion_transition: {
      vi: "Kết luận không thể chuyển sang trạng thái đó (đã giao → đang thực hiện → đã giải quyết), hoặc vấn đề chưa có kết luận được giao.",
      en: "The conclusion cannot move to that status (assigned → in_progress → resolved), or the issue has no assigned conclusion.",
    },
    date_before_session: {
      vi: "Hạn hoặc ngày giải quyết của kết luận trước ngày của buổi đối thoại.",
      en: "A conclusion's deadline or resolution date is before the dialogue session's date.",
    },
    invalid_period: {
      vi: "`to` của khoảng thời gian trước `from`.",
      en: "The period's `to` is before its `from`.",
    },

    // Inspections
    inspection_team_not_found: {
      vi: "Không có tổ kiểm tra với mã này trong đơn vị hành chính.",
      en: "No inspection team with this id in this tenant.",
    },
    inspection_team_changed: { vi: conflictVi, en: `Someone changed the inspection team ${conflictEn}` },
    inspection_not_found: {
      vi: "Không có cuộc kiểm tra với mã này trong đơn vị hành chính (hoặc, với trưởng đơn vị, không đối tượng nào thuộc đơn vị của họ, hoặc là cuộc kiểm tra đột xuất chưa bắt đầu).",
      en: "No inspection with this id in this tenant (or, for a unit head, none of its targets is in their subtree, or it is a surprise inspection that has not started).",
    },
    illegal_inspection_transition: {
      vi: "Cuộc kiểm tra không thể chuyển sang trạng thái đó (đã lên lịch → đang diễn ra → hoàn thành; đã lên lịch hoặc đang diễn ra → hủy).",
      en: "The inspection cannot move to that status (scheduled → in_progress → completed; scheduled or in_progress → cancelled).",
    },
    inspection_changed: { vi: conflictVi, en: `Someone changed the inspection ${conflictEn}` },
    inspection_not_in_progress: {
      vi: "Chỉ ghi kết quả danh mục kiểm tra khi cuộc kiểm tra đang diễn ra.",
      en: "Checklist results are recorded only while the inspection is in progress.",
    },
    unknown_checklist_item: {
      vi: "Một kết quả nêu mã mục không có trong mẫu của cuộc kiểm tra; chưa ghi gì.",
      en: "A checklist result names an item code that is not in the inspection's template; nothing was written.",
    },

    // Violations
    violation_record_not_found: {
      vi: "Không có biên bản vi phạm với mã này trong đơn vị hành chính (hoặc, với trưởng đơn vị, biên bản còn nháp hay không nêu cán bộ nào của đơn vị họ).",
      en: "No violation record with this id in this tenant (or, for a unit head, a draft, or one naming no official of their subtree).",
    },
    violation_official_not_found: {
      vi: "Biên bản vi phạm không nêu cán bộ này.",
      en: "The violation record does not name this official.",
    },
    violation_version_not_found: {
      vi: "Biên bản vi phạm không có phiên bản này.",
      en: "The violation record has no such version.",
    },
    violation_record_not_draft: {
      vi: "Biên bản đã ban hành hoặc đã đóng: nội dung không đổi được; hãy đính chính (một phiên bản mới).",
      en: "The record is issued or closed: its content is immutable; correct it instead (a new version).",
    },
    violation_record_not_issued: {
      vi: "Bước này cần một biên bản đã ban hành (không phải nháp, chưa đóng).",
      en: "This step needs an issued record (not a draft, not closed).",
    },
    violation_official_decided: {
      vi: "Đã có quyết định với cán bộ này (hoặc biên bản đã đóng): không bổ sung giải trình được nữa.",
      en: "The official's case is decided (or the record is closed): the explanation can no longer change.",
    },
    illegal_violation_transition: {
      vi: "Bước theo dõi của cán bộ không hợp lệ (đã ban hành → yêu cầu giải trình → đã nhận giải trình → đã quyết định), chữ ký đã được ghi, hoặc biên bản bị đóng khi chưa quyết định xong mọi cán bộ.",
      en: "The official's follow-up cannot make that move (issued → explanation_requested → explanation_received → decided), a signature is already recorded, or a record is closed before every official is decided.",
    },
    decision_form_not_allowed: {
      vi: "Hình thức kỷ luật không áp dụng cho cán bộ này vào ngày quyết định (theo loại cán bộ, chức vụ lãnh đạo, quản lý và văn bản có hiệu lực ngày đó: Nghị định 172/2025/NĐ-CP từ 01/7/2025, trước đó Nghị định 112/2020/NĐ-CP); `allowedDecisions` liệt kê các hình thức được phép.",
      en: "The form is not one this official can be given on the decision's date (by their kind, whether they hold a leadership or management post, and the decree in force that day: Decree 172/2025 from 1 Jul 2025, Decree 112/2020 before); `allowedDecisions` lists the allowed ones.",
    },
    decision_date_invalid: {
      vi: "Ngày quyết định trước ngày ban hành biên bản, sau hôm nay (theo giờ địa phương), hoặc trước khi nhận giải trình / trước khi hết hạn giải trình.",
      en: "The decision's date is before the record's issue, in the future (tenant's local date), or before the explanation was received or its deadline passed.",
    },
    explanation_pending: {
      vi: "Cán bộ chưa được yêu cầu giải trình, hoặc còn trong thời hạn giải trình: chưa thể quyết định.",
      en: "The official has not been asked to explain, or may still explain: no decision yet.",
    },
    disciplinary_period_expired: {
      vi: 'Đã hết thời hạn xử lý kỷ luật (90 ngày kể từ khi ban hành biên bản, tối đa 150 ngày nếu gia hạn): không thể áp dụng hình thức kỷ luật hay gia hạn nữa; vẫn có thể ghi "không xử lý kỷ luật" hoặc nhắc nhở.',
      en: "The disciplinary period ran out (90 days from the record's issue, at most 150 once extended): no disciplinary form can be given nor the period extended; no_action or a reminder can still be recorded.",
    },
    disciplinary_period_already_extended: {
      vi: "Thời hạn xử lý kỷ luật của cán bộ này đã được gia hạn; chỉ được gia hạn một lần.",
      en: "This official's disciplinary period was already extended; it can be extended once only.",
    },
    violation_record_changed: {
      vi: `${conflictVi} (Chứng cứ đã lưu được gỡ bỏ.)`,
      en: `Someone changed the violation record ${conflictEn} (Stored evidence removed.)`,
    },
    corrective_report_exists: {
      vi: "Đơn vị này đã báo cáo khắc phục cho biên bản.",
      en: "This unit has already reported its corrective action for the record.",
    },

    // Alerts
    notification_not_found: {
      vi: "Không có thư cảnh báo với mã này trong đơn vị hành chính.",
      en: "No notification with this id in this tenant.",
    },
    notification_changed: {
      vi: "Thư vừa đổi trạng thái giữa lúc bạn đọc và lúc bạn gửi lại; hãy tải lại rồi thử lại.",
      en: "The notification changed status between your read and your resend; reload and try again.",
    },
    notification_being_sent: {
      vi: "Thư đang được gửi; hãy thử lại sau ít phút.",
      en: "The notification is being sent right now; try again in a few minutes.",
    },
  } as const satisfies Record<ProblemCode, ProblemMeaning>;
})();
