import { inspectionKinds, inspectionStatuses } from "@kycuong/db";
import { z } from "zod";
import { LocalDate as date, Instant as instant } from "../input/dates";
import { Id } from "../input/ids";
import { text } from "../input/text";

/** Repeated ids count once (the verbs drop duplicates). */
const ids = z.array(Id);

/** A checklist names each item once: a repeated code is marked where it repeats. */
function noRepeatedCode(items: readonly { code: string }[], ctx: z.core.$RefinementCtx<readonly { code: string }[]>) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.code)) {
      ctx.addIssue({ code: "custom", path: [index, "code"], message: "Mã bị trùng · Duplicate code" });
    }
    seen.add(item.code);
  });
}

const teamFields = {
  /** The team's name or number, e.g. "Tổ Kiểm tra 20". */
  name: text({ min: 2, max: 200 }),
  /** The decision that formed the team (số/ký hiệu), e.g. "1520/QĐ-UBND". */
  decisionDocNumber: text({ min: 1, max: 60 }),
  decisionDocDate: date,
  leaderOfficialId: Id,
  /** Officials of this tenant; the leader need not be repeated here. */
  memberOfficialIds: ids.max(50),
  activeFrom: date,
  /** Inclusive; null or absent: open-ended. */
  activeTo: date.nullable(),
  /**
   * The symbol after its violation records' numbers ("BB-TKT20" in "Số: 12/BB-TKT20"): capitals, digits
   * and hyphens; null or absent: "BB-" and the initials of the name. A record keeps the symbol it was issued with.
   */
  recordSymbol: z
    .string()
    .regex(
      /^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u,
      "Chữ in hoa, chữ số và dấu gạch nối, ví dụ BB-TKT20 · Capitals, digits and hyphens",
    )
    .max(30)
    .nullable(),
};

export const CreateInspectionTeam = z.strictObject({
  ...teamFields,
  memberOfficialIds: teamFields.memberOfficialIds.default([]),
  activeTo: teamFields.activeTo.default(null),
  recordSymbol: teamFields.recordSymbol.default(null),
});
export type CreateInspectionTeam = z.infer<typeof CreateInspectionTeam>;

export const UpdateInspectionTeam = z.strictObject(teamFields).partial();
export type UpdateInspectionTeam = z.infer<typeof UpdateInspectionTeam>;

export const ChecklistItem = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z_]+$/, { error: "Chữ thường a-z và dấu _ · Lowercase a-z and _" })
    .max(60),
  label: text({ min: 2, max: 300 }),
});

export const CreateChecklistTemplate = z.strictObject({
  name: text({ min: 2, max: 200 }),
  items: z.array(ChecklistItem).min(1).max(50).superRefine(noRepeatedCode),
});
export type CreateChecklistTemplate = z.infer<typeof CreateChecklistTemplate>;

export const CreateInspection = z
  .strictObject({
    teamId: Id,
    kind: z.enum(inspectionKinds, { error: "Phải là planned hoặc surprise · Must be planned or surprise" }),
    targetUnitIds: ids.min(1).max(50),
    /** Required for a planned inspection. */
    scheduledAt: instant.nullable().default(null),
    checklistTemplateId: Id.nullable().default(null),
    /** A surprise inspection only: start it now (in_progress) instead of scheduling it. */
    startNow: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "planned" && !value.scheduledAt) {
      ctx.addIssue({
        code: "custom",
        path: ["scheduledAt"],
        message: "Bắt buộc với cuộc kiểm tra theo kế hoạch · Required for a planned inspection",
      });
    }
    if (value.kind === "planned" && value.startNow) {
      ctx.addIssue({
        code: "custom",
        path: ["startNow"],
        message: "Chỉ dùng cho kiểm tra đột xuất · Only for a surprise inspection",
      });
    }
  });
export type CreateInspection = z.infer<typeof CreateInspection>;

export const CompleteInspection = z.strictObject({
  /** The overall findings (kết quả kiểm tra). */
  findings: text({ min: 1, max: 10_000 }),
});
export type CompleteInspection = z.infer<typeof CompleteInspection>;

export const ChecklistResults = z.strictObject({
  /** Replaces the inspection's results: items left out have none. */
  results: z
    .array(
      z.strictObject({
        code: z.string().max(60),
        result: z.enum(["compliant", "violation", "not_checked"]),
        note: text({ min: 1, max: 2000 }).nullable().default(null),
      }),
    )
    .max(50)
    .superRefine(noRepeatedCode),
});
export type ChecklistResults = z.infer<typeof ChecklistResults>;

export const InspectionListQuery = z.object({
  teamId: Id.optional(),
  /** Inspections with this unit among their targets (that unit exactly). */
  unitId: Id.optional(),
  status: z.enum(inspectionStatuses).optional(),
  kind: z.enum(inspectionKinds).optional(),
  /** Started (or, not yet started, scheduled) on or after this local date. */
  from: date.optional(),
  /** Started (or scheduled) on or before this local date. */
  to: date.optional(),
});
export type InspectionListQuery = z.infer<typeof InspectionListQuery>;
