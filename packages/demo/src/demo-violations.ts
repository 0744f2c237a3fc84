import {
  type Db,
  inTenant,
  officials as officialsTable,
  tenants,
  users,
  violationRecordOfficials,
  violationRecords,
} from "@kycuong/db";
import { calendarDataColumn, parseCalendarData } from "@kycuong/domain/calendar";
import { newId, type TenantContext } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import { parseTenantSettings } from "@kycuong/domain/tenants";
import {
  createViolationRecord,
  getViolationRecord,
  issueViolationRecord,
  type RecordSeal,
  recordDecision,
  recordSignature,
  requestExplanation,
  submitExplanation,
} from "@kycuong/domain/violations";
import { and, asc, eq } from "drizzle-orm";
import { demoInspectionId } from "./demo-inspections";
import { hasHappened, storyInstant } from "./demo-story-clock";

/**
 * Bình Sơn's violation record demo (R8): the record Tổ Kiểm tra 20 wrote at
 * its surprise lunch-break inspection of xã Bình Thanh Đông against three
 * officials drinking beer, issued, with one official's explanation received
 * and a reprimand decided for another. Everything goes through the real
 * verbs, acting as the demo inspector (the verbs grant nothing to a system
 * actor). The record is keyed by inspection + type + place; each later step
 * runs only while the official still stands before it, and a conflict from a
 * seed running at the same time is taken as "already done".
 */
export interface DemoViolationSummary {
  violationRecordsCreated: number;
  violationExplanationsReceived: number;
  violationDecisionsRecorded: number;
}

const TENANT = "binh-son";
const INSPECTOR_EMAIL = "kiemtra@binh-son.example";
const TYPE_CODE = "alcohol_during_work";
export const DEMO_VIOLATION_PLACE = "Quán ăn đối diện trụ sở UBND xã Bình Thanh Đông, huyện Bình Sơn";
const OFFICIALS = ["BS-009", "BS-010", "BS-011"];
const EXPLAINING = "BS-009";
const REPRIMANDED = "BS-010";

const RECORD = {
  typeCode: TYPE_CODE,
  /** 11:45 on 10 September 2026, Hà Nội time. */
  occurredAt: "2026-09-10T04:45:00.000Z",
  place: DEMO_VIOLATION_PLACE,
  description:
    "Vào lúc 11 giờ 45 phút ngày 10/9/2026 (giờ nghỉ trưa của ngày làm việc), Tổ Kiểm tra 20 phát hiện 03 cán bộ, " +
    "công chức UBND xã Bình Thanh Đông đang uống bia tại quán ăn đối diện trụ sở (trên bàn có 06 lon bia đã mở). " +
    "Hành vi vi phạm Chỉ thị 26/CT-TTg và quy định về văn hóa công sở.",
  witnesses: ["Nguyễn Văn Tâm (chủ quán)", "Lê Thị Hoa (người dân thôn An Thạnh)"],
};
const EXPLANATION =
  "Tôi thừa nhận có uống 01 lon bia trong bữa trưa cùng đồng nghiệp. Tôi nhận thức được vi phạm, " +
  "xin nghiêm túc rút kinh nghiệm và cam kết không tái phạm.";
const REPRIMANDED_EXPLANATION =
  "Tôi có uống bia trong giờ nghỉ trưa. Tôi nhận khuyết điểm và xin chịu hình thức kỷ luật theo quy định.";
/**
 * The record's chronology, in Hà Nội time: written at the inspection of Thursday 10 Sep 2026, signed there by
 * two of the officials while the third refused before the café owner, and issued; the two are asked to explain
 * the next morning (5 working days, to Friday 18 Sep), explain on 15 and 16 Sep, and the Chủ tịch decides one
 * reprimand on Monday 5 Oct 2026, well inside the 90-day disciplinary period (Decree 172/2025). A seed writes
 * the steps that have happened by its `now`, each at its own instant (demo-story-clock.ts).
 */
