import { env, reset } from "cloudflare:test";
import {
  alertRuns,
  auditLog,
  foreignKeyTargets,
  inTenant,
  passwordLinks,
  refreshTokens,
  reportEvents,
  schemaTableNames,
  staffSessions,
  tenants,
  tenantTables,
  users,
} from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { DeletedTenant, EXPORT_PAGE_ROWS, exportPolicy } from "@kycuong/domain/tenant-data";
import { and, count, eq, isNull } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { apiClient, logIn, ok, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { addIssue, assignedTo, createSession } from "./fixtures/dialogues";
import { createTeamAndTemplate } from "./fixtures/inspections";
import { expectProblem } from "./fixtures/problem";
import { insertAttachment, insertCategory, insertReport } from "./fixtures/reports";
import { createPlatformAdmin, createStaffTenant, type StaffTenant, TEST_PASSWORD } from "./fixtures/staff";
import { aReminder, createTask } from "./fixtures/tasks";
import { arrangeViolations, recordThroughApi } from "./fixtures/violations";

// R2 is not isolated between tests under the vitest plugin.
afterEach(async () => {
  await reset();
});

const reporter = { name: "Người Phản Ánh Kín", phone: "0977 123 456", email: "kin-dao@nguoidan.example" };

const png = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

/** A tenant with rows in most tables: tasks, reports with files, dialogues, inspections, violations, sign-ins. */
async function populatedTenant(): Promise<StaffTenant> {
  const d = await createStaffTenant();
  const office = signIn(d, "party_office");
  const task = await createTask(d);
  for (const n of [1, 2, 3]) expect((await office.post(`/tasks/${task.id}/reminders`, aReminder(n))).status).toBe(201);

  await insertCategory(d);
  const report = await insertReport(d, {
    reporterName: reporter.name,
    reporterPhone: reporter.phone,
    reporterEmail: reporter.email,
  });
  await insertReport(d);
  await insertAttachment(d, report.id);
  await insertAttachment(d, report.id);
  const note = await signIn(d, "hotline_officer").post(`/reports/${report.id}/notes`, { body: "Đã gọi lại" });
  expect(note.status).toBe(201);

  const session = await createSession(d);
  await addIssue(d, session.id, assignedTo(d.communeUnitId));
  await createTeamAndTemplate(d);

  const people = await arrangeViolations(d);
  const inspector = signIn(d, "inspector");
  await recordThroughApi(inspector, [people.a.id]);
  const draft = await recordThroughApi(inspector, [people.b.id], { draft: true });
  const form = new FormData();
  form.append("files", new File([png], "bang-chung.png", { type: "image/png" }));
  expect((await inspector.post(`/violations/${draft.id}/evidence`, form)).status).toBe(201);

  // Credentials: a refresh token, a console session, a password link (and its email in the outbox).
  await logIn({ tenant: d.tenant.slug, email: d.users.viewer.email, password: TEST_PASSWORD });
  expect((await new ConsoleBrowser(d.tenant.slug).signIn(d.users.viewer.email)).status).toBe(303);
  expect((await signIn(d, "tenant_admin").post(`/users/${d.users.viewer.id}/password-link`)).status).toBe(202);
  return d;
}

/** The tenant's row count in every tenant-owned table, by SQL name. */
async function rowCounts(tenantId: string): Promise<Record<string, number>> {
  const db = testDb();
  const counts: Record<string, number> = {};
  for (const { name, table } of tenantTables) {
    const [row] = await db.select({ n: count() }).from(table).where(inTenant(table, tenantId));
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

async function objectKeys(tenantId: string): Promise<string[]> {
  return (await env.ATTACHMENTS.list({ prefix: `tenants/${tenantId}/` })).objects.map((o) => o.key);
}

interface Line {
  table: string;
  row: Record<string, unknown>;
}

async function exportOf(d: StaffTenant): Promise<{ res: Response; text: string; lines: Line[] }> {
  const res = await signIn(d, "tenant_admin").get("/export");
  // Read as bytes: workerd warns when .text() meets a media type it does not know as text.
  const text = new TextDecoder().decode(await res.arrayBuffer());
  const lines = text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Line);
  return { res, text, lines };
}

function platform(admin: Awaited<ReturnType<typeof createPlatformAdmin>>) {
  return apiClient({ base: "/v1/platform/tenants", token: () => admin.token() });
}

describe("every tenant-owned table is covered (generated from the schema)", () => {
  it("has an export decision for each table with tenant_id, and no decision for a table that is gone", () => {
    const owned = tenantTables.map((t) => t.name).sort();
    expect(owned.length).toBeGreaterThan(25);
    expect(owned).toEqual(expect.arrayContaining(["reports", "users", "audit_log", "violation_evidence"]));
    // A table added tomorrow with tenant_id fails here until it is exported or excluded on purpose.
    expect(Object.keys(exportPolicy).sort()).toEqual(owned);
    for (const [name, policy] of Object.entries(exportPolicy)) {
      if (!policy.export) expect(policy.why.length, `${name} is excluded without a reason`).toBeGreaterThan(10);
    }
  });

  it("knows every table without tenant_id, and none of them points at a tenant's rows", () => {
    // Not a tenant's: the tenants themselves, the login throttle (keyed by a hash, minutes long), the dev
    // mailbox (ENVIRONMENT=dev only) and the guard that never holds a row.
    const notOwned = [
      "tenants",
      "login_throttles",
      "dev_mailbox",
      "write_guard",
      // Platform data every tenant inherits (issue 14): no tenant's rows.
      "national_calendar_years",
      "national_calendar_days",
    ];
    const owned = new Set(tenantTables.map((t) => t.name));
    expect(schemaTableNames.filter((name) => !owned.has(name)).sort()).toEqual([...notOwned].sort());
  });

  it("deletes in an order the foreign keys accept: every table after (children first: before) what it points at", () => {
    const seen = new Set<string>(["tenants"]);
    for (const { name, table } of tenantTables) {
      for (const target of foreignKeyTargets(table)) {
        expect(seen.has(target), `${name} points at ${target}, which is not a tenant table listed before it`).toBe(
          true,
        );
      }
      seen.add(name);
    }
  });
});

describe("tenant data export", () => {
  it("gives the tenant admin every row of its own tenant as JSON lines, and nothing of another tenant", async () => {
    const a = await populatedTenant();
    const b = await populatedTenant();
    const { res, text, lines } = await exportOf(a);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="kycuong-${a.tenant.slug}-\\d{4}-\\d{2}-\\d{2}\\.ndjson"$`),
    );
    expect(res.headers.get("cache-control")).toContain("no-store");

    // Framed: the manifest first, the count last (a cut-off file lacks it).
    expect(lines[0]?.table).toBe("export_manifest");
    expect(lines[0]?.row).toMatchObject({
      tenantId: a.tenant.id,
      omittedColumns: { users: ["password_hash"] },
      excludedTables: { staff_sessions: expect.any(String), refresh_tokens: expect.any(String) },
    });
    const rowLines = lines.filter(
      (l) => !["export_manifest", "export_complete", "attachment_objects"].includes(l.table),
    );
    const objectLines = lines.filter((l) => l.table === "attachment_objects");
    expect(lines.at(-1)).toEqual({
      table: "export_complete",
      row: { rows: rowLines.length, objects: objectLines.length },
    });

    // Each exported table: as many lines as the tenant has rows, every one of them this tenant's.
    const counts = await rowCounts(a.tenant.id);
    for (const { name } of tenantTables) {
      const exported = rowLines.filter((l) => l.table === name);
      if (exportPolicy[name]?.export === false) {
        expect(exported, `${name} is excluded`).toHaveLength(0);
        continue;
      }
      expect(exported.length, `${name} rows`).toBe(counts[name]);
      for (const line of exported) expect(line.row.tenant_id).toBe(a.tenant.id);
    }
    for (const name of ["units", "officials", "users", "tasks", "task_reminders", "reports", "report_attachments"]) {
      expect(counts[name], `${name} has rows in the fixture`).toBeGreaterThan(0);
    }
    for (const name of ["dialogue_issues", "inspection_team_members", "violation_records", "violation_evidence"]) {
      expect(counts[name], `${name} has rows in the fixture`).toBeGreaterThan(0);
    }
    expect(counts.refresh_tokens).toBeGreaterThan(0);
    expect(counts.staff_sessions).toBeGreaterThan(0);
    expect(counts.password_links).toBeGreaterThan(0);

    // The stored files: the two report attachments and the evidence photo, listed from R2.
    expect(objectLines.map((l) => l.row.key).sort()).toEqual((await objectKeys(a.tenant.id)).sort());
    expect(objectLines).toHaveLength(3);
    expect(objectLines.map((l) => l.row.contentType).sort()).toEqual(["image/jpeg", "image/jpeg", "image/png"]);

    // No secret and no reporter contact anywhere in the file.
    const [hashed] = await testDb()
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, a.users.viewer.id));
    expect(hashed?.hash).toBeTruthy();
    expect(text).not.toContain(hashed?.hash as string);
    const db = testDb();
    const tokenHashes = [
      ...(await db
        .select({ h: staffSessions.tokenHash })
        .from(staffSessions)
        .where(eq(staffSessions.tenantId, a.tenant.id))),
      ...(await db
        .select({ h: refreshTokens.tokenHash })
        .from(refreshTokens)
        .where(eq(refreshTokens.tenantId, a.tenant.id))),
      ...(await db
        .select({ h: passwordLinks.tokenHash })
        .from(passwordLinks)
        .where(eq(passwordLinks.tenantId, a.tenant.id))),
    ].map((row) => row.h);
    expect(tokenHashes.length).toBeGreaterThanOrEqual(3);
    for (const secret of [...tokenHashes, "0".repeat(64), "reset-password?token="]) expect(text).not.toContain(secret);
    for (const contact of [reporter.name, reporter.phone, reporter.email]) expect(text).not.toContain(contact);
    const secretColumns = ["password_hash", "token_hash", "receipt_hash", "client_hash", "body_html", "body_text"];
    const contactColumns = ["reporter_name", "reporter_phone", "reporter_email"];
    for (const line of rowLines) {
      const columns = Object.keys(line.row);
      expect(
        columns.filter((c) => secretColumns.includes(c) || contactColumns.includes(c)),
        line.table,
      ).toEqual([]);
    }
    const report = rowLines.find((l) => l.table === "reports")?.row ?? {};
    expect(report).toMatchObject({ tenant_id: a.tenant.id, consent_to_contact: expect.any(Boolean) });
    const outbox = rowLines.filter((l) => l.table === "notifications");
    expect(outbox.map((l) => l.row.kind)).toContain("password_link");

    // Nothing of the other tenant: not its id, not one of its rows' ids, not one of its files.
    expect(text).not.toContain(b.tenant.id);
    const bIds: string[] = [];
    for (const { table } of tenantTables) {
      const rows = (await testDb().select().from(table).where(inTenant(table, b.tenant.id))) as { id?: unknown }[];
      for (const row of rows) if (typeof row.id === "string") bIds.push(row.id);
    }
    expect(bIds.length).toBeGreaterThan(30);
    expect(bIds.filter((id) => text.includes(id))).toEqual([]);

    // Asked for, and so audited.
    const audited = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, a.tenant.id), eq(auditLog.action, "tenant.exported")));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: a.users.tenant_admin.id, entityId: a.tenant.id });
  });

  it("pages through big tables on their primary key (single and composite) without losing or repeating a row", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d);
    const many = EXPORT_PAGE_ROWS * 2 + 37;
    const at = new Date().toISOString();
    const db = testDb();
    const event = (tenantId: string, reportId: string, i: number) => ({
      id: newId(),
      tenantId,
      reportId,
      kind: "staff_note" as const,
      public: false,
      body: `ghi chú ${i}`,
      actorType: "system" as const,
      at,
    });
    const run = (tenantId: string, i: number) => ({
      tenantId,
      localDate: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      scheduledAt: at,
      itemCount: i,
      notificationCount: 0,
      unitsWithoutHead: 0,
      plannedAt: at,
    });
    const events = Array.from({ length: many }, (_, i) => event(d.tenant.id, report.id, i));
    const runs = Array.from({ length: many }, (_, i) => run(d.tenant.id, i));
    for (let i = 0; i < many; i += 200) {
      await db.batch([
        db.insert(reportEvents).values(events.slice(i, i + 200)),
        db.insert(alertRuns).values(runs.slice(i, i + 200)),
      ]);
    }
    // A neighbour made later (greater ids) with rows in the same tables: a page that lost the tenant would show them.
    const neighbour = await createStaffTenant();
    const theirReport = await insertReport(neighbour);
    await db.batch([
      db.insert(reportEvents).values(event(neighbour.tenant.id, theirReport.id, 0)),
      db.insert(alertRuns).values(run(neighbour.tenant.id, 0)),
    ]);
    const { lines } = await exportOf(d);
    const exportedEvents = lines.filter((l) => l.table === "report_events").map((l) => l.row.id);
    expect(exportedEvents).toHaveLength(many);
    expect(new Set(exportedEvents).size).toBe(many);
    const exportedRuns = lines.filter((l) => l.table === "alert_runs").map((l) => l.row.local_date);
    expect(exportedRuns).toHaveLength(many);
    expect(new Set(exportedRuns).size).toBe(many);
  });

  it("is the tenant admin's alone: other roles get 403, another tenant's admin 404", async () => {
    const d = await createStaffTenant();
    const other = await createStaffTenant();
    await expectProblem(await signIn(d, "viewer").get("/export"), 403, "forbidden");
    await expectProblem(await signIn(d, "hotline_officer").get("/export"), 403, "forbidden");
    const cross = await apiClient({ token: () => other.token("tenant_admin") }).get(
      `/v1/tenants/${d.tenant.slug}/export`,
    );
    await expectProblem(cross, 404, "tenant_not_found");
  });
});

describe("tenant deletion by the platform admin", () => {
  it("removes every row and file of a suspended tenant, confirmed by its slug, and nothing of another tenant", async () => {
    const a = await populatedTenant();
    const b = await populatedTenant();
    const admin = await createPlatformAdmin();
    const tenantsApi = platform(admin);
    const confirm = { confirmSlug: a.tenant.slug };
    // Signed before counting: signing a token starts a session (a refresh-token row) in B.
    const bAdminToken = await b.token("tenant_admin");
    const aBefore = await rowCounts(a.tenant.id);
    const bBefore = await rowCounts(b.tenant.id);
    const aObjects = await objectKeys(a.tenant.id);
    const bObjects = await objectKeys(b.tenant.id);
    expect(aObjects).toHaveLength(3);
    expect(bObjects).toHaveLength(3);

    // An active tenant cannot be deleted, and a wrong or missing confirmation deletes nothing.
    await expectProblem(await tenantsApi.send("DELETE", `/${a.tenant.slug}`, confirm), 409, "tenant_not_suspended");
    expect((await tenantsApi.post(`/${a.tenant.slug}/suspend`)).status).toBe(200);
    await expectProblem(
      await tenantsApi.send("DELETE", `/${a.tenant.slug}`, { confirmSlug: b.tenant.slug }),
      400,
      "tenant_deletion_unconfirmed",
    );
    await expectProblem(await tenantsApi.send("DELETE", `/${a.tenant.slug}`, {}), 400, "validation_failed");
    await expectProblem(
      await tenantsApi.send("DELETE", `/${b.tenant.slug}`, confirm),
      400,
      "tenant_deletion_unconfirmed",
    );
    const aSuspended = await rowCounts(a.tenant.id);
    expect(aSuspended).toEqual({ ...aBefore, audit_log: (aBefore.audit_log ?? 0) + 1 });
    expect(await objectKeys(a.tenant.id)).toHaveLength(3);

    // A tenant admin cannot delete their own tenant.
    const self = apiClient({ base: "/v1/platform/tenants", token: bAdminToken });
    expect((await self.send("DELETE", `/${b.tenant.slug}`, { confirmSlug: b.tenant.slug })).status).toBe(403);

    const deleted = await ok(await tenantsApi.send("DELETE", `/${a.tenant.slug}`, confirm), DeletedTenant);
    expect(deleted).toEqual({
      id: a.tenant.id,
      slug: a.tenant.slug,
      deletedRows: { ...aSuspended, tenants: 1 },
      deletedObjects: 3,
    });

    // Nothing of A is left, in any table or in R2; B is exactly as it was.
    const aAfter = await rowCounts(a.tenant.id);
    expect(Object.values(aAfter).every((n) => n === 0)).toBe(true);
    expect(await testDb().select().from(tenants).where(eq(tenants.id, a.tenant.id))).toHaveLength(0);
    expect(await objectKeys(a.tenant.id)).toEqual([]);
    expect(await rowCounts(b.tenant.id)).toEqual(bBefore);
    expect((await objectKeys(b.tenant.id)).sort()).toEqual(bObjects.sort());
    expect((await apiClient({ base: `/v1/tenants/${b.tenant.slug}`, token: bAdminToken }).get("/units")).status).toBe(
      200,
    );

    // The platform audit (no tenant) keeps who deleted what, with the counts.
    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(and(isNull(auditLog.tenantId), eq(auditLog.action, "tenant.deleted"), eq(auditLog.entityId, a.tenant.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, entityType: "tenant" });
    expect(audit[0]?.changes?.slug).toEqual([a.tenant.slug, null]);
    expect(audit[0]?.changes?.deletedObjects).toEqual([3, null]);

    // Gone: its slug answers 404, deleting again too.
    await expectProblem(await tenantsApi.get(`/${a.tenant.slug}`), 404, "tenant_not_found");
    await expectProblem(await tenantsApi.send("DELETE", `/${a.tenant.slug}`, confirm), 404, "tenant_not_found");
  }, 60_000);
});
