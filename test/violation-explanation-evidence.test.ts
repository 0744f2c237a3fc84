import { reset } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { expectProblem } from "./fixtures/problem";
import { bearer, createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { arrangeViolations, call, recordThroughApi, violationsUrl } from "./fixtures/violations";

// R2 is not isolated between tests under the vitest plugin.
afterEach(async () => {
  await reset();
});

const png = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);
const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

function uploadFor(
  d: StaffTenant,
  token: string,
  recordId: string,
  officialId: string,
  files: { name: string; bytes: Uint8Array }[],
) {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.bytes], f.name));
  return api(violationsUrl(d, `/${recordId}/officials/${officialId}/evidence`), {
    method: "POST",
    headers: bearer(token),
    body: form,
  });
}

describe("files with an official's explanation", () => {
  it("the unit head attaches them for their own official; the record's sealed hash is unchanged", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = await d.token("inspector");
    const head = await d.token("unit_head");
    const record = await recordThroughApi(d, inspector, [people.a.id, people.c.id]);

    const res = await uploadFor(d, head, record.id, people.a.id, [{ name: "giay-kham-benh.pdf", bytes: pdf }]);
    expect(res.status).toBe(201);
    const detail = await (await call(d, inspector, "GET", `/${record.id}`)).json<{
      evidence: { filename: string; officialId: string | null }[];
    }>();
    expect(detail.evidence).toEqual([
      expect.objectContaining({ filename: "giay-kham-benh.pdf", officialId: people.a.id }),
    ]);
    const verify = await (await call(d, inspector, "GET", `/${record.id}/verify`)).json<{ intact: boolean }>();
    expect(verify.intact).toBe(true);
  });

  it("refuses another unit's official, a disguised file, and an official already decided", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = await d.token("inspector");
    const head = await d.token("unit_head");
    const record = await recordThroughApi(d, inspector, [people.a.id, people.c.id]);

    await expectProblem(
      await uploadFor(d, head, record.id, people.c.id, [{ name: "a.png", bytes: png }]),
      403,
      "forbidden",
    );
    const disguised = new TextEncoder().encode("MZ not a document");
    await expectProblem(
      await uploadFor(d, head, record.id, people.a.id, [{ name: "don.pdf", bytes: disguised }]),
      400,
      "attachment_rejected",
    );
    const decided = await call(d, inspector, "POST", `/${record.id}/officials/${people.a.id}/decision`, {
      decision: "reminder",
      decisionDocNumber: "7/QĐ",
      decisionDocDate: "2026-10-01",
      decidedBy: "Chủ tịch UBND huyện",
    });
    expect(decided.status).toBe(200);
    await expectProblem(
      await uploadFor(d, inspector, record.id, people.a.id, [{ name: "a.png", bytes: png }]),
      409,
      "violation_official_decided",
    );
    const detail = await (await call(d, inspector, "GET", `/${record.id}`)).json<{ evidence: unknown[] }>();
    expect(detail.evidence).toEqual([]);
  });
});
