import { env, reset } from "cloudflare:test";
import { reportAttachments } from "@kycuong/db";
import { ORPHAN_GRACE_MS, removeOrphanObjects } from "@kycuong/domain/tenant-data";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { StoredAttachments } from "../workers/api/src/routes/public/report-attachments";
import { workerWith } from "./fixtures/api";
import { pdf, png, reportWithReceipt, upload } from "./fixtures/attachments";
import { apiClient, created } from "./fixtures/client";
import { type FaultyDatabase, faultyDatabase } from "./fixtures/database-faults";
import { testDb } from "./fixtures/db";
import { freshIp } from "./fixtures/intake";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

let db: FaultyDatabase | undefined;
// R2 is not isolated between tests under the vitest plugin.
afterEach(async () => {
  await db?.close();
  db = undefined;
  await reset();
});

const photo = { name: "anh-1.png", type: "image/png", bytes: png };
const minutes = { name: "bien-ban.pdf", type: "application/pdf", bytes: pdf };
const threeFiles = [photo, minutes, { name: "anh-2.png", type: "image/png", bytes: png }];

/** The attachment store with its `failing`-th put failing (the others go through, as R2's would). */
function storeFailingAtPut(bucket: R2Bucket, failing: number): R2Bucket {
  let puts = 0;
  const store: Pick<R2Bucket, "put" | "get" | "delete" | "list" | "head"> = {
    put: async (...args: Parameters<R2Bucket["put"]>) => {
      puts += 1;
      if (puts === failing) throw new Error("put: Network connection lost.");
      return bucket.put(...args);
    },
    get: (...args: Parameters<R2Bucket["get"]>) => bucket.get(...args),
    delete: (keys) => bucket.delete(keys),
    list: (options) => bucket.list(options),
    head: (key) => bucket.head(key),
  } as Pick<R2Bucket, "put" | "get" | "delete" | "list" | "head">;
  return store as R2Bucket;
}

async function objectsOf(d: StaffTenant): Promise<string[]> {
  const listed = await env.ATTACHMENTS.list({ prefix: `tenants/${d.tenant.id}/` });
  return listed.objects.map((object) => object.key).sort();
}

async function attachmentRowsOf(reportId: string) {
  return testDb().select().from(reportAttachments).where(eq(reportAttachments.reportId, reportId));
}

function sweep(d: StaffTenant, now: number) {
  const ctx = { db: testDb(), now: new Date(now), actor: { type: "system", job: "test" } as const, requestId: "test" };
  return removeOrphanObjects(ctx, env.ATTACHMENTS, `tenants/${d.tenant.id}/`);
}

describe("an upload interrupted by the file store", () => {
  it("a put failing half way: 503 storage_unavailable with Retry-After, no object and no row kept; sent again, all are stored", async () => {
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const failing = workerWith({ ATTACHMENTS: storeFailingAtPut(env.ATTACHMENTS, 2) });
    const res = await upload(d.tenant.slug, r.trackingCode, r.receipt, threeFiles, failing);
    await expectProblem(res, 503, "storage_unavailable");
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await objectsOf(d)).toEqual([]);
    expect(await attachmentRowsOf(r.id)).toEqual([]);

    const stored = await created(await upload(d.tenant.slug, r.trackingCode, r.receipt, threeFiles), StoredAttachments);
    expect(stored.attachments).toHaveLength(3);
    const rows = await attachmentRowsOf(r.id);
    expect(rows.map((row) => row.r2Key).sort()).toEqual(await objectsOf(d));
  });

  it("a body cut off mid-way (the connection lost while sending): 400, nothing stored", async () => {
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const form = new FormData();
    for (const file of threeFiles) form.append("files", new File([file.bytes], file.name, { type: file.type }));
    const whole = new Response(form);
    const bytes = new Uint8Array(await whole.arrayBuffer());
    const cutOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
        controller.error(new Error("Network connection lost."));
      },
    });
    const res = await apiClient({ headers: { "X-Receipt": r.receipt, "CF-Connecting-IP": freshIp() } }).post(
      `/v1/public/tenants/${d.tenant.slug}/reports/${r.trackingCode}/attachments`,
      cutOff,
      { headers: { "content-type": whole.headers.get("content-type") ?? "" } },
    );
    await expectProblem(res, 400, "malformed_body");
    expect(await objectsOf(d)).toEqual([]);
    expect(await attachmentRowsOf(r.id)).toEqual([]);
  });
});

describe("an upload interrupted by the database", () => {
  it("rows lost with the connection: 503, no row; the objects are kept only until the sweep, which spares uploads in flight", async () => {
    db = await faultyDatabase();
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const sent = await db.forwarded();
    await created(await upload(d.tenant.slug, r.trackingCode, r.receipt, [photo], db.fetch), StoredAttachments);
    const roundTrips = (await db.forwarded()) - sent;
    const named = await objectsOf(d);
    expect(named).toHaveLength(1);

    // The last round trip is the batch with the rows; the connection drops before sqld sees it.
    await db.set({ mode: "drop", after: roundTrips - 1, lose: "request" });
    await expectProblem(
      await upload(d.tenant.slug, r.trackingCode, r.receipt, threeFiles, db.fetch),
      503,
      "database_unavailable",
    );
    await db.set({ mode: "pass" });
    expect(await attachmentRowsOf(r.id)).toHaveLength(1);
    // Nobody could know whether the rows were written, so the three objects stayed.
    expect(await objectsOf(d)).toHaveLength(4);

    // An upload may still be on its way: the sweep removes only objects older than its grace period.
    expect(await sweep(d, Date.now())).toEqual({ checked: 4, removed: 0 });
    expect(await sweep(d, Date.now() + ORPHAN_GRACE_MS + 60_000)).toEqual({ checked: 4, removed: 3 });
    expect(await objectsOf(d)).toEqual(named);
  });

  it("the answer lost after the rows were written: 503, and every row still names an object staff can download", async () => {
    db = await faultyDatabase();
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const sent = await db.forwarded();
    await created(await upload(d.tenant.slug, r.trackingCode, r.receipt, [minutes], db.fetch), StoredAttachments);
    const roundTrips = (await db.forwarded()) - sent;

    await db.set({ mode: "drop", after: roundTrips - 1, lose: "response" });
    await expectProblem(
      await upload(d.tenant.slug, r.trackingCode, r.receipt, threeFiles, db.fetch),
      503,
      "database_unavailable",
    );
    await db.set({ mode: "pass" });
    const rows = await attachmentRowsOf(r.id);
    expect(rows).toHaveLength(4);
    expect(await objectsOf(d)).toEqual(rows.map((row) => row.r2Key).sort());
    for (const row of rows) {
      const file = await r.officer.get(`/reports/${r.id}/attachments/${row.id}`);
      expect(file.status, row.filename).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBe(row.size);
    }
    // Named by rows: the sweep keeps them all.
    expect(await sweep(d, Date.now() + ORPHAN_GRACE_MS + 60_000)).toEqual({ checked: 4, removed: 0 });
  });
});
