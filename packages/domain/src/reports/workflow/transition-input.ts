import { reportFindings } from "@kycuong/db";
import { z } from "zod";

const text = (min: number, max: number) => z.string().trim().normalize("NFC").min(min).max(max);

/** Why a report is rejected or reopened: the reporter reads a rejection reason, so it must say something. */
const reason = text(5, 2000);

const Resolved = z
  .strictObject({
    to: z.literal("resolved"),
    finding: z.enum(reportFindings),
    /** The reply the reporter reads in their timeline. */
    answer: text(10, 5000),
    officialIds: z.array(z.uuid()).max(50).default([]),
  })
  .superRefine((value, issues) => {
    // An upheld report is evidence against named people (R2), so it must name
    // them; an unsubstantiated one must not put anyone on a scorecard.
    if (value.finding !== "unsubstantiated" && value.officialIds.length === 0) {
      issues.addIssue({
        code: "custom",
        path: ["officialIds"],
        message:
          "Nêu ít nhất một cán bộ khi phản ánh đúng hoặc đúng một phần · Name at least one official when the report is upheld",
      });
    }
    if (value.finding === "unsubstantiated" && value.officialIds.length > 0) {
      issues.addIssue({
        code: "custom",
        path: ["officialIds"],
        message: "Phản ánh không đúng thì không gắn cán bộ · An unsubstantiated report names no officials",
      });
    }
  });

/**
 * The body of `POST …/reports/{id}/transitions`: the target status and the
 * fields that move needs, nothing else (strict objects).
 */
export const ReportTransition = z.discriminatedUnion(
  "to",
  [
    z.strictObject({ to: z.literal("accepted") }),
    z.strictObject({ to: z.literal("rejected"), reason }),
    z.strictObject({ to: z.literal("duplicate"), duplicateOfId: z.uuid() }),
    z.strictObject({
      to: z.literal("assigned"),
      unitId: z.uuid(),
      /** Replaces the deadline set at intake; without it the report keeps its own. */
      dueAt: z.iso.datetime({ offset: true }).optional(),
    }),
    z.strictObject({ to: z.literal("in_progress") }),
    Resolved,
    z.strictObject({ to: z.literal("closed") }),
    z.strictObject({ to: z.literal("reopened"), reason }),
  ],
  {
    error:
      "Trạng thái đích phải là accepted, rejected, duplicate, assigned, in_progress, resolved, closed hoặc reopened · " +
      "`to` must be accepted, rejected, duplicate, assigned, in_progress, resolved, closed or reopened",
  },
);
export type ReportTransition = z.infer<typeof ReportTransition>;

export const StaffNote = z.strictObject({ body: text(1, 5000) });
export type StaffNote = z.infer<typeof StaffNote>;
