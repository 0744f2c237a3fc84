import { dialogueSessions } from "@kycuong/db";
import { z } from "zod";

export const dialogueLevels = dialogueSessions.level.enumValues;

const text = (min: number, max: number) => z.string().trim().normalize("NFC").min(min).max(max);
const date = z.iso.date();

const sessionFields = {
  level: z.enum(dialogueLevels),
  /** The unit hosting the session (e.g. a commune); the period KPI groups by its subtree. */
  hostUnitId: z.uuid(),
  /** The local date of the session in the tenant's time zone; today at the latest. */
  heldOn: date,
  place: text(2, 300),
  /** The chair as an official of this tenant, when they are one. */
  chairOfficialId: z.uuid().nullable(),
  /** The chair as the minutes name them (e.g. "Bí thư Huyện ủy Nguyễn Văn X"). */
  chairName: text(2, 200),
  participantsCount: z.int().min(0).max(1_000_000).nullable(),
  /** The minutes' document number (số/ký hiệu biên bản). */
  minutesRef: text(1, 200).nullable(),
};

export const CreateDialogue = z.strictObject({
  ...sessionFields,
  chairOfficialId: sessionFields.chairOfficialId.default(null),
  participantsCount: sessionFields.participantsCount.default(null),
  minutesRef: sessionFields.minutesRef.default(null),
});
export type CreateDialogue = z.infer<typeof CreateDialogue>;

/** Any of the session's fields; `heldOn` only while the session has no issues (their deadlines hang on it). */
export const UpdateDialogue = z.strictObject(sessionFields).partial();
export type UpdateDialogue = z.infer<typeof UpdateDialogue>;

export const DialogueListQuery = z.object({
  /** Held on or after this local date (inclusive). */
  from: date.optional(),
  /** Held on or before this local date (inclusive). */
  to: date.optional(),
  /** Hosted by this unit or any unit under it. */
  hostUnitId: z.uuid().optional(),
  level: z.enum(dialogueLevels).optional(),
});
export type DialogueListQuery = z.infer<typeof DialogueListQuery>;