const STORY = {
  written: ["2026-09-10", "13:15"],
  signed: ["2026-09-10", "13:20"],
  issued: ["2026-09-10", "13:30"],
  explanationsRequested: ["2026-09-11", "08:30"],
  explained: ["2026-09-15", "10:00"],
  reprimandedExplained: ["2026-09-16", "09:00"],
  decided: ["2026-10-05", "15:00"],
} as const;
const SIGNATURES: Record<string, { signature: "signed" } | { signature: "refused"; witnessedBy: string }> = {
  "BS-009": { signature: "signed" },
  "BS-010": { signature: "signed" },
  "BS-011": { signature: "refused", witnessedBy: "Nguyễn Văn Tâm (chủ quán)" },
};
const DECISION = {
  decision: "reprimand" as const,
  decisionDocNumber: "214/QĐ-UBND",
  decisionDocDate: STORY.decided[0],
  decidedBy: "Chủ tịch UBND huyện Bình Sơn",
};

export async function seedDemoViolations(
  db: Db,
  tenantId: string,
  slug: string,
  now: Date,
  seal: Promise<RecordSeal>,
): Promise<DemoViolationSummary> {
  const summary = { violationRecordsCreated: 0, violationExplanationsReceived: 0, violationDecisionsRecorded: 0 };
  if (slug !== TENANT) return summary;
  const inspectionId = await demoInspectionId(db, tenantId);
  if (!inspectionId) return summary;
  const inspector = { ...(await inspectorContext(db, tenantId, now)), seal: () => seal };
  /** The inspector acting at a step of the story, or null when the seed's `now` is before it. */
  const at = ([date, time]: readonly [string, string]) => {
    const instant = storyInstant(date, time, inspector.tenant.timezone);
    return hasHappened(instant, now) ? { ...inspector, now: instant, requestId: `demo-seed-${newId(instant)}` } : null;
  };
  const ids = new Map<string, string>();
  for (const code of OFFICIALS) ids.set(code, await officialId(db, tenantId, code));

  const written = at(STORY.written);
  if (!written) return summary;
  let recordId = await demoRecordId(db, tenantId, inspectionId);
  if (!recordId) {
    const created = await createViolationRecord(written, {
      inspectionId,
      ...RECORD,
      officialIds: [...ids.values()],
    });
    // Another seed running at the same time may have written it too: the oldest stays, ours goes.
    recordId = await demoRecordId(db, tenantId, inspectionId);
    if (recordId === created.id) summary.violationRecordsCreated = 1;
    else await discardDraft(db, tenantId, created.id);
  }
  if (!recordId) return summary;
  const id = recordId;
  const statusOf = async (code: string) => (await officialOnRecord(inspector, id, ids.get(code) as string))?.status;

  // Each signs, or refuses before a witness, at the scene: nobody is decided while their signature is pending.
  const signed = at(STORY.signed);
  for (const [code, signature] of Object.entries(SIGNATURES)) {
    const official = await officialOnRecord(inspector, id, ids.get(code) as string);
    if (signed && official?.signature === "pending") {
      await alreadyDone(() => recordSignature(signed, id, ids.get(code) as string, signature));
    }
  }

  const issued = at(STORY.issued);
  const [record] = await db
    .select({ status: violationRecords.status })
    .from(violationRecords)
    .where(inTenant(violationRecords, tenantId, eq(violationRecords.id, id)));
  if (!issued) return summary;
  if (record?.status === "draft") await alreadyDone(() => issueViolationRecord(issued, id));

  // Both are asked to explain; one explains, the other explains and is then decided (Decree 172/2025: not before).
  const requested = at(STORY.explanationsRequested);
  for (const code of [EXPLAINING, REPRIMANDED]) {
    if (requested && (await statusOf(code)) === "issued") {
      await alreadyDone(() => requestExplanation(requested, id, ids.get(code) as string));
    }
  }
  const explained = at(STORY.explained);
  if (explained && (await statusOf(EXPLAINING)) === "explanation_requested") {
    const text = { text: EXPLANATION };
    if (await alreadyDone(() => submitExplanation(explained, id, ids.get(EXPLAINING) as string, text))) {
      summary.violationExplanationsReceived = 1;
    }
  }
  const reprimandedExplained = at(STORY.reprimandedExplained);
  if (reprimandedExplained && (await statusOf(REPRIMANDED)) === "explanation_requested") {
    const text = { text: REPRIMANDED_EXPLANATION };
    await alreadyDone(() => submitExplanation(reprimandedExplained, id, ids.get(REPRIMANDED) as string, text));
  }
  const decided = at(STORY.decided);
  if (decided && (await statusOf(REPRIMANDED)) === "explanation_received") {
    if (await alreadyDone(() => recordDecision(decided, id, ids.get(REPRIMANDED) as string, DECISION))) {
      summary.violationDecisionsRecorded = 1;
    }
  }
  return summary;
}

