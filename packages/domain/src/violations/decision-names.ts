import type { DisciplinaryDecision } from "@kycuong/db";

/**
 * Each disciplinary decision by its name in the decrees (Vietnamese) and in
 * English: what people read on the console and in a refusal, where the API's
 * own field carries the code.
 */
export const decisionNames = {
  no_action: { vi: "Không xử lý kỷ luật", en: "No action" },
  reminder: { vi: "Nhắc nhở", en: "Reminder" },
  reprimand: { vi: "Khiển trách", en: "Reprimand" },
  warning: { vi: "Cảnh cáo", en: "Warning" },
  salary_step_down: { vi: "Hạ bậc lương", en: "Salary step down" },
  demotion: { vi: "Giáng chức", en: "Demotion" },
  dismissal_from_post: { vi: "Cách chức", en: "Dismissal from post" },
  forced_resignation: { vi: "Buộc thôi việc", en: "Forced resignation" },
  removal_from_office: { vi: "Bãi nhiệm", en: "Removal from office" },
} as const satisfies Record<DisciplinaryDecision, { vi: string; en: string }>;

/** The forms by name, in one language, as a list in a sentence. */
export function decisionNameList(decisions: readonly DisciplinaryDecision[], lang: "vi" | "en"): string {
  return decisions.map((decision) => decisionNames[decision][lang]).join(", ");
}
