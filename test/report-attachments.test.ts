import { reset } from "cloudflare:test";
import { StaffReport } from "@kycuong/domain/reports";
import { afterEach, describe, expect, it } from "vitest";
import { StoredAttachments } from "../workers/api/src/routes/public/report-attachments";
import { pdf, png, reportWithReceipt, upload } from "./fixtures/attachments";
import { type ApiClient, apiClient, created, ok, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";

// R2 is not isolated between tests under the vitest plugin.
afterEach(async () => {
  await reset();
});

/** An executable that claims to be a photo, by name and by declared type. */
const disguised = new TextEncoder().encode("MZ\x90\x00 this is not a picture");

async function staffAttachments(id: string, staff: ApiClient) {
  return (await ok(await staff.get(`/reports/${id}`), StaffReport)).attachments;
}

describe("report attachments", () => {
  it("stores photos and PDFs sent with the receipt; staff list and download them", async () => {
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const res = await upload(d.tenant.slug, r.trackingCode, r.receipt, [
      { name: "ảnh chụp.png", type: "image/png", bytes: png },
      // Declared as something else: the bytes decide.
      { name: "bien-ban.pdf", type: "application/octet-stream", bytes: pdf },
    ]);
    const stored = await created(res, StoredAttachments);
    const listed = await staffAttachments(r.id, r.officer);
    expect(stored.attachments.map((a) => a.id).sort()).toEqual(listed.map((a) => a.id).sort());
    expect(listed.map((a) => [a.filename, a.contentType, a.size]).sort()).toEqual([
      ["bien-ban.pdf", "application/pdf", pdf.byteLength],
      ["ảnh chụp.png", "image/png", png.byteLength],
    ]);
    const photo = listed.find((a) => a.contentType === "image/png");
    const file = await signIn(d, "viewer").get(`/reports/${r.id}/attachments/${photo?.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(png);
  });

  it("judges type by content: a disguised file refuses the whole upload and stores nothing", async () => {
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const res = await upload(d.tenant.slug, r.trackingCode, r.receipt, [
      { name: "ok.png", type: "image/png", bytes: png },
      { name: "anh.jpg", type: "image/jpeg", bytes: disguised },
    ]);
    const problem = await expectProblem(res, 400, "attachment_rejected");
    expect(problem.errors?.map((e) => e.path)).toEqual(["files.1"]);
    expect(await staffAttachments(r.id, r.officer)).toEqual([]);
  });

  it("allows at most five files per report, and 10 MB each", async () => {
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.png`, type: "image/png", bytes: png }));
    await created(await upload(d.tenant.slug, r.trackingCode, r.receipt, five), StoredAttachments);
    await expectProblem(
      await upload(d.tenant.slug, r.trackingCode, r.receipt, [{ name: "6.png", type: "image/png", bytes: png }]),
      400,
      "attachment_rejected",
    );
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    const other = await reportWithReceipt(d);
    await expectProblem(
      await upload(d.tenant.slug, other.trackingCode, other.receipt, [
        { name: "big.pdf", type: "application/pdf", bytes: big },
      ]),
      400,
      "attachment_rejected",
    );
    expect(await staffAttachments(other.id, other.officer)).toEqual([]);
  });

  it("needs the right receipt to attach, and answers a wrong one like an unknown code", async () => {
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    const files = [{ name: "a.png", type: "image/png", bytes: png }];
    await expectProblem(await upload(d.tenant.slug, r.trackingCode, `${r.receipt}x`, files), 404, "report_not_found");
    await expectProblem(await upload(d.tenant.slug, "AAAA-BBBB-CC", r.receipt, files), 404, "report_not_found");
  });

  it("is readable by staff only, and only staff who may see the report", async () => {
    const d = await createStaffTenant();
    const r = await reportWithReceipt(d);
    await created(
      await upload(d.tenant.slug, r.trackingCode, r.receipt, [{ name: "a.png", type: "image/png", bytes: png }]),
      StoredAttachments,
    );
    const [attachment] = await staffAttachments(r.id, r.officer);
    const path = `/v1/tenants/${d.tenant.slug}/reports/${r.id}/attachments/${attachment?.id}`;
    expect((await apiClient().get(path)).status).toBe(401);
    // Not assigned to the unit head's commune: as if it did not exist.
    await expectProblem(await signIn(d, "unit_head").at("").get(path), 404, "report_not_found");
    const other = await createStaffTenant();
    expect((await signIn(other, "tenant_admin").at("").get(path)).status).toBe(404);
  });
});
