import { reportFindings } from "@kycuong/db";
import { z } from "zod";
import { Instant } from "../../input/dates";
import { Id } from "../../input/ids";
import { text } from "../../input/text";

/** Why a report is rejected or reopened: the reporter reads a rejection reason, so it must say something. */
const reason = text({ min: 5, max: 2000 });

const Resolved = z
  .strictObject({
    to: z.literal("resolved"),
    finding: z.enum(reportFindings),
    /** The reply the reporter reads in their timeline. */
    answer: text({ min: 10, max: 5000 }),
    officialIds: z.array(Id).max(50).default([]),
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
    z
      .strictObject({
        to: z.literal("duplicate"),
        /** The earlier report, by id … */
        duplicateOfId: Id.optional(),
        /** … or by the tracking code staff read on it (exactly one of the two). */
        duplicateOfCode: z.string().trim().min(1).max(40).optional(),
      })
      .superRefine((value, issues) => {
        if ((value.duplicateOfId === undefined) === (value.duplicateOfCode === undefined)) {
          issues.addIssue({
            code: "custom",
            path: ["duplicateOfId"],
            message:
              "Nêu phản ánh trùng bằng id hoặc mã phản ánh (một trong hai) · Name the earlier report by its id or its tracking code (one of the two)",
          });
        }
      }),
    z.strictObject({
      to: z.literal("assigned"),
      unitId: Id,
      /** Replaces the deadline set at intake; without it the report keeps its own. */
      dueAt: Instant.optional(),
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

export const StaffNote = z.strictObject({ body: text({ min: 1, max: 5000 }) });
export type StaffNote = z.infer<typeof StaffNote>;
