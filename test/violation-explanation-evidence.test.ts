import { reset } from "cloudflare:test";
import { VerifyResult, ViolationRecord } from "@kycuong/domain/violations";
import { afterEach, describe, expect, it } from "vitest";
import { type ApiClient, ok, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";
import { arrangeViolations, decideThroughApi, recordThroughApi } from "./fixtures/violations";

// R2 is not isolated between tests under the vitest plugin.
afterEach(async () => {
  await reset();
});

const png = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);
const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

function uploadFor(as: ApiClient, recordId: string, officialId: string, files: { name: string; bytes: Uint8Array }[]) {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.bytes], f.name));
  return as.post(`/violations/${recordId}/officials/${officialId}/evidence`, form);
}

describe("files with an official's explanation", () => {
  it("the unit head attaches them for their own official; the record's sealed hash is unchanged", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = signIn(d, "inspector");
    const head = signIn(d, "unit_head");
    const record = await recordThroughApi(inspector, [people.a.id, people.c.id]);

    const res = await uploadFor(head, record.id, people.a.id, [{ name: "giay-kham-benh.pdf", bytes: pdf }]);
    expect(res.status).toBe(201);
    const detail = await ok(await inspector.get(`/violations/${record.id}`), ViolationRecord);
    expect(detail.evidence).toEqual([
      expect.objectContaining({ filename: "giay-kham-benh.pdf", officialId: people.a.id }),
    ]);
    const verify = await ok(await inspector.get(`/violations/${record.id}/verify`), VerifyResult);
    expect(verify.intact).toBe(true);
  });

  it("refuses another unit's official, a disguised file, and an official already decided", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = signIn(d, "inspector");
    const head = signIn(d, "unit_head");
    const record = await recordThroughApi(inspector, [people.a.id, people.c.id]);

    await expectProblem(
      await uploadFor(head, record.id, people.c.id, [{ name: "a.png", bytes: png }]),
      403,
      "forbidden",
    );
    const disguised = new TextEncoder().encode("MZ not a document");
    await expectProblem(
      await uploadFor(head, record.id, people.a.id, [{ name: "don.pdf", bytes: disguised }]),
      400,
      "attachment_rejected",
    );
    const decided = await decideThroughApi(inspector, record.id, people.a.id, {
      decision: "reminder",
      decisionDocNumber: "7/QĐ",
    });
    expect(decided.status).toBe(200);
    await expectProblem(
      await uploadFor(inspector, record.id, people.a.id, [{ name: "a.png", bytes: png }]),
      409,
      "violation_official_decided",
    );
    const detail = await ok(await inspector.get(`/violations/${record.id}`), ViolationRecord);
    expect(detail.evidence).toEqual([]);
  });
});
