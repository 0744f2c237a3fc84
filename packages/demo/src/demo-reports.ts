import { type Db, reportEvents, reports } from "@kycuong/db";
import { dueAfterWorkingDays, localDate, type WorkingCalendar } from "@kycuong/domain/calendar";
import { newId } from "@kycuong/domain/context";
import { sha256Hex } from "@kycuong/domain/identity";
import { trackingCodeFrom } from "@kycuong/domain/reports";
import { demoCategories } from "./demo-hotline";
import { storyInstant, workingDaysBefore } from "./demo-story-clock";

interface DemoReport {
  /** Stable per tenant: the tracking code is derived from it, which makes the seed idempotent. */
  key: string;
  categoryCode: string;
  /** Received this many working days before the seed runs. */
  receivedWorkingDaysAgo: number;
  description: string;
  /** A unit's code, or null: not assigned yet. */
  assignedUnit: string | null;
  status: "received" | "assigned" | "in_progress";
}

/**
 * Hotline reports dated back from the day the demo is first seeded, so the
 * overdue alerts have something to say whatever day `npm run dev` starts:
 * one long overdue (escalated to the leadership), one just overdue, one due
 * soon, one at a unit without a head email, one nobody was assigned yet.
 */
const demoReports: Record<string, DemoReport[]> = {
  "binh-son": [
    {
      key: "attitude-btd",
      categoryCode: "attitude",
      receivedWorkingDaysAgo: 17,
      description: "Cán bộ một cửa xã Bình Thanh Đông quát tháo người dân khi nộp hồ sơ đất đai.",
      assignedUnit: "BTD",
      status: "in_progress",
    },
    {
      key: "delay-tthcc",
      categoryCode: "delay",
      receivedWorkingDaysAgo: 7,
      description: "Hồ sơ cấp giấy phép xây dựng trễ hẹn 3 tuần mà không có văn bản xin lỗi.",
      assignedUnit: "TTHCC",
      status: "assigned",
    },
    {
      key: "other-btd",
      categoryCode: "other",
      receivedWorkingDaysAgo: 9,
      description: "Không niêm yết lịch tiếp công dân tại trụ sở xã.",
      assignedUnit: "BTD",
      status: "assigned",
    },
    {
      key: "absence-chauo",
      categoryCode: "absence",
      receivedWorkingDaysAgo: 8,
      description: "Bộ phận tiếp nhận thị trấn Châu Ổ vắng người trong giờ làm việc buổi chiều.",
      assignedUnit: "CHAUO",
      status: "assigned",
    },
    {
      key: "harassment-unassigned",
      categoryCode: "harassment",
      receivedWorkingDaysAgo: 6,
      description: "Cán bộ nhận hồ sơ yêu cầu 'bồi dưỡng' mới giải quyết nhanh.",
      assignedUnit: null,
      status: "received",
    },
  ],
};

function deadlineOf(categoryCode: string): number {
  const category = demoCategories.find((c) => c.code === categoryCode);
  if (!category) throw new Error(`demo data: category ${categoryCode} is missing`);
  return category.deadlineWorkingDays;
}

export async function seedDemoReports(
  db: Db,
  /** The demo story's key ("binh-son"); the tenant's slug may differ (a test's suffix). */
  story: string,
  { tenant, calendar }: { tenant: { id: string; slug: string; timezone: string }; calendar: WorkingCalendar },
  now: Date,
  unitIdOf: (code: string) => Promise<string>,
): Promise<{ reportsCreated: number }> {
  let reportsCreated = 0;
  for (const demo of demoReports[story] ?? []) {
    const seed = new TextEncoder().encode(`demo-report:${tenant.slug}:${demo.key}`);
    const trackingCode = trackingCodeFrom(new Uint8Array(await crypto.subtle.digest("SHA-256", seed)));
    const receivedOn = workingDaysBefore(calendar, localDate(now, tenant.timezone), demo.receivedWorkingDaysAgo);
    const receivedAt = storyInstant(receivedOn, "09:00", tenant.timezone);
    const at = receivedAt.toISOString();
    const id = newId(receivedAt);
    const [inserted] = await db
      .insert(reports)
      .values({
        id,
        tenantId: tenant.id,
        trackingCode,
        // Nobody holds this receipt: demo reports are followed by staff, not by a reporter.
        receiptHash: await sha256Hex(crypto.getRandomValues(new Uint8Array(32)).buffer),
        channel: "web",
        categoryCode: demo.categoryCode,
        description: demo.description,
        status: demo.status,
        assignedUnitId: demo.assignedUnit ? await unitIdOf(demo.assignedUnit) : null,
        dueAt: dueAfterWorkingDays(calendar, receivedAt, deadlineOf(demo.categoryCode)).toISOString(),
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoNothing({ target: reports.trackingCode })
      .returning({ id: reports.id });
    if (!inserted) continue;
    await db.insert(reportEvents).values({
      id: newId(receivedAt),
      tenantId: tenant.id,
      reportId: id,
      kind: "status_changed",
      fromStatus: null,
      toStatus: "received",
      public: true,
      body: null,
      actorType: "public",
      actorId: null,
      at,
    });
    reportsCreated++;
  }
  return { reportsCreated };
}
