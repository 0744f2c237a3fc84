import type { FC } from "hono/jsx";
import type { Lang } from "./i18n";
import { Layout } from "./layout";

const messages = {
  tenant_not_found: {
    vi: "Không tìm thấy đường dây nóng của đơn vị này. Hãy kiểm tra lại địa chỉ.",
    en: "There is no hotline at this address. Please check the link.",
  },
  tenant_suspended: {
    vi: "Đường dây nóng của đơn vị này đang tạm ngưng. Vui lòng gọi trực tiếp cơ quan.",
    en: "This hotline is suspended for now. Please call the office directly.",
  },
  database_busy: {
    vi: "Hệ thống đang quá tải. Nếu Ông/Bà vừa gửi phản ánh, hãy thử gửi lại sau ít phút; phản ánh chỉ được lưu một lần.",
    en: "The system is overloaded. If you just sent a report, send it again in a few minutes; it is stored only once.",
  },
  database_unavailable: {
    vi: "Hệ thống tạm thời gián đoạn. Nếu Ông/Bà vừa gửi phản ánh, hãy thử gửi lại sau ít phút; phản ánh chỉ được lưu một lần.",
    en: "The system is briefly unavailable. If you just sent a report, send it again in a few minutes; it is stored only once.",
  },
} as const;

export type UnavailableReason = keyof typeof messages;

/** What a person sees instead of a JSON error when a hotline page cannot be shown. */
export const UnavailablePage: FC<{ lang: Lang; reason: UnavailableReason; path: string }> = ({
  lang,
  reason,
  path,
}) => (
  <Layout
    lang={lang}
    title={lang === "vi" ? "Đường dây nóng" : "Hotline"}
    switchHref={`${path}${lang === "vi" ? "?lang=en" : ""}`}
  >
    <h1>{lang === "vi" ? "Đường dây nóng" : "Hotline"}</h1>
    <p role="alert">{messages[reason][lang]}</p>
  </Layout>
);
