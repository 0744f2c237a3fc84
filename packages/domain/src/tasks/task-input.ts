import { taskIssuers, taskStatuses } from "@kycuong/db";
import { z } from "zod";
import { LocalDate as date } from "../input/dates";
import { Id } from "../input/ids";
import { text } from "../input/text";

/** A document number (số/ký hiệu) as the party committee writes it, e.g. "125-TB/HU". */
const docNumber = text({ min: 1, max: 60 });

const taskFields = {
  title: text({ min: 3, max: 300 }),
  description: text({ min: 1, max: 5000 }).nullable(),
  sourceDocNumber: docNumber,
  sourceDocDate: date,
  issuedBy: z.enum(taskIssuers, {
    error: "Phải là party_committee hoặc peoples_committee · Must be party_committee or peoples_committee",
  }),
  unitId: Id,
  /** The grassroots party organisation concerned (tổ chức cơ sở đảng), as written in the source document. */
  partyOrganisation: text({ min: 2, max: 200 }).nullable(),
  officialId: Id.nullable(),
  /** The local date the task is due; it runs out at the end of that day in the tenant's time zone. */
  dueOn: date,
};

export const CreateTask = z.strictObject({
  ...taskFields,
  description: taskFields.description.default(null),
  partyOrganisation: taskFields.partyOrganisation.default(null),
  officialId: taskFields.officialId.default(null),
});
export type CreateTask = z.infer<typeof CreateTask>;

export const UpdateTask = z.strictObject(taskFields).partial();
export type UpdateTask = z.infer<typeof UpdateTask>;

export const CompleteTask = z.strictObject({
  /** The local date the work was finished; never after today. */
  completedOn: date,
  note: text({ min: 1, max: 5000 }),
});
export type CompleteTask = z.infer<typeof CompleteTask>;

export const TaskListQuery = z.object({
  status: z.enum(taskStatuses).optional(),
  /** The unit the task is assigned to (that unit exactly, not its sub-units). */
  unitId: Id.optional(),
  /** `true`: open and past its due instant; `false`: everything else. */
  overdue: z.enum(["true", "false"]).optional(),
  /**
   * `overdue`: open and past its due instant; `soon`: open, not yet past it,
   * and due within the tenant's `alertDueSoonWorkingDays` (the digests' "due soon").
   */
  due: z.enum(["overdue", "soon"]).optional(),
  /** Due on or after this local date. */
  dueFrom: date.optional(),
  /** Due on or before this local date. */
  dueTo: date.optional(),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

/** A written reminder (văn bản nhắc nhở): its document, who issued it, and to whom it went. */
export const RecordReminder = z.strictObject({
  docNumber,
  /** The document's date; never after today. Its year is the tracking-book year when it is the Nth reminder. */
  docDate: date,
  issuer: text({ min: 2, max: 200 }),
  content: text({ min: 1, max: 5000 }),
  recipientUnitId: Id.nullable().default(null),
  recipientOrganisation: text({ min: 2, max: 200 }).nullable().default(null),
  recipientOfficialId: Id.nullable().default(null),
});
export type RecordReminder = z.infer<typeof RecordReminder>;
