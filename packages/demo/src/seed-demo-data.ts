import { type Db, officials, tenants, units, users } from "@kycuong/db";
import { calendarDataColumn, parseCalendarData, workingCalendar } from "@kycuong/domain/calendar";
import { newId } from "@kycuong/domain/context";
import { hashPassword } from "@kycuong/domain/identity";
import { TenantSettings } from "@kycuong/domain/tenants";
import { loadRecordSeal } from "@kycuong/domain/violations";
import { and, eq, isNull } from "drizzle-orm";
import { seedDemoDialogues } from "./demo-dialogues";
import { seedDemoHotline } from "./demo-hotline";
import { seedDemoInspections } from "./demo-inspections";
import { type DemoUser, demoOrganisation, demoPlatformAdmin } from "./demo-organisation";
import { seedDemoReports } from "./demo-reports";
import { seedDemoTasks } from "./demo-tasks";
import { demoTenants } from "./demo-tenants";
import { seedDemoViolations } from "./demo-violations";

export interface SeedSummary {
  tenantsCreated: number;
  unitsCreated: number;
  officialsCreated: number;
  usersCreated: number;
  categoriesCreated: number;
  channelsCreated: number;
  /** Hotline reports dated back from the first seed, so alerts have something overdue to say. */
  reportsCreated: number;
  tasksCreated: number;
  remindersCreated: number;
  /** Made by the reminders themselves (R3), never inserted directly. */
  trackingBookEntriesCreated: number;
  dialoguesCreated: number;
  dialogueIssuesCreated: number;
  checklistTemplatesCreated: number;
  violationTypesCreated: number;
  inspectionTeamsCreated: number;
  inspectionsCreated: number;
  violationRecordsCreated: number;
  violationExplanationsReceived: number;
  violationDecisionsRecorded: number;
}

/**
 * Loads the demo districts for local development (never run outside it).
 * Idempotent: every row is keyed by its natural key (tenant slug, unit code,
 * employee code, account email, category code, channel kind and value, task
 * title and source document, reminder document number, dialogue host unit
 * and place, violation record inspection + type + place) and
 * inserted only when missing, so a second run creates nothing and never
 * overwrites what a developer changed.
 */
