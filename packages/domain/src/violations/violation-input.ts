import { disciplinaryDecisions, violationRecordStatuses } from "@kycuong/db";
import { z } from "zod";
import { Instant as instant, LocalDate } from "../input/dates";
import { Id } from "../input/ids";
import { text } from "../input/text";

/** Text in a record: never blank. */
const required = (max: number) => text({ min: 1, max });

/** The content of a record: what its hash covers once it is issued. */
const content = {
  typeCode: required(60),
  occurredAt: instant,
  place: required(500),
  description: required(10_000),
  witnesses: z.array(required(200)).max(20).default([]),
};

export const CreateViolationRecord = z.strictObject({
  inspectionId: Id.optional(),
  reportId: Id.optional(),
  ...content,
  officialIds: z.array(Id).min(1).max(50),
});
export type CreateViolationRecord = z.infer<typeof CreateViolationRecord>;

export const UpdateViolationRecord = z
  .strictObject({
    typeCode: content.typeCode,
    occurredAt: content.occurredAt,
    place: content.place,
    description: content.description,
    witnesses: z.array(required(200)).max(20),
    officialIds: z.array(Id).min(1).max(50),
  })
  .partial();
export type UpdateViolationRecord = z.infer<typeof UpdateViolationRecord>;

export const CorrectViolationRecord = z.strictObject({
  reason: text({ min: 10, max: 2000 }),
  changes: UpdateViolationRecord.omit({ officialIds: true }).refine((c) => Object.keys(c).length > 0, {
    message: "Cần ít nhất một thay đổi · At least one change is needed",
  }),
});
export type CorrectViolationRecord = z.infer<typeof CorrectViolationRecord>;

export const ViolationListQuery = z.object({
  status: z.enum(violationRecordStatuses).optional(),
  officialId: Id.optional(),
  unitId: Id.optional(),
  /** Records whose inspection was made by this inspection team. */
  teamId: Id.optional(),
  typeCode: text({ min: 0, max: 60 }).optional(),
  /** Occurred at or after this instant. */
  from: instant.optional(),
  /** Occurred before this instant. */
  to: instant.optional(),
  /**
   * Records with a named official whose follow-up waits: `explanation`
   * (requested, not yet received) or `decision` (explanation received, not yet decided).
   */
  awaiting: z.enum(["explanation", "decision"]).optional(),
});
export type ViolationListQuery = z.infer<typeof ViolationListQuery>;

export const RecordSignature = z.discriminatedUnion("signature", [
  z.strictObject({ signature: z.literal("signed") }),
  z.strictObject({ signature: z.literal("refused"), witnessedBy: required(500) }),
]);
export type RecordSignature = z.infer<typeof RecordSignature>;

export const SubmitExplanation = z.strictObject({ text: required(10_000) });
export type SubmitExplanation = z.infer<typeof SubmitExplanation>;

export const RecordDecision = z.strictObject({
  decision: z.enum(disciplinaryDecisions),
  decisionDocNumber: required(100),
  decisionDocDate: LocalDate,
  decidedBy: required(200),
});
export type RecordDecision = z.infer<typeof RecordDecision>;

/** A longer disciplinary period for one official: why, and its length in days from the record's issue (default the longest). */
export const ExtendDisciplinaryPeriod = z.strictObject({
  reason: text({ min: 10, max: 2000 }),
  days: z.int().min(1).max(366).optional(),
});
export type ExtendDisciplinaryPeriod = z.infer<typeof ExtendDisciplinaryPeriod>;

export const SubmitCorrectiveReport = z.strictObject({ unitId: Id, body: required(10_000) });
export type SubmitCorrectiveReport = z.infer<typeof SubmitCorrectiveReport>;
