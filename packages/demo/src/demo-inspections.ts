import {
  checklistTemplates,
  type Db,
  inspectionChecklistResults,
  inspections,
  inspectionTargets,
  inspectionTeamMembers,
  inspectionTeams,
  inTenant,
  officials,
  units,
  violationTypes,
} from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { and, eq, sql } from "drizzle-orm";
import { hasHappened, storyInstant } from "./demo-story-clock";

/**
 * Bình Sơn's inspection demo (R8): the checklist template, the catalogue of
 * violation types, Tổ Kiểm tra 20 and its completed surprise inspection at
 * xã Bình Thanh Đông with the checklist filled in. Each row is keyed by its
 * natural key (template name, violation code, team name and decision,
 * inspection team + kind + start) and inserted only when missing.
 */
export interface DemoInspectionSummary {
  checklistTemplatesCreated: number;
  violationTypesCreated: number;
  inspectionTeamsCreated: number;
  inspectionsCreated: number;
}

const TENANT = "binh-son";
const TEMPLATE_NAME = "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính";
/** The demo tenants' time zone (the default one). */
const DEMO_ZONE = "Asia/Ho_Chi_Minh";
const TEAM = { name: "Tổ Kiểm tra 20", decisionDocNumber: "1520/QĐ-UBND", decisionDocDate: "2026-01-05" };
const TEAM_LEADER = "BS-007";
const TEAM_MEMBERS = ["BS-004", "BS-002"];
const INSPECTED_UNIT = "BTD";
/** 11:30 to 13:00 on 10 September 2026, Hà Nội time: the lunch break. */
const STARTED_AT = "2026-09-10T04:30:00.000Z";
const ENDED_AT = "2026-09-10T06:00:00.000Z";

export const demoChecklistItems = [
  { code: "presence_during_working_hours", label: "Có mặt đầy đủ trong giờ làm việc" },
  { code: "attitude_to_citizens", label: "Thái độ, tác phong khi tiếp xúc với công dân" },
  { code: "procedures_on_time", label: "Giải quyết thủ tục hành chính đúng hạn" },
  {
    code: "no_alcohol_working_hours_lunch",
    label: "Không uống rượu, bia trong giờ làm việc và giờ nghỉ trưa (Chỉ thị 26/CT-TTg)",
  },
  { code: "office_rules_posted", label: "Niêm yết nội quy, quy chế cơ quan" },
];

export const demoViolationTypes = [
  {
    code: "alcohol_during_work",
    nameVi: "Uống rượu, bia trong giờ làm việc, giờ nghỉ trưa",
    nameEn: "Alcohol during working hours or the lunch break",
  },
  { code: "absent_without_leave", nameVi: "Vắng mặt không lý do", nameEn: "Absent without leave" },
  { code: "late_or_early_leave", nameVi: "Đi muộn, về sớm", nameEn: "Late arrival or early leave" },
  { code: "improper_attitude", nameVi: "Thái độ, tác phong không đúng mực", nameEn: "Improper attitude" },
  { code: "harassment_or_bribe_seeking", nameVi: "Gây phiền hà, sách nhiễu", nameEn: "Harassment or bribe-seeking" },
  {
    code: "procedure_deadline_breach",
    nameVi: "Giải quyết thủ tục hành chính trễ hạn",
    nameEn: "Breach of procedure deadlines",
  },
  { code: "other", nameVi: "Vi phạm khác", nameEn: "Other" },
];

const demoResults: Record<string, { result: "compliant" | "violation" | "not_checked"; note: string | null }> = {
  presence_during_working_hours: { result: "compliant", note: null },
  attitude_to_citizens: { result: "compliant", note: null },
  procedures_on_time: { result: "not_checked", note: "Ngoài giờ làm việc, chưa kiểm tra hồ sơ" },
  no_alcohol_working_hours_lunch: {
    result: "violation",
    note: "3 cán bộ, công chức uống bia tại quán gần trụ sở lúc 11 giờ 45",
  },
  office_rules_posted: { result: "compliant", note: null },
};

const FINDINGS =
  "Kiểm tra đột xuất giờ nghỉ trưa ngày 10/9/2026: 03 cán bộ, công chức UBND xã Bình Thanh Đông uống bia trong giờ nghỉ trưa, " +
  "vi phạm Chỉ thị 26/CT-TTg. Đã lập biên bản vi phạm.";

