import type { ReportDeadline } from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import type { Lang } from "../i18n";
import { rt, rtf } from "./report-text";

/** The deadline as a badge: overdue (working days past), soon (within the tenant's horizon) or ok. */
export const DeadlineBadge: FC<{ lang: Lang; deadline: ReportDeadline }> = ({ lang, deadline }) => {
  if (deadline.state === "finished") return <span class="badge ok">{rt(lang, "finished")}</span>;
  if (deadline.state === "overdue") {
    const n = deadline.workingDaysOverdue;
    return <span class="badge overdue">{n > 0 ? rtf(lang, "overdueDays", { n }) : rt(lang, "overdueToday")}</span>;
  }
  const n = deadline.workingDaysLeft;
  return <span class={`badge ${deadline.state}`}>{n > 0 ? rtf(lang, "daysLeft", { n }) : rt(lang, "dueToday")}</span>;
};

/** The category's name in the page's language, or its code when the tenant no longer has it. */
export function categoryName(
  lang: Lang,
  categories: readonly { code: string; nameVi: string; nameEn: string }[],
  code: string,
): string {
  const category = categories.find((c) => c.code === code);
  return category ? (lang === "en" ? category.nameEn : category.nameVi) : code;
}
