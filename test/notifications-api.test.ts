import { notifications } from "@kycuong/db";
import { Notification, NotificationSummary } from "@kycuong/domain/alerts";
import { AuditRecord } from "@kycuong/domain/audit";
import { newId } from "@kycuong/domain/context";
import { TenantSettings } from "@kycuong/domain/tenants";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  type AlertTenant,
  createAlertTenant,
  endOfVnDay,
  endOutage,
  insertOpenTask,
  outboxOf,
  receivedBy,
  runAlertJobs,
  startOutage,
  vn,
} from "./fixtures/alerts";
import { ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import type { TenantRole } from "./fixtures/staff";

// Working days in March 2027 (Wednesday and Thursday), far from Tết and from other files' dates.
const DAY1 = "2027-03-10";
const DAY2 = "2027-03-11";
const COMMUNE = "Xã Bình Thanh Đông";
const COMMUNE_TASK = "Báo cáo rà soát hộ nghèo quý I";

/** The outbox routes of a tenant, called as one role. */
function outbox(d: AlertTenant, role: TenantRole = "tenant_admin", slug = d.tenant.slug) {
  const as = signIn({ ...d, tenant: { ...d.tenant, slug } }, role);
  return {
    list: (query = "") => as.get(`/notifications?${query}`),
    get: (id: string) => as.get(`/notifications/${id}`),
    resend: (id: string) => as.post(`/notifications/${id}/resend`),
    page: async (query = "") => ok(await as.get(`/notifications?${query}`), pageOf(NotificationSummary)),
  };
}

/**
 * Open work in two communes: the commune has one task overdue and one due
 * within two working days; the other commune has one task a few working days
 * overdue and one more than ten (escalated to the leadership, here the
 * tenant admin). Each day planned gives three digests.
 */
async function tenantWithOverdueWork(): Promise<AlertTenant> {
  const d = await createAlertTenant();
  await insertOpenTask(d, d.communeUnitId, endOfVnDay("2027-03-08"), COMMUNE_TASK);
  await insertOpenTask(d, d.communeUnitId, endOfVnDay("2027-03-12"), "Kế hoạch phòng chống lụt bão");
  await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2027-03-05"), "Giải quyết đơn thư tồn đọng");
  await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2027-02-19"), "Kiểm điểm cán bộ vi phạm");
  return d;
}

/** The queue job the cron would send for the tenant at 07:30 on a local date. */
async function runDay(d: AlertTenant, date: string) {
  const result = await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn(`${date} 07:30`) }]);
  expect(result.retryMessages).toEqual([]);
  expect(result.explicitAcks).toHaveLength(1);
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

async function auditActions(d: AlertTenant, id: string) {
  const res = await signIn(d, "tenant_admin").get(`/audit?entity=notification&id=${id}`);
  return (await ok(res, pageOf(AuditRecord))).items;
}

