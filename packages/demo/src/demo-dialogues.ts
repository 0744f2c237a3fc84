import {
  type Db,
  dialogueIssues,
  dialogueSessions,
  guardedUpdate,
  inTenant,
  runGuarded,
  StaleWrite,
  tenants,
} from "@kycuong/db";
import {
  addCalendarMonths,
  calendarDataColumn,
  endOfLocalDay,
  localDate,
  parseCalendarData,
  rollToWorkingDay,
  workingCalendar,
} from "@kycuong/domain/calendar";
import { newId, type TenantRef } from "@kycuong/domain/context";
import { conclusionDeadline } from "@kycuong/domain/dialogues";
import { parseTenantSettings } from "@kycuong/domain/tenants";
import { and, eq, sql } from "drizzle-orm";
import { officialIdOf } from "./demo-lookups";

/**
 * Dialogue sessions of the demo districts (R4–R6): one at xã Bình Thanh Đông
 * that meets the on-the-spot target (6 of 7 pressing issues, 85.7%) and has
 * one overdue conclusion, and one at xã Bình Chánh that misses it (3 of 5).
 * Dates are counted back from the first seed's `now`, far enough that the
 * first session's deadlines have passed and the second's have not. Names of
 * people are invented.
 */
interface DemoIssue {
  content: string;
  raisedBy: string | null;
  pressing: boolean;
  conclusion: string;
  outcome: "resolved_on_the_spot" | "assigned" | "not_in_scope";
  notInScopeReason?: string;
  /** Unit code, for an assigned conclusion. */
  unit?: string;
  status?: "in_progress" | "resolved";
  resolutionResult?: string;
}

interface DemoSession {
  level: "district" | "commune";
  host: string;
  place: string;
  /** Months before the seed date, beyond the conclusion deadline (negative = before it passes). */
  monthsPastDeadline: number;
  chairName: string;
  /** An official's employee code. */
  chair: string | null;
  participantsCount: number;
  minutesRef: string;
  issues: DemoIssue[];
}

const onTheSpot = (content: string, raisedBy: string | null, conclusion: string): DemoIssue => ({
  content,
  raisedBy,
  pressing: true,
  conclusion,
  outcome: "resolved_on_the_spot",
});