export async function seedDemoData(
  db: Db,
  now: Date,
  demoPassword: string,
  /** The seal key (a private JWK) the Worker will verify the demo record with: its SEAL_PRIVATE_KEY. */
  sealPrivateKey: string,
  /**
   * Appended to the demo tenants' slugs ("binh-son" + suffix), so a test can
   * seed the same story at another instant beside the one `npm run dev` and
   * the other tests share (the seed is keyed by natural keys, so a second run
   * under the same slugs writes nothing).
   */
  options: { slugSuffix?: string } = {},
): Promise<SeedSummary> {
  const suffix = options.slugSuffix ?? "";
  const seal = loadRecordSeal(sealPrivateKey);
  const at = now.toISOString();
  const stamps = { createdAt: at, updatedAt: at };
  const summary: SeedSummary = {
    tenantsCreated: 0,
    unitsCreated: 0,
    officialsCreated: 0,
    usersCreated: 0,
    categoriesCreated: 0,
    channelsCreated: 0,
    reportsCreated: 0,
    tasksCreated: 0,
    remindersCreated: 0,
    trackingBookEntriesCreated: 0,
    dialoguesCreated: 0,
    dialogueIssuesCreated: 0,
    checklistTemplatesCreated: 0,
    violationTypesCreated: 0,
    inspectionTeamsCreated: 0,
    inspectionsCreated: 0,
    violationRecordsCreated: 0,
    violationExplanationsReceived: 0,
    violationDecisionsRecorded: 0,
  };

  const insertedTenants = await db
    .insert(tenants)
    .values(
      demoTenants.map((t) => ({
        ...t,
        slug: `${t.slug}${suffix}`,
        id: newId(now),
        settings: TenantSettings.parse({}),
        ...stamps,
      })),
    )
    .onConflictDoNothing({ target: tenants.slug })
    .returning({ id: tenants.id });
  summary.tenantsCreated = insertedTenants.length;

  // `slug` names the demo story (its key in the demo modules); the tenant's own slug may carry the suffix.
  for (const [slug, organisation] of Object.entries(demoOrganisation)) {
    const [tenant] = await db
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.slug, `${slug}${suffix}`));
    if (!tenant) continue;
    const tenantId = tenant.id;

    // Parents come before children in the list, so each parent's id is known.
    for (const unit of organisation.units) {
      const parentId = unit.parent ? await unitId(db, tenantId, unit.parent) : null;
      const inserted = await db
        .insert(units)
        .values({
          id: newId(now),
          tenantId,
          parentId,
          kind: unit.kind,
          name: unit.name,
          code: unit.code,
          headEmail: unit.headEmail,
          ...stamps,
        })
        .onConflictDoNothing()
        .returning({ id: units.id });
      summary.unitsCreated += inserted.length;
    }

    for (const official of organisation.officials) {
      const { unit, head, ...fields } = official;
      const inserted = await db
        .insert(officials)
        .values({
          ...fields,
          // A unit's head holds a leadership post: the disciplinary forms that apply depend on it.
          holdsLeadershipPost: head === true,
          id: newId(now),
          tenantId,
          unitId: await unitId(db, tenantId, unit),
          ...stamps,
        })
        .onConflictDoNothing()
        .returning({ id: officials.id });
      summary.officialsCreated += inserted.length;
      const [row] = await db
        .select({ id: officials.id })
        .from(officials)
        .where(and(eq(officials.tenantId, tenantId), eq(officials.employeeCode, official.employeeCode)));
      if (head && row) {
        await db
          .update(units)
          .set({ headOfficialId: row.id })
          .where(and(eq(units.tenantId, tenantId), eq(units.code, unit), isNull(units.headOfficialId)));
      }
    }

    for (const user of organisation.users) {
      summary.usersCreated += await insertUser(db, tenantId, user, demoPassword, now);
    }

    const hotline = await seedDemoHotline(db, { id: tenantId, slug }, now, (code) => unitId(db, tenantId, code));
    summary.categoriesCreated += hotline.categoriesCreated;
    summary.channelsCreated += hotline.channelsCreated;
    const reported = await seedDemoReports(db, slug, await tenantCalendar(db, tenantId), now, (code) =>
      unitId(db, tenantId, code),
    );
    summary.reportsCreated += reported.reportsCreated;
    const demoTasks = await seedDemoTasks(db, tenantId, slug, now, (code) => unitId(db, tenantId, code));
    summary.tasksCreated += demoTasks.tasksCreated;
    summary.remindersCreated += demoTasks.remindersCreated;
    summary.trackingBookEntriesCreated += demoTasks.trackingBookEntriesCreated;
    const dialogues = await seedDemoDialogues(db, tenantId, slug, now, (code) => unitId(db, tenantId, code));
    summary.dialoguesCreated += dialogues.dialoguesCreated;
    summary.dialogueIssuesCreated += dialogues.dialogueIssuesCreated;
    const inspected = await seedDemoInspections(db, tenantId, slug, now);
    summary.checklistTemplatesCreated += inspected.checklistTemplatesCreated;
    summary.violationTypesCreated += inspected.violationTypesCreated;
    summary.inspectionTeamsCreated += inspected.inspectionTeamsCreated;
    summary.inspectionsCreated += inspected.inspectionsCreated;
    const violations = await seedDemoViolations(db, tenantId, slug, now, seal);
    summary.violationRecordsCreated += violations.violationRecordsCreated;
    summary.violationExplanationsReceived += violations.violationExplanationsReceived;
    summary.violationDecisionsRecorded += violations.violationDecisionsRecorded;
  }
  summary.usersCreated += await insertUser(db, null, demoPlatformAdmin, demoPassword, now);
  return summary;
}

/**
 * The tenant as the demo reports need it: its slug, zone and working
 * calendar, the national one (platform data from migration 0011, not the
 * demo's) with the tenant's own days.
 */
async function tenantCalendar(db: Db, tenantId: string) {
  const [row] = await db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      timezone: tenants.timezone,
      calendar: calendarDataColumn(tenants.id),
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!row) throw new Error("demo data: tenant is missing");
  const tenant = { ...row, calendar: parseCalendarData(row.calendar) };
  return { tenant, calendar: workingCalendar(tenant) };
}

async function unitId(db: Db, tenantId: string, code: string): Promise<string> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.code, code)));
  if (!row) throw new Error(`demo data: unit ${code} is missing`);
  return row.id;
}

async function insertUser(
  db: Db,
  tenantId: string | null,
  user: DemoUser,
  password: string,
  now: Date,
): Promise<number> {
  const existing = await db
    .select({ id: users.id })
    .from(users)
    .where(and(tenantId ? eq(users.tenantId, tenantId) : isNull(users.tenantId), eq(users.email, user.email)));
  if (existing.length > 0) return 0;
  const officialId =
    tenantId && user.official
      ? ((
          await db
            .select({ id: officials.id })
            .from(officials)
            .where(and(eq(officials.tenantId, tenantId), eq(officials.employeeCode, user.official)))
        )[0]?.id ?? null)
      : null;
  await db.insert(users).values({
    id: newId(now),
    tenantId,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    officialId,
    unitId: tenantId && user.unit ? await unitId(db, tenantId, user.unit) : null,
    passwordHash: await hashPassword(password),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  return 1;
}
