import { env } from "cloudflare:test";
import { Notification } from "@kycuong/domain/alerts";
import { describe, expect, it } from "vitest";
import { createApp } from "../workers/api/src/app";
import { devMail } from "../workers/api/src/routes/dev/outbox";
import {
  type AlertTenant,
  createAlertTenant,
  endOfVnDay,
  insertOpenTask,
  outboxOf,
  receivedBy,
  runAlertJobs,
  vn,
} from "./fixtures/alerts";
import { apiClient, listOf, ok } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";

/** The Worker as `npm run dev` runs it: dev routes on, mail into the dev mailbox. */
const devSettings = { ENVIRONMENT: "dev", EMAIL_TRANSPORT: "dev" };
const app = createApp();
const devFetch = (path: string, init: RequestInit) =>
  Promise.resolve(app.request(path, init, { ...env, ...devSettings }));
const devApi = apiClient({ fetch: devFetch });
const DevMail = devMail();
type DevMail = ReturnType<typeof DevMail.parse>;

// A working Tuesday in April 2027, 07:30 in Việt Nam: inside the alert window.
const ALERT_TIME = vn("2027-04-06 07:30");
/** A title a browser would run if the page did not escape it. */
const HOSTILE_TITLE = `Báo cáo <script>alert("x")</script> & "khắc phục"`;

async function tenantWithDevDigest(): Promise<AlertTenant> {
  const d = await createAlertTenant();
  await insertOpenTask(d, d.communeUnitId, endOfVnDay("2027-04-01"), HOSTILE_TITLE);
  const result = await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: ALERT_TIME }], devSettings);
  expect(result.retryMessages).toEqual([]);
  expect(result.explicitAcks).toHaveLength(1);
  return d;
}

async function devMailTo(recipient: string): Promise<DevMail[]> {
  const { items } = await ok(await devApi.get("/dev/outbox.json"), listOf(DevMail));
  return items.filter((mail) => mail.recipient === recipient);
}

describe("the dev outbox (ENVIRONMENT=dev, EMAIL_TRANSPORT=dev)", () => {
  it("holds the digest the alert job sent, instead of the email API", async () => {
    const d = await tenantWithDevDigest();
    const [row] = await outboxOf(d, d.heads.commune);
    expect(row).toMatchObject({ status: "sent", attempts: 1 });

    const [mail, ...more] = await devMailTo(d.heads.commune);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({
      id: row?.providerMessageId,
      idempotencyKey: row?.id,
      sender: "Kỷ Cương <canhbao@kycuong.test>",
      subject: row?.subject,
      bodyHtml: row?.bodyHtml,
      bodyText: row?.bodyText,
    });
    expect(mail?.subject).toContain("1 việc quá hạn");
    expect(mail?.bodyText).toContain(HOSTILE_TITLE);
    // Nothing left the machine.
    expect(await receivedBy(d.heads.commune)).toEqual([]);
  });

  it("lists the messages as an HTML page, with everything in them escaped", async () => {
    const d = await tenantWithDevDigest();
    const [mail] = await devMailTo(d.heads.commune);

    const res = await devApi.get("/dev/outbox");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain(d.heads.commune);
    expect(page).toContain(mail?.subject);
    expect(page).toContain(`href="/dev/outbox/${mail?.id}"`);
    expect(page).toContain("Báo cáo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;khắc phục&quot;");
    expect(page).not.toContain('<script>alert("x")');
  });

  it("shows one message's HTML under a CSP that lets nothing load or run", async () => {
    const d = await tenantWithDevDigest();
    const [mail] = await devMailTo(d.heads.commune);

    const res = await devApi.get(`/dev/outbox/${mail?.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'(;|$)/);
    expect(res.headers.get("content-security-policy")).not.toMatch(/script-src/);
    const html = await res.text();
    expect(html).toBe(mail?.bodyHtml);
    expect(html).toContain("Xã Bình Thanh Đông");
    expect(html).not.toContain('<script>alert("x")');

    await expectProblem(await devApi.get("/dev/outbox/khong-co-thu-nay"), 404, "not_found", "http://localhost");
  });

  it("keeps one message per digest: a second run stores nothing new; an admin's resend really sends again", async () => {
    const d = await tenantWithDevDigest();
    const [first] = await devMailTo(d.heads.commune);

    const again = await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: ALERT_TIME }], devSettings);
    expect(again.retryMessages).toEqual([]);
    expect(await devMailTo(d.heads.commune)).toEqual([first]);

    // Resending a sent digest uses a fresh idempotency key, so the mailbox gets a second copy.
    const [row] = await outboxOf(d, d.heads.commune);
    const admin = apiClient({
      fetch: devFetch,
      base: `/v1/tenants/${d.tenant.slug}`,
      token: () => d.token("tenant_admin"),
    });
    const resent = await ok(await admin.post(`/notifications/${row?.id}/resend`), Notification);
    const copies = await devMailTo(d.heads.commune);
    expect(copies).toHaveLength(2);
    expect(copies.map((m) => m.subject)).toEqual([first?.subject, first?.subject]);
    // Newest first: the resent copy leads the list.
    expect(copies[1]).toEqual(first);
    expect(resent).toMatchObject({ status: "sent", attempts: 2, providerMessageId: copies[0]?.id });
  });

  it("does not exist outside dev: the same 404 as any unknown path", async () => {
    const d = await tenantWithDevDigest();
    const [mail] = await devMailTo(d.heads.commune);
    const worker = apiClient();
    const unknown = await expectProblem(await worker.get("/dev/nothing-here"), 404, "not_found");
    for (const path of ["/dev/outbox.json", "/dev/outbox", `/dev/outbox/${mail?.id}`]) {
      const res = await worker.get(path);
      const problem = await expectProblem(res, 404, "not_found");
      expect(problem.detail).toBe(unknown.detail);
      expect(res.headers.get("content-security-policy")).toBeNull();
    }
  });
});