describe("the overdue-alert outbox, as a tenant admin sees it", () => {
  it("lists the day's digests newest first, with their delivery and counts but without their bodies", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, DAY1);

    const page = await outbox(d).page();
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(3);
    const ids = page.items.map((n) => n.id);
    expect(ids).toEqual([...ids].sort().reverse());
    const to = (recipient: string) => only(page.items.filter((n) => n.recipient === recipient));
    const sent = { localDate: DAY1, status: "sent", attempts: 1, lastError: null, sentAt: expect.any(String) };
    expect(to(d.heads.commune)).toMatchObject({
      ...sent,
      kind: "unit_digest",
      unitIds: [d.communeUnitId],
      itemCount: 2,
      overdueCount: 1,
      subject: expect.stringContaining("1 việc quá hạn, 1 việc sắp đến hạn"),
    });
    expect(to(d.heads.otherCommune)).toMatchObject({
      ...sent,
      kind: "unit_digest",
      unitIds: [d.otherCommuneUnitId],
      itemCount: 2,
      overdueCount: 2,
    });
    expect(to(d.users.tenant_admin.email)).toMatchObject({
      ...sent,
      kind: "leadership_digest",
      unitIds: [],
      itemCount: 1,
      overdueCount: 1,
    });
    for (const item of page.items) {
      expect(item).not.toHaveProperty("bodyHtml");
      expect(item).not.toHaveProperty("bodyText");
      expect(item).not.toHaveProperty("tenantId");
    }
    // What the list says went out is what the head received.
    const [received, ...more] = await receivedBy(d.heads.commune);
    expect(more).toEqual([]);
    expect(received).toMatchObject({ id: to(d.heads.commune).providerMessageId, subject: to(d.heads.commune).subject });
  });

  it("filters by status, recipient (in any case) and date, alone and combined", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, DAY1);
    await startOutage(d.heads.otherCommune, 503);
    try {
      await runDay(d, DAY2);
    } finally {
      await endOutage(d.heads.otherCommune);
    }
    const admin = outbox(d);
    const recipients = (page: { items: NotificationSummary[] }) =>
      page.items.map((n) => `${n.localDate} ${n.recipient} ${n.status}`);

    expect((await admin.page()).items).toHaveLength(6);
    expect(recipients(await admin.page(`date=${DAY1}`)).sort()).toEqual(
      [d.heads.commune, d.heads.otherCommune, d.users.tenant_admin.email].map((r) => `${DAY1} ${r} sent`).sort(),
    );
    expect((await admin.page(`date=${DAY2}`)).items.map((n) => n.localDate)).toEqual([DAY2, DAY2, DAY2]);
    expect((await admin.page("date=2027-03-12")).items).toEqual([]);

    const pending = only((await admin.page("status=pending")).items);
    expect(pending).toMatchObject({
      recipient: d.heads.otherCommune,
      localDate: DAY2,
      attempts: 1,
      sentAt: null,
      lastError: expect.stringContaining("503"),
    });
    expect((await admin.page("status=sent")).items).toHaveLength(5);
    expect((await admin.page("status=dead")).items).toEqual([]);

    const shouted = encodeURIComponent(d.heads.otherCommune.toUpperCase());
    expect(recipients(await admin.page(`recipient=${shouted}`))).toEqual([
      `${DAY2} ${d.heads.otherCommune} pending`,
      `${DAY1} ${d.heads.otherCommune} sent`,
    ]);
    expect(recipients(await admin.page(`recipient=${shouted}&status=sent`))).toEqual([
      `${DAY1} ${d.heads.otherCommune} sent`,
    ]);
    expect((await admin.page(`recipient=${shouted}&status=sent&date=${DAY2}`)).items).toEqual([]);
    expect(recipients(await admin.page(`status=sent&date=${DAY2}`)).sort()).toEqual(
      [d.heads.commune, d.users.tenant_admin.email].map((r) => `${DAY2} ${r} sent`).sort(),
    );
  });

  it("answers a malformed filter or cursor with a 400 problem naming the parameter", async () => {
    const d = await tenantWithOverdueWork();
    const admin = outbox(d);
    for (const [query, path] of [
      ["status=nope", "query.status"],
      ["date=2027-13-01", "query.date"],
      ["date=10%2F03%2F2027", "query.date"],
      ["recipient=not-an-email", "query.recipient"],
      ["limit=0", "query.limit"],
    ]) {
      const problem = await expectProblem(await admin.list(query), 400, "validation_failed");
      expect(problem.errors?.map((e) => e.path)).toEqual([path]);
    }
    await expectProblem(await admin.list("cursor=not-a-cursor"), 400, "invalid_cursor");
  });

  it("pages through every digest with limit=1 and the cursor, each once, in list order", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, DAY1);
    await runDay(d, DAY2);
    const admin = outbox(d);
    const all = (await admin.page()).items.map((n) => n.id);
    expect(all).toHaveLength(6);

    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await admin.page(`limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.items).toHaveLength(1);
      walked.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor && walked.length <= all.length);
    expect(walked).toEqual(all);

    // The cursor keeps the filter's company.
    const first = await admin.page(`limit=2&date=${DAY1}`);
    const rest = await admin.page(`limit=2&date=${DAY1}&cursor=${first.nextCursor}`);
    expect(rest.nextCursor).toBeNull();
    expect([...first.items, ...rest.items].map((n) => n.localDate)).toEqual([DAY1, DAY1, DAY1]);
  });

  it("shows one digest with the HTML and plain text exactly as they were sent", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, DAY1);
    const row = only(await outboxOf(d, d.heads.commune));

    const res = await outbox(d).get(row.id);
    const body = await ok(res, Notification);
    expect(body).toMatchObject({
      id: row.id,
      recipient: d.heads.commune,
      status: "sent",
      itemCount: 2,
      bodyWithheld: false,
    });
    expect(body.bodyHtml).toContain(COMMUNE);
    expect(body.bodyHtml).toContain(COMMUNE_TASK);
    expect(body.bodyText).toContain(COMMUNE);
    expect(body.bodyText).toContain(COMMUNE_TASK);
    const received = only(await receivedBy(d.heads.commune));
    expect({ html: body.bodyHtml, text: body.bodyText, subject: body.subject }).toEqual({
      html: received.html,
      text: received.text,
      subject: received.subject,
    });
  });

  it("never shows the body of a password link, which holds a live sign-in link, not even after a resend", async () => {
    const d = await tenantWithOverdueWork();
    const admin = signIn(d, "tenant_admin");
    const target = d.users.inspector;
    expect((await admin.post(`/users/${target.id}/password-link`)).status).toBe(202);
    const row = only((await outbox(d).page()).items.filter((n) => n.kind === "password_link"));
    expect(row.recipient).toBe(target.email);

    const body = await ok(await outbox(d).get(row.id), Notification);
    expect(body).toMatchObject({ id: row.id, kind: "password_link", bodyHtml: "", bodyText: "", bodyWithheld: true });
    expect(body.subject).toContain("Set your password");
    const [stored] = await testDb().select().from(notifications).where(eq(notifications.id, row.id));
    expect(stored?.bodyText).toContain("reset-password?token=");
    const resent = await ok(await outbox(d).resend(row.id), Notification);
    expect(JSON.stringify(resent)).not.toContain("token=");
    expect(resent.bodyWithheld).toBe(true);
  });

  it("gives another tenant's admin the same 404 for this tenant's digest as for a missing one", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, DAY1);
    const row = only(await outboxOf(d, d.heads.commune));
    const other = await createAlertTenant();
    const theirs = outbox(other);

    const strip = ({ requestId: _r, ...rest }: { requestId: string }) => rest;
    const missing = strip(await expectProblem(await theirs.get(newId()), 404, "notification_not_found"));
    expect(strip(await expectProblem(await theirs.get(row.id), 404, "notification_not_found"))).toEqual(missing);
    expect(strip(await expectProblem(await theirs.resend(row.id), 404, "notification_not_found"))).toEqual(missing);
    expect((await theirs.page()).items).toEqual([]);
    // And their token does not open this tenant's outbox at all.
    await expectProblem(await outbox(other, "tenant_admin", d.tenant.slug).get(row.id), 404, "tenant_not_found");
    // Nothing was sent again.
    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
    expect(only(await outboxOf(d, d.heads.commune)).attempts).toBe(1);
  });

  it("is closed to every role but the tenant admin", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, DAY1);
    const row = only(await outboxOf(d, d.heads.commune));
    for (const role of ["unit_head", "viewer", "party_office"] as const) {
      const as = outbox(d, role);
      await expectProblem(await as.list(), 403, "forbidden");
      await expectProblem(await as.get(row.id), 403, "forbidden");
      await expectProblem(await as.resend(row.id), 403, "forbidden");
    }
    expect(only(await outboxOf(d, d.heads.commune)).attempts).toBe(1);
    expect(await receivedBy(d.heads.commune)).toHaveLength(1);
  });
});

describe("resending a digest", () => {
  it("a dead digest stays dead while the provider is down, goes out once after, and both are audited", async () => {
    const d = await tenantWithOverdueWork();
    await ok(await signIn(d, "tenant_admin").patch("/settings", { alertMaxAttempts: 1 }), TenantSettings);
    const admin = outbox(d);

    await startOutage(d.heads.commune, 503);
    let dead: NotificationSummary;
    try {
      await runDay(d, "2027-03-09");
      dead = only((await admin.page("status=dead")).items);
      expect(dead).toMatchObject({
        recipient: d.heads.commune,
        status: "dead",
        attempts: 1,
        sentAt: null,
        lastError: expect.stringContaining("503"),
      });

      const during = await admin.resend(dead.id);
      expect(await ok(during, Notification)).toMatchObject({
        id: dead.id,
        status: "dead",
        attempts: 2,
        sentAt: null,
        lastError: expect.stringContaining("503"),
      });
      expect(await receivedBy(d.heads.commune)).toEqual([]);
    } finally {
      await endOutage(d.heads.commune);
    }

    const after = await admin.resend(dead.id);
    const resent = await ok(after, Notification);
    expect(resent).toMatchObject({
      id: dead.id,
      status: "sent",
      attempts: 3,
      lastError: null,
      sentAt: expect.any(String),
    });
    const received = only(await receivedBy(d.heads.commune));
    expect(received).toMatchObject({ id: resent.providerMessageId, subject: dead.subject });
    expect((await admin.page("status=dead")).items).toEqual([]);

    const audit = await auditActions(d, dead.id);
    expect(audit.map((e) => e.action).sort()).toEqual(
      [
        "notification.dead",
        "notification.dead",
        "notification.resend",
        "notification.resend",
        "notification.sent",
      ].sort(),
    );
    for (const entry of audit.filter((e) => e.action === "notification.resend")) {
      expect(entry).toMatchObject({ actorType: "user", actorId: d.users.tenant_admin.id, entityId: dead.id });
    }
  });

  it("refuses (409) while a sender holds the digest, and sends once the hold is only a retry wait", async () => {
    const d = await tenantWithOverdueWork();
    await startOutage(d.heads.commune, 503);
    try {
      await runDay(d, "2027-03-12");
    } finally {
      await endOutage(d.heads.commune);
    }
    const waiting = only(await outboxOf(d, d.heads.commune));
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    const admin = outbox(d);

    // As a sender leaves it when it takes it: attempted now, not to be taken again for the 15-minute lease.
    const now = Date.now();
    await testDb()
      .update(notifications)
      .set({
        status: "pending",
        lastAttemptAt: new Date(now).toISOString(),
        nextAttemptAt: new Date(now + 15 * 60_000).toISOString(),
      })
      .where(eq(notifications.id, waiting.id));
    await expectProblem(await admin.resend(waiting.id), 409, "notification_being_sent");
    expect(await receivedBy(d.heads.commune)).toEqual([]);
    expect(only(await outboxOf(d, d.heads.commune))).toMatchObject({ status: "pending", attempts: 1 });
    expect((await auditActions(d, waiting.id)).map((e) => e.action)).not.toContain("notification.resend");

    // After a failed attempt it waits 5 minutes for its retry: nobody holds it, so an admin may send it now.
    await testDb()
      .update(notifications)
      .set({ nextAttemptAt: new Date(now + 5 * 60_000).toISOString() })
      .where(eq(notifications.id, waiting.id));
    const res = await admin.resend(waiting.id);
    expect(await ok(res, Notification)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(only(await receivedBy(d.heads.commune)).subject).toBe(waiting.subject);
  });
  it("resending a sent digest really sends it again (a fresh idempotency key), once per resend", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, "2027-03-09");
    const sent = only(await outboxOf(d, d.heads.commune));
    const [first] = await receivedBy(d.heads.commune);
    const res = await outbox(d).resend(sent.id);
    expect(res.status).toBe(200);
    const mails = await receivedBy(d.heads.commune);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe(first?.subject);
    expect(mails[1]?.headers.idempotencyKey).not.toBe(first?.headers.idempotencyKey);
    expect(await ok(res, Notification)).toMatchObject({
      status: "sent",
      attempts: 2,
      providerMessageId: mails[1]?.id,
    });
  });
  it("a resend of a sent digest that fails is retried by the scheduler under the resend's key, so it really goes", async () => {
    const d = await tenantWithOverdueWork();
    await runDay(d, "2027-03-08");
    const sent = only(await outboxOf(d, d.heads.commune));
    await startOutage(d.heads.commune, 503);
    try {
      const res = await outbox(d).resend(sent.id);
      expect(await ok(res, Notification)).toMatchObject({ status: "pending", attempts: 2 });
    } finally {
      await endOutage(d.heads.commune);
    }
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: vn("2027-03-08 09:00") }]);
    const mails = await receivedBy(d.heads.commune);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.headers.idempotencyKey).toBe(`${sent.id}:resend:2`);
    expect(only(await outboxOf(d, d.heads.commune))).toMatchObject({ status: "sent", attempts: 3 });
  });
});