export async function seedDemoInspections(
  db: Db,
  tenantId: string,
  slug: string,
  now: Date,
): Promise<DemoInspectionSummary> {
  const summary = {
    checklistTemplatesCreated: 0,
    violationTypesCreated: 0,
    inspectionTeamsCreated: 0,
    inspectionsCreated: 0,
  };
  if (slug !== TENANT) return summary;
  const at = now.toISOString();
  const stamps = { createdAt: at, updatedAt: at };

  const insertedTypes = await db
    .insert(violationTypes)
    .values(demoViolationTypes.map((t) => ({ ...t, id: newId(now), tenantId, createdAt: at })))
    .onConflictDoNothing()
    .returning({ id: violationTypes.id });
  summary.violationTypesCreated = insertedTypes.length;

  let [template] = await db
    .select({ id: checklistTemplates.id })
    .from(checklistTemplates)
    .where(inTenant(checklistTemplates, tenantId, eq(checklistTemplates.name, TEMPLATE_NAME)));
  if (!template) {
    template = { id: newId(now) };
    await db
      .insert(checklistTemplates)
      .values({ ...template, tenantId, name: TEMPLATE_NAME, items: demoChecklistItems, ...stamps });
    summary.checklistTemplatesCreated = 1;
  }

  // The team exists from its decision on; the inspection from its start (a seed writes what has happened by `now`).
  if (!hasHappened(storyInstant(TEAM.decisionDocDate, "08:00", DEMO_ZONE), now)) return summary;
  let teamId = await demoTeamId(db, tenantId);
  if (!teamId) {
    teamId = newId(now);
    const memberIds = await Promise.all(TEAM_MEMBERS.map((code) => officialId(db, tenantId, code)));
    await db.batch([
      db.insert(inspectionTeams).values({
        id: teamId,
        tenantId,
        ...TEAM,
        leaderOfficialId: await officialId(db, tenantId, TEAM_LEADER),
        activeFrom: "2026-01-05",
        activeTo: null,
        ...stamps,
      }),
      db
        .insert(inspectionTeamMembers)
        .values(memberIds.map((id) => ({ tenantId, teamId: teamId as string, officialId: id }))),
    ]);
    summary.inspectionTeamsCreated = 1;
  }

  if (hasHappened(new Date(STARTED_AT), now) && !(await demoInspectionId(db, tenantId))) {
    const id = newId(now);
    const [unit] = await db
      .select({ id: units.id })
      .from(units)
      .where(inTenant(units, tenantId, eq(units.code, INSPECTED_UNIT)));
    if (!unit) throw new Error(`demo data: unit ${INSPECTED_UNIT} is missing`);
    await db.batch([
      db.insert(inspections).values({
        id,
        tenantId,
        teamId,
        kind: "surprise",
        status: "completed",
        scheduledAt: null,
        startedAt: STARTED_AT,
        endedAt: ENDED_AT,
        checklistTemplateId: template.id,
        findings: FINDINGS,
        ...stamps,
      }),
      db.insert(inspectionTargets).values({ tenantId, inspectionId: id, unitId: unit.id }),
      db.insert(inspectionChecklistResults).values(
        Object.entries(demoResults).map(([itemCode, r]) => ({
          tenantId,
          inspectionId: id,
          itemCode,
          ...r,
          updatedAt: at,
        })),
      ),
    ]);
    summary.inspectionsCreated = 1;
  }
  return summary;
}

async function demoTeamId(db: Db, tenantId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: inspectionTeams.id })
    .from(inspectionTeams)
    .where(
      inTenant(
        inspectionTeams,
        tenantId,
        eq(inspectionTeams.name, TEAM.name),
        eq(inspectionTeams.decisionDocNumber, TEAM.decisionDocNumber),
      ),
    );
  return row?.id ?? null;
}

/**
 * The demo surprise inspection of xã Bình Thanh Đông by Tổ Kiểm tra 20 (by
 * its natural key), or null before the seed has made it: for seeding what
 * hangs off it, such as the violation record.
 */
export async function demoInspectionId(db: Db, tenantId: string): Promise<string | null> {
  const teamId = await demoTeamId(db, tenantId);
  if (!teamId) return null;
  const [row] = await db
    .select({ id: inspections.id })
    .from(inspections)
    .where(
      inTenant(
        inspections,
        tenantId,
        eq(inspections.teamId, teamId),
        eq(inspections.kind, "surprise"),
        eq(inspections.startedAt, STARTED_AT),
        sql`exists (select 1 from ${inspectionTargets} join ${units} on ${units.id} = ${inspectionTargets.unitId} and ${units.tenantId} = ${tenantId}
          where ${inspectionTargets.tenantId} = ${tenantId} and ${inspectionTargets.inspectionId} = ${inspections.id}
          and ${units.code} = ${INSPECTED_UNIT})`,
      ),
    );
  return row?.id ?? null;
}

async function officialId(db: Db, tenantId: string, employeeCode: string): Promise<string> {
  const [row] = await db
    .select({ id: officials.id })
    .from(officials)
    .where(and(eq(officials.tenantId, tenantId), eq(officials.employeeCode, employeeCode)));
  if (!row) throw new Error(`demo data: official ${employeeCode} is missing`);
  return row.id;
}