export const demoDialogues: Record<string, DemoSession[]> = {
  "binh-son": [
    {
      level: "district",
      host: "BTD",
      place: "Hội trường UBND xã Bình Thanh Đông",
      monthsPastDeadline: 2,
      chairName: "Bí thư Huyện ủy Phan Văn Tâm",
      chair: null,
      participantsCount: 150,
      minutesRef: "05-BB/HU",
      issues: [
        onTheSpot(
          "Chậm trả kết quả hồ sơ đất đai tại bộ phận một cửa xã",
          "Ông Lê Văn Sáu, thôn Thanh Thủy",
          "Trả hồ sơ trong tuần, xin lỗi người dân",
        ),
        onTheSpot(
          "Cán bộ tiếp dân có thái độ thiếu tôn trọng",
          null,
          "Chủ tịch UBND xã kiểm điểm công chức ngay tại buổi đối thoại",
        ),
        onTheSpot(
          "Đèn đường thôn Đông Yên hư hỏng nhiều tháng",
          "Bà Trương Thị Tám",
          "Xã thay đèn bằng kinh phí sự nghiệp trong tháng",
        ),
        onTheSpot(
          "Thu phí vệ sinh không có biên lai",
          "Ông Đinh Văn Chín",
          "Đình chỉ thu, hoàn trả khoản đã thu không biên lai",
        ),
        onTheSpot("Chưa công khai danh sách hộ nghèo năm nay", null, "Niêm yết công khai tại nhà văn hóa các thôn"),
        onTheSpot(
          "Nước thải trại heo gây ô nhiễm",
          "Nhóm hộ dân thôn Thanh Thủy",
          "Lập biên bản, buộc chủ trại khắc phục trong 15 ngày",
        ),
        {
          content: "Công chức xã nhiều lần vắng mặt trong giờ làm việc, người dân phải đi lại nhiều lần",
          raisedBy: "Ông Võ Văn Mười",
          pressing: true,
          conclusion: "Phòng Nội vụ xác minh, đề xuất xử lý trách nhiệm công chức vi phạm",
          outcome: "assigned",
          unit: "PNV",
        },
        {
          content: "Đề nghị nâng cấp tuyến đường liên thôn bị xuống cấp",
          raisedBy: "Ông Nguyễn Văn Một",
          pressing: false,
          conclusion: "UBND huyện bố trí vốn duy tu trong kế hoạch năm",
          outcome: "assigned",
          unit: "UBND",
          status: "resolved",
          resolutionResult: "Đã bố trí vốn và khởi công duy tu tuyến đường",
        },
        {
          content: "Tranh chấp đất giữa hai hộ đã có bản án của tòa",
          raisedBy: null,
          pressing: false,
          conclusion: "Hướng dẫn công dân liên hệ cơ quan thi hành án",
          outcome: "not_in_scope",
          notInScopeReason: "Đã có bản án có hiệu lực; thuộc thẩm quyền của cơ quan thi hành án dân sự",
        },
      ],
    },
    {
      level: "commune",
      host: "BC",
      place: "Nhà văn hóa thôn Phước Hòa, xã Bình Chánh",
      monthsPastDeadline: -1,
      chairName: "Chủ tịch UBND xã Dương Thị Ngọc",
      chair: "BS-012",
      participantsCount: 85,
      minutesRef: "12-BB/UBND",
      issues: [
        onTheSpot(
          "Hồ sơ chứng thực bị yêu cầu nộp thêm giấy tờ không cần thiết",
          null,
          "Bỏ yêu cầu, giải quyết ngay trong ngày",
        ),
        onTheSpot(
          "Lịch tiếp công dân không được niêm yết",
          "Bà Hồ Thị Hai",
          "Niêm yết lịch tiếp công dân tại trụ sở và loa truyền thanh",
        ),
        onTheSpot("Chậm chi trả trợ cấp người có công", "Ông Phạm Văn Ba", "Chi trả dứt điểm trong tuần"),
        {
          content: "Hồ sơ đăng ký kinh doanh nộp ở Trung tâm Hành chính công quá hạn chưa có kết quả",
          raisedBy: "Bà Lý Thị Bốn",
          pressing: true,
          conclusion: "Trung tâm Hành chính công kiểm tra, trả kết quả và báo cáo nguyên nhân chậm",
          outcome: "assigned",
          unit: "TTHCC",
          status: "in_progress",
        },
        {
          content: "Đường vào khu dân cư mới ngập nước mỗi mùa mưa",
          raisedBy: "Nhóm hộ dân thôn Phước Hòa",
          pressing: true,
          conclusion: "UBND xã khảo sát, lập phương án thoát nước",
          outcome: "assigned",
          unit: "BC",
        },
      ],
    },
  ],
};

export interface DemoDialogueSummary {
  dialoguesCreated: number;
  dialogueIssuesCreated: number;
}

/**
 * Idempotent: a session is known by its host unit and place (its date comes
 * from the first run's clock, so a later run computes another one and must
 * not look for it). Each session goes in with its issues in one batch, which
 * rolls back if a concurrent run inserted the same session meanwhile.
 */
