import { disciplinaryDecisions, violationRecordStatuses } from "@kycuong/db";
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });

/** The content of a record: what its hash covers once it is issued. */
const content = {
  typeCode: text(60),
  occurredAt: instant,
  place: text(500),
  description: text(10_000),
  witnesses: z.array(text(200)).max(20).default([]),
};

export const CreateViolationRecord = z.object({
  inspectionId: z.uuid().optional(),
  reportId: z.uuid().optional(),
  ...content,
  officialIds: z.array(z.uuid()).min(1).max(50),
});
export type CreateViolationRecord = z.infer<typeof CreateViolationRecord>;

export const UpdateViolationRecord = z
  .object({
    typeCode: content.typeCode,
    occurredAt: content.occurredAt,
    place: content.place,
    description: content.description,
    witnesses: z.array(text(200)).max(20),
    officialIds: z.array(z.uuid()).min(1).max(50),
  })
  .partial();
export type UpdateViolationRecord = z.infer<typeof UpdateViolationRecord>;

export const CorrectViolationRecord = z.object({
  reason: z.string().trim().min(10).max(2000),
  changes: UpdateViolationRecord.omit({ officialIds: true }).refine((c) => Object.keys(c).length > 0, {
    message: "Cần ít nhất một thay đổi · At least one change is needed",
  }),
});
export type CorrectViolationRecord = z.infer<typeof CorrectViolationRecord>;

export const ViolationListQuery = z.object({
  status: z.enum(violationRecordStatuses).optional(),
  officialId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  /** Records whose inspection was made by this inspection team. */
  teamId: z.uuid().optional(),
  typeCode: z.string().max(60).optional(),
  /** Occurred at or after this instant. */
  from: instant.optional(),
  /** Occurred before this instant. */
  to: instant.optional(),
});
export type ViolationListQuery = z.infer<typeof ViolationListQuery>;

export const RecordSignature = z.discriminatedUnion("signature", [
  z.object({ signature: z.literal("signed") }),
  z.object({ signature: z.literal("refused"), witnessedBy: text(500) }),
]);
export type RecordSignature = z.infer<typeof RecordSignature>;

export const SubmitExplanation = z.object({ text: text(10_000) });
export type SubmitExplanation = z.infer<typeof SubmitExplanation>;

export const RecordDecision = z.object({
  decision: z.enum(disciplinaryDecisions),
  decisionDocNumber: text(100),
  decisionDocDate: z.iso.date(),
  decidedBy: text(200),
});
export type RecordDecision = z.infer<typeof RecordDecision>;

export const SubmitCorrectiveReport = z.object({ unitId: z.uuid(), body: text(10_000) });
export type SubmitCorrectiveReport = z.infer<typeof SubmitCorrectiveReport>;
