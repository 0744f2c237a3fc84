import { dialogueSessions } from "@kycuong/db";
import { z } from "zod";
import { LocalDate as date } from "../input/dates";
import { Id } from "../input/ids";
import { text } from "../input/text";

export const dialogueLevels = dialogueSessions.level.enumValues;

const sessionFields = {
  level: z.enum(dialogueLevels),
  /** The unit hosting the session (e.g. a commune); the period KPI groups by its subtree. */
  hostUnitId: Id,
  /** The local date of the session in the tenant's time zone; today at the latest. */
  heldOn: date,
  place: text({ min: 2, max: 300 }),
  /** The chair as an official of this tenant, when they are one. */
  chairOfficialId: Id.nullable(),
  /** The chair as the minutes name them (e.g. "Bí thư Huyện ủy Nguyễn Văn X"). */
  chairName: text({ min: 2, max: 200 }),
  participantsCount: z.int().min(0).max(1_000_000).nullable(),
  /** The minutes' document number (số/ký hiệu biên bản). */
  minutesRef: text({ min: 1, max: 200 }).nullable(),
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
  hostUnitId: Id.optional(),
  level: z.enum(dialogueLevels).optional(),
});
export type DialogueListQuery = z.infer<typeof DialogueListQuery>;