/** True when the step ran; false when a concurrent seed got there first (a conflict). */
async function alreadyDone(step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.status === 409) return false;
    throw error;
  }
}

async function demoRecordId(db: Db, tenantId: string, inspectionId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: violationRecords.id })
    .from(violationRecords)
    .where(
      inTenant(
        violationRecords,
        tenantId,
        eq(violationRecords.inspectionId, inspectionId),
        eq(violationRecords.typeCode, TYPE_CODE),
        eq(violationRecords.place, DEMO_VIOLATION_PLACE),
      ),
    )
    .orderBy(asc(violationRecords.id))
    .limit(1);
  return row?.id ?? null;
}

async function discardDraft(db: Db, tenantId: string, id: string): Promise<void> {
  await db.batch([
    db
      .delete(violationRecordOfficials)
      .where(inTenant(violationRecordOfficials, tenantId, eq(violationRecordOfficials.recordId, id))),
    db
      .delete(violationRecords)
      .where(inTenant(violationRecords, tenantId, eq(violationRecords.id, id), eq(violationRecords.status, "draft"))),
  ]);
}

async function inspectorContext(db: Db, tenantId: string, now: Date): Promise<TenantContext> {
  const [tenant] = await db
    .select({
      slug: tenants.slug,
      name: tenants.name,
      timezone: tenants.timezone,
      settings: tenants.settings,
      calendar: calendarDataColumn(tenants.id),
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  const [user] = await db
    .select({ id: users.id, email: users.email, roles: users.roles, unitId: users.unitId })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.email, INSPECTOR_EMAIL)));
  if (!tenant || !user) throw new Error(`demo data: tenant or ${INSPECTOR_EMAIL} is missing`);
  return {
    db,
    now,
    actor: { type: "user", userId: user.id, email: user.email, tenantId, roles: user.roles, unitId: user.unitId },
    requestId: `demo-seed-${newId(now)}`,
    tenant: {
      id: tenantId,
      slug: tenant.slug,
      name: tenant.name,
      timezone: tenant.timezone,
      settings: parseTenantSettings(tenant.settings),
      calendar: parseCalendarData(tenant.calendar),
    },
  };
}

async function officialId(db: Db, tenantId: string, employeeCode: string): Promise<string> {
  const [row] = await db
    .select({ id: officialsTable.id })
    .from(officialsTable)
    .where(inTenant(officialsTable, tenantId, eq(officialsTable.employeeCode, employeeCode)));
  if (!row) throw new Error(`demo data: official ${employeeCode} is missing`);
  return row.id;
}

/** Where the official stands on the record (status, signature), read through the public verb. */
async function officialOnRecord(ctx: TenantContext, recordId: string, officialId: string) {
  const record = await getViolationRecord(ctx, recordId);
  return record.officials.find((official) => official.officialId === officialId);
}
