import { z } from "zod";
import type { PublicReportCategory } from "../hotline/list-public-report-categories";
import type { Open311Lang } from "./open311-status";

/** One entry of GeoReport v2 `services.json`: a report category as a service. */
export const Open311Service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  /** No service definitions (attributes): a report is its description. */
  metadata: z.literal(false),
  /** A request gets its id at once (no token round trip). */
  type: z.literal("realtime"),
  keywords: z.string(),
  group: z.string(),
});
export type Open311Service = z.infer<typeof Open311Service>;

const group: Record<Open311Lang, string> = {
  vi: "Kỷ cương hành chính",
  en: "Administrative discipline",
};

export function toOpen311Service(category: PublicReportCategory, lang: Open311Lang): Open311Service {
  const days = category.deadlineWorkingDays;
  return {
    service_code: category.code,
    service_name: lang === "en" ? category.nameEn : category.nameVi,
    description:
      lang === "en"
        ? `Report about an official: ${category.nameEn.toLowerCase()}. Answered within ${days} working days.`
        : `Phản ánh về cán bộ, công chức: ${category.nameVi.toLowerCase()}. Trả lời trong ${days} ngày làm việc.`,
    metadata: false,
    type: "realtime",
    // Both names, so a client searching in either language finds the service.
    keywords: [category.nameVi, category.nameEn, category.code].join(", "),
    group: group[lang],
  };
}
