import {
  type checklistTemplates,
  type inspectionChecklistResults,
  inspectionKinds,
  inspectionStatuses,
  type inspections,
  type inspectionTeams,
} from "@kycuong/db";
import { z } from "zod";

export type TeamRow = typeof inspectionTeams.$inferSelect;
export type TemplateRow = typeof checklistTemplates.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;
export type ResultRow = typeof inspectionChecklistResults.$inferSelect;
export type InspectionStatus = (typeof inspectionStatuses)[number];

const ref = z.object({ id: z.string(), name: z.string() });
const officialRef = z.object({ id: z.string(), fullName: z.string() });

export const InspectionTeam = z
  .object({
    id: z.string(),
    name: z.string(),
    decisionDocNumber: z.string(),
    decisionDocDate: z.string(),
    leader: officialRef,
    members: z.array(officialRef),
    activeFrom: z.string(),
    activeTo: z.string().nullable(),
    /** The symbol its records are numbered with ("BB-TKT20"): its own, or derived from its name. */
    recordSymbol: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "InspectionTeam" });
export type InspectionTeam = z.infer<typeof InspectionTeam>;

export const ChecklistTemplate = z
  .object({
    id: z.string(),
    name: z.string(),
    items: z.array(z.object({ code: z.string(), label: z.string() })),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "ChecklistTemplate" });
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;

export function toChecklistTemplate(row: TemplateRow): ChecklistTemplate {
  return {
    id: row.id,
    name: row.name,
    items: row.items,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const Inspection = z
  .object({
    id: z.string(),
    team: ref,
    kind: z.enum(inspectionKinds),
    status: z.enum(inspectionStatuses),
    scheduledAt: z.string().nullable(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    checklistTemplateId: z.string().nullable(),
    findings: z.string().nullable(),
    /** The inspected units. */
    targets: z.array(ref),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Inspection" });
export type Inspection = z.infer<typeof Inspection>;

export const ChecklistEntry = z.object({
  code: z.string(),
  label: z.string(),
  /** null: nothing recorded for this item yet. */
  result: z.enum(["compliant", "violation", "not_checked"]).nullable(),
  note: z.string().nullable(),
});

/** One inspection with its checklist: the template's items in order, each with its result. */
export const InspectionDetail = Inspection.extend({
  checklist: z.object({ templateId: z.string(), name: z.string(), items: z.array(ChecklistEntry) }).nullable(),
}).meta({ id: "InspectionDetail" });
export type InspectionDetail = z.infer<typeof InspectionDetail>;

export interface InspectionSelection {
  inspection: InspectionRow;
  team: { id: string; name: string } | null;
}

export function toInspection(row: InspectionSelection, targets: { id: string; name: string }[]): Inspection {
  const i = row.inspection;
  return {
    id: i.id,
    team: row.team ?? { id: i.teamId, name: "" },
    kind: i.kind,
    status: i.status,
    scheduledAt: i.scheduledAt,
    startedAt: i.startedAt,
    endedAt: i.endedAt,
    checklistTemplateId: i.checklistTemplateId,
    findings: i.findings,
    targets,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}