export async function seedDemoDialogues(
  db: Db,
  tenantId: string,
  slug: string,
  now: Date,
  unitIdOf: (code: string) => Promise<string>,
): Promise<DemoDialogueSummary> {
  const summary = { dialoguesCreated: 0, dialogueIssuesCreated: 0 };
  const list = demoDialogues[slug] ?? [];
  if (list.length === 0) return summary;
  const [tenant] = await db
    .select({
      name: tenants.name,
      timezone: tenants.timezone,
      settings: tenants.settings,
      calendar: calendarDataColumn(tenants.id),
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!tenant) return summary;
  const ref: TenantRef = {
    id: tenantId,
    slug,
    name: tenant.name,
    timezone: tenant.timezone,
    settings: parseTenantSettings(tenant.settings),
    calendar: parseCalendarData(tenant.calendar),
  };
  for (const demo of list) {
    const hostUnitId = await unitIdOf(demo.host);
    const natural = and(eq(dialogueSessions.hostUnitId, hostUnitId), eq(dialogueSessions.place, demo.place));
    const [existing] = await db
      .select({ id: dialogueSessions.id })
      .from(dialogueSessions)
      .where(inTenant(dialogueSessions, tenantId, natural));
    if (existing) continue;
    const created = await insertSession(db, ref, demo, hostUnitId, now, unitIdOf);
    summary.dialoguesCreated += created ? 1 : 0;
    summary.dialogueIssuesCreated += created ? demo.issues.length : 0;
  }
  return summary;
}

async function insertSession(
  db: Db,
  tenant: TenantRef,
  demo: DemoSession,
  hostUnitId: string,
  now: Date,
  unitIdOf: (code: string) => Promise<string>,
): Promise<boolean> {
  const months = tenant.settings.dialogueConclusionDeadlineMonths;
  // Counted back from the seed, then moved onto a working day like every date of the story (a session
  // is held on a working day; the roll moves it forward by at most a holiday break, far from the deadlines).
  const calendar = workingCalendar(tenant);
  const heldOn = rollToWorkingDay(
    calendar,
    addCalendarMonths(localDate(now, tenant.timezone), -(months + demo.monthsPastDeadline)),
  );
  const at = now.toISOString();
  const stamps = { tenantId: tenant.id, createdAt: at, updatedAt: at };
  const session = {
    ...stamps,
    id: newId(now),
    level: demo.level,
    hostUnitId,
    heldOn,
    place: demo.place,
    chairOfficialId: demo.chair ? await officialIdOf(db, tenant.id, demo.chair) : null,
    chairName: demo.chairName,
    participantsCount: demo.participantsCount,
    minutesRef: demo.minutesRef,
  };
  const issues: (typeof dialogueIssues.$inferInsert)[] = [];
  for (const issue of demo.issues) {
    const { unit, status, notInScopeReason, resolutionResult, ...fields } = issue;
    const deadline = unit ? conclusionDeadline(tenant, heldOn) : null;
    // Resolved on the first working day a month after the session: well within the deadline.
    const resolvedOn = status === "resolved" ? rollToWorkingDay(calendar, addCalendarMonths(heldOn, 1)) : null;
    issues.push({
      ...stamps,
      ...fields,
      id: newId(now),
      sessionId: session.id,
      notInScopeReason: notInScopeReason ?? null,
      assignedUnitId: unit ? await unitIdOf(unit) : null,
      dueOn: deadline?.dueOn ?? null,
      dueAt: deadline?.dueAt ?? null,
      conclusionStatus: unit ? (status ?? "assigned") : null,
      resolutionResult: resolutionResult ?? null,
      resolvedOn,
      resolvedAt: resolvedOn ? endOfLocalDay(resolvedOn, tenant.timezone).toISOString() : null,
    });
  }
  try {
    await runGuarded(db, [
      db.insert(dialogueSessions).values(session),
      // Writes nothing (StaleWrite) when another run has just inserted the same session.
      ...guardedUpdate(db, {
        table: dialogueSessions,
        row: { tenantId: tenant.id, id: session.id },
        read: {},
        set: {},
        where: sql`(select count(*) from ${dialogueSessions} d where d.tenant_id = ${tenant.id} and d.host_unit_id = ${hostUnitId} and d.place = ${demo.place}) = 1`,
      }),
      db.insert(dialogueIssues).values(issues),
    ]);
    return true;
  } catch (error) {
    if (error instanceof StaleWrite) return false;
    throw error;
  }
}
