import { DomainError } from "./domain-error";

/** What an id in a request body can point at, as people name it. */
const referenceNames = {
  unit: { vi: "đơn vị", en: "unit" },
  official: { vi: "cán bộ", en: "official" },
  report: { vi: "phản ánh", en: "report" },
  inspection: { vi: "cuộc kiểm tra", en: "inspection" },
  inspection_team: { vi: "tổ kiểm tra", en: "inspection team" },
  checklist_template: { vi: "mẫu danh mục kiểm tra", en: "checklist template" },
  violation_type: { vi: "loại vi phạm", en: "violation type" },
} as const;

export type ReferenceTarget = keyof typeof referenceNames;

/**
 * The one `invalid_reference` (400): ids in the body that point at nothing
 * of this tenant (another tenant's row fails exactly like a missing one), or,
 * with `inactive`, at something that no longer works. One field error per path.
 */
export function invalidReference(
  paths: string | string[],
  what: ReferenceTarget,
  reason: "missing" | "inactive" = "missing",
): DomainError {
  const { vi, en } = referenceNames[what];
  const message =
    reason === "missing"
      ? `Không có ${vi} này trong đơn vị hành chính · No such ${en} in this tenant`
      : `${capitalise(vi)} này không còn hoạt động · This ${en} is not active`;
  return new DomainError(
    "invalid_reference",
    `Tham chiếu không hợp lệ (${vi}) · Invalid reference (${en})`,
    (typeof paths === "string" ? [paths] : paths).map((path) => ({ path, message })),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
