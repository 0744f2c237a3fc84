import { type Db, inTenant, tasks, tenants } from "@kycuong/db";
import { calendarDataColumn, endOfLocalDay, localDate, parseCalendarData } from "@kycuong/domain/calendar";
import { newId, type TenantContext } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import { appendReminder } from "@kycuong/domain/tasks";
import { parseTenantSettings } from "@kycuong/domain/tenants";
import { and, eq, sql } from "drizzle-orm";
import { officialIdOf } from "./demo-lookups";
import { storyInstant } from "./demo-story-clock";

/**
 * Tasks and written reminders of the demo districts (R3). Document numbers
 * follow the party committee's style (TB = thông báo, CV = công văn, HU =
 * Huyện ủy) but are invented. Reminders go through the same batch as the
 * API's, so the first task's second reminder makes its tracking-book entry
 * by the rule itself. The documents are dated on working days of 2026, in
 * document order; a seed writes only those dated by its own day, each
 * reminder at 09:00 of its date (demo-story-clock.ts).
 */
interface DemoReminder {
  docNumber: string;
  docDate: string;
  content: string;
}

interface DemoTask {
  title: string;
  description: string;
  sourceDocNumber: string;
  sourceDocDate: string;
  issuedBy: "party_committee" | "peoples_committee";
  unit: string;
  partyOrganisation: string | null;
  /** An official's employee code. */
  official: string | null;
  dueOn: string;
  reminders: DemoReminder[];
}

const issuer = "Ban Thường vụ Huyện ủy Bình Sơn";

export const demoTasks: Record<string, DemoTask[]> = {
  "binh-son": [
    {
      title: "Báo cáo kết quả khắc phục vi phạm sau kiểm tra đột xuất của Tổ Kiểm tra 20",
      description: "Kiểm điểm cán bộ uống rượu bia buổi trưa ngày làm việc; báo cáo bằng văn bản về Ban Thường vụ.",
      sourceDocNumber: "125-TB/HU",
      // The Monday after Tổ Kiểm tra 20's inspection of Thursday 10 Sep 2026.
      sourceDocDate: "2026-09-14",
      issuedBy: "party_committee",
      unit: "BTD",
      partyOrganisation: "Đảng bộ xã Bình Thanh Đông",
      official: "BS-008",
      dueOn: "2026-10-15",
      reminders: [
        {
          docNumber: "18-CV/HU",
          docDate: "2026-10-20",
          content: "Nhắc nhở lần 1: chưa gửi báo cáo kết quả khắc phục.",
        },
        { docNumber: "27-CV/HU", docDate: "2026-11-05", content: "Nhắc nhở lần 2: đến nay vẫn chưa báo cáo." },
      ],
    },
    {
      title: "Rà soát việc chấp hành giờ giấc làm việc của cán bộ, công chức xã",
      description: "Rà soát, chấn chỉnh tình trạng đi muộn, về sớm; báo cáo kết quả.",
      sourceDocNumber: "131-TB/HU",
      sourceDocDate: "2026-10-02",
      issuedBy: "party_committee",
      unit: "BC",
      partyOrganisation: "Đảng bộ xã Bình Chánh",
      official: null,
      dueOn: "2026-11-10",
      reminders: [{ docNumber: "31-CV/HU", docDate: "2026-11-16", content: "Nhắc nhở lần 1: quá hạn báo cáo." }],
    },
  ],
};

export interface DemoTaskSummary {
  tasksCreated: number;
  remindersCreated: number;
  trackingBookEntriesCreated: number;
}

/** Inserts the tasks (keyed by title and source document) and reminders (by document number) still missing. */
export async function seedDemoTasks(
  db: Db,
  tenantId: string,
  slug: string,
  now: Date,
  unitIdOf: (code: string) => Promise<string>,
): Promise<DemoTaskSummary> {
  const summary = { tasksCreated: 0, remindersCreated: 0, trackingBookEntriesCreated: 0 };
  const list = demoTasks[slug] ?? [];
  if (list.length === 0) return summary;
  const ctx = await seedContext(db, tenantId, now);
  const today = localDate(now, ctx.tenant.timezone);
  for (const demo of list) {
    // Not yet in the story on the seed's day.
    if (demo.sourceDocDate > today) continue;
    summary.tasksCreated += await insertTaskOnce(ctx, demo, await unitIdOf(demo.unit));
    const natural = and(eq(tasks.title, demo.title), eq(tasks.sourceDocNumber, demo.sourceDocNumber));
    const [task] = await db
      .select()
      .from(tasks)
      .where(inTenant(tasks, tenantId, natural))
      .limit(1);
    if (!task) continue;
    for (const reminder of demo.reminders) {
      if (reminder.docDate > today) break;
      try {
        const at = storyInstant(reminder.docDate, "09:00", ctx.tenant.timezone);
        const appended = await appendReminder({ ...ctx, now: at }, task, {
          ...reminder,
          issuer,
          recipientUnitId: task.unitId,
          recipientOrganisation: task.partyOrganisation,
          recipientOfficialId: null,
        });
        summary.remindersCreated += 1;
        if (appended.trackingBookEntryId) summary.trackingBookEntriesCreated += 1;
      } catch (error) {
        // Seeded before (the document number is the key), or the developer closed the task.
        if (error instanceof DomainError && error.status === 409) continue;
        throw error;
      }
    }
  }
  return summary;
}

/**
 * Tasks have no unique key in the schema, so "insert unless present" is one
 * statement: two seeds running at once (parallel test files) cannot both
 * insert it.
 */
async function insertTaskOnce(ctx: TenantContext, demo: DemoTask, unitId: string): Promise<number> {
  const tenantId = ctx.tenant.id;
  const at = ctx.now.toISOString();
  const officialId = demo.official ? await officialIdOf(ctx.db, tenantId, demo.official) : null;
  const dueAt = endOfLocalDay(demo.dueOn, ctx.tenant.timezone).toISOString();
  const result = await ctx.db.run(sql`
    insert into ${tasks} (id, tenant_id, title, description, source_doc_number, source_doc_date, issued_by, unit_id,
      party_organisation, official_id, due_on, due_at, status, created_at, updated_at)
    select ${newId(ctx.now)}, ${tenantId}, ${demo.title}, ${demo.description}, ${demo.sourceDocNumber},
      ${demo.sourceDocDate}, ${demo.issuedBy}, ${unitId}, ${demo.partyOrganisation}, ${officialId}, ${demo.dueOn},
      ${dueAt}, 'open', ${at}, ${at}
    where not exists (select 1 from ${tasks} where ${tasks.tenantId} = ${tenantId} and ${tasks.title} = ${demo.title}
                      and ${tasks.sourceDocNumber} = ${demo.sourceDocNumber})`);
  return result.rowsAffected;
}

async function seedContext(db: Db, tenantId: string, now: Date): Promise<TenantContext> {
  const [row] = await db
    .select({
      slug: tenants.slug,
      name: tenants.name,
      timezone: tenants.timezone,
      settings: tenants.settings,
      calendar: calendarDataColumn(tenants.id),
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!row) throw new Error("demo data: tenant is missing");
  return {
    db,
    now,
    actor: { type: "system", job: "demo-seed" },
    requestId: `demo-seed-${newId(now)}`,
    tenant: {
      id: tenantId,
      slug: row.slug,
      name: row.name,
      timezone: row.timezone,
      settings: parseTenantSettings(row.settings),
      calendar: parseCalendarData(row.calendar),
    },
  };
}
