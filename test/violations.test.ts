import { env, reset } from "cloudflare:test";
import { auditLog, inspections, inspectionTeams, violationEvidence, violationRecords } from "@kycuong/db";
import { newId, type TenantContext } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import { parseTenantSettings } from "@kycuong/domain/tenants";
import {
  addViolationEvidence,
  VerifyResult,
  ViolationRecord,
  ViolationRecordSummary,
  ViolationVersion,
} from "@kycuong/domain/violations";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { type ApiClient, created, ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { aRecord, arrangeViolations, decideThroughApi, localToday, recordThroughApi } from "./fixtures/violations";

// R2 is not isolated between tests under the vitest plugin.
afterEach(async () => {
  await reset();
});

const png = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);
const disguised = new TextEncoder().encode("MZ\x90\x00 this is not a picture");

async function setup() {
  const d = await createStaffTenant();
  const people = await arrangeViolations(d);
  return { d, people, inspector: signIn(d, "inspector"), head: signIn(d, "unit_head") };
}

function uploadEvidence(as: ApiClient, id: string, files: { name: string; bytes: Uint8Array }[]) {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.bytes], f.name, { type: "image/png" }));
  return as.post(`/violations/${id}/evidence`, form);
}

async function storedObjects(d: StaffTenant) {
  return (await env.ATTACHMENTS.list({ prefix: `tenants/${d.tenant.id}/violations/` })).objects;
}

describe("violation records: issue and integrity", () => {
  it("creates a draft, issues it with a sealed hash, and verifies it intact; every write audited", async () => {
    const { d, people, inspector } = await setup();
    const draft = await recordThroughApi(inspector, [people.b.id, people.a.id], { draft: true });
    expect(draft.status).toBe("draft");
    expect(draft.officials.map((o) => o.unit.id)).toEqual([d.communeUnitId, d.communeUnitId]);
    expect((await uploadEvidence(inspector, draft.id, [{ name: "anh.png", bytes: png }])).status).toBe(201);

    const issued = await ok(await inspector.post(`/violations/${draft.id}/issue`), ViolationRecord);
    expect(issued).toMatchObject({ status: "issued", version: 1 });
    expect(issued.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.correctiveDueAt).not.toBeNull();
    expect(issued.officials.every((o) => o.status === "issued")).toBe(true);
    expect(issued.versions).toEqual([expect.objectContaining({ version: 1, contentHash: issued.contentHash })]);
    expect(issued.evidence).toHaveLength(1);

    const verify = await ok(await inspector.get(`/violations/${draft.id}/verify`), VerifyResult);
    expect(verify).toEqual({
      intact: true,
      sealedWithKey: true,
      keyId: "seal-test-current",
      signature: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/),
      storedHash: issued.contentHash,
      computedHash: issued.contentHash,
      version: 1,
      findings: [],
      chain: { events: 1, firstBrokenAt: null },
      evidence: null,
    });

    const audit = await testDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.entityId, draft.id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      "violation_record.created",
      "violation_record.evidence_added",
      "violation_record.issued",
    ]);
  });

  it("reports a record changed directly in the database as tampered", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    await testDb()
      .update(violationRecords)
      .set({ description: "Không có vi phạm nào." })
      .where(eq(violationRecords.id, record.id));
    const verify = await ok(await inspector.get(`/violations/${record.id}/verify`), VerifyResult);
    expect(verify.intact).toBe(false);
    expect(verify.storedHash).toBe(record.contentHash);
    expect(verify.computedHash).not.toBe(record.contentHash);
  });

  it("keeps the content immutable after issue; a correction makes v2 and v1 stays readable", async () => {
    const { people, inspector } = await setup();
    const draft = await recordThroughApi(inspector, [people.a.id], { draft: true });
    const edited = await inspector.patch(`/violations/${draft.id}`, { place: "Trụ sở UBND xã" });
    expect((await ok(edited, ViolationRecord)).place).toBe("Trụ sở UBND xã");
    await inspector.post(`/violations/${draft.id}/issue`);
    await expectProblem(
      await inspector.patch(`/violations/${draft.id}`, { description: "Khác" }),
      409,
      "violation_record_not_draft",
    );
    await expectProblem(await inspector.post(`/violations/${draft.id}/issue`), 409, "violation_record_not_draft");

    await expectProblem(
      await inspector.post(`/violations/${draft.id}/corrections`, { reason: "ngắn", changes: { place: "X" } }),
      400,
      "validation_failed",
    );
    const corrected = await inspector.post(`/violations/${draft.id}/corrections`, {
      reason: "Ghi sai địa điểm, đính chính theo xác minh",
      changes: { place: "Quán ăn số 12, thôn An Điềm" },
    });
    expect(corrected.status).toBe(200);
    const v2 = await ok(corrected, ViolationRecord);
    expect(v2.version).toBe(2);
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);
    const v1 = await ok(await inspector.get(`/violations/${draft.id}/versions/1`), ViolationVersion);
    expect(v1.content.place).toBe("Trụ sở UBND xã");
    const v2Sealed = await ok(await inspector.get(`/violations/${draft.id}/versions/2`), ViolationVersion);
    expect(v2Sealed.content.place).toBe("Quán ăn số 12, thôn An Điềm");
    const verify = await ok(await inspector.get(`/violations/${draft.id}/verify`), VerifyResult);
    expect(verify).toMatchObject({ intact: true, version: 2 });
    await expectProblem(await inspector.get(`/violations/${draft.id}/versions/3`), 404, "violation_version_not_found");
  });
});

describe("violation records: follow-up per official", () => {
  it("moves signature, explanation and decision; illegal moves are 409; close needs every decision", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id, people.b.id]);
    const official = (id: string) => `/${record.id}/officials/${id}`;
    await inspector.post(`/violations${official(people.a.id)}/signature`, { signature: "signed" });
    const refused = await inspector.post(`/violations${official(people.b.id)}/signature`, {
      signature: "refused",
      witnessedBy: "Trần Văn Chứng",
    });
    expect((await ok(refused, ViolationRecord)).officials.map((o) => o.signature)).toEqual(
      [people.a.id, people.b.id].sort().map((id) => (id === people.a.id ? "signed" : "refused")),
    );
    await expectProblem(
      await inspector.post(`/violations${official(people.a.id)}/signature`, { signature: "signed" }),
      409,
      "illegal_violation_transition",
    );

    const requested = await ok(
      await inspector.post(`/violations${official(people.a.id)}/explanation-request`),
      ViolationRecord,
    );
    const a = requested.officials.find((o) => o.officialId === people.a.id);
    expect(a?.status).toBe("explanation_requested");
    expect(a?.explanationDueAt).not.toBeNull();
    await expectProblem(
      await inspector.post(`/violations${official(people.a.id)}/explanation-request`),
      409,
      "illegal_violation_transition",
    );
    await inspector.post(`/violations${official(people.a.id)}/explanation`, { text: "Tôi xin nhận khuyết điểm." });

    await expectProblem(await inspector.post(`/violations/${record.id}/close`), 409, "illegal_violation_transition");
    const decision = {
      decision: "reprimand",
      decisionDocNumber: "15/QĐ-UBND",
      decisionDocDate: localToday(),
      decidedBy: "Chủ tịch UBND huyện",
    };
    expect((await inspector.post(`/violations${official(people.a.id)}/decision`, decision)).status).toBe(200);
    expect((await decideThroughApi(inspector, record.id, people.b.id, { decision: "reminder" })).status).toBe(200);
    await expectProblem(
      await inspector.post(`/violations${official(people.b.id)}/decision`, decision),
      409,
      "illegal_violation_transition",
    );
    await expectProblem(
      await inspector.post(`/violations${official(people.b.id)}/explanation`, { text: "Muộn" }),
      409,
      "illegal_violation_transition",
    );
    const closed = await ok(await inspector.post(`/violations/${record.id}/close`), ViolationRecord);
    expect(closed.status).toBe("closed");
    expect(closed.officials.every((o) => o.status === "closed")).toBe(true);
    await expectProblem(
      await inspector.post(`/violations${official(people.c.id)}/decision`, decision),
      404,
      "violation_official_not_found",
    );
  });

  it("flags a missing corrective report past its deadline, and clears it once every unit reports", async () => {
    const { d, people, inspector, head } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id, people.c.id]);
    expect(record.correctiveOverdue).toBe(false);
    await testDb()
      .update(violationRecords)
      .set({ correctiveDueAt: "2026-01-01T00:00:00.000Z" })
      .where(eq(violationRecords.id, record.id));
    const overdue = await ok(await inspector.get(`/violations/${record.id}`), ViolationRecord);
    expect(overdue.correctiveOverdue).toBe(true);

    const body = { unitId: d.communeUnitId, body: "Đã kiểm điểm, chấn chỉnh toàn thể cán bộ xã." };
    expect((await head.post(`/violations/${record.id}/corrective-reports`, body)).status).toBe(201);
    await expectProblem(
      await head.post(`/violations/${record.id}/corrective-reports`, body),
      409,
      "corrective_report_exists",
    );
    await expectProblem(
      await head.post(`/violations/${record.id}/corrective-reports`, { ...body, unitId: d.otherCommuneUnitId }),
      403,
      "forbidden",
    );
    const half = await ok(await inspector.get(`/violations/${record.id}`), ViolationRecord);
    expect(half.correctiveOverdue).toBe(true);
    await inspector.post(`/violations/${record.id}/corrective-reports`, { ...body, unitId: d.otherCommuneUnitId });
    const done = await ok(await inspector.get(`/violations/${record.id}`), ViolationRecord);
    expect(done.correctiveOverdue).toBe(false);
    expect(done.correctiveReports).toHaveLength(2);
  });
});

describe("violation records: who sees what", () => {
  it("a unit head never sees a draft, sees issued records of their subtree, answers for it, cannot decide", async () => {
    const { people, inspector, head } = await setup();
    const draft = await recordThroughApi(inspector, [people.a.id], { draft: true });
    await expectProblem(await head.get(`/violations/${draft.id}`), 404, "violation_record_not_found");
    const elsewhere = await recordThroughApi(inspector, [people.c.id]);
    await expectProblem(await head.get(`/violations/${elsewhere.id}`), 404, "violation_record_not_found");
    const mixed = await recordThroughApi(inspector, [people.b.id, people.c.id]);

    const list = await ok(await head.get("/violations"), pageOf(ViolationRecordSummary));
    expect(list.items.map((r) => r.id)).toEqual([mixed.id]);
    const all = await ok(await inspector.get("/violations?status=issued"), pageOf(ViolationRecordSummary));
    expect(all.items.map((r) => r.id)).toEqual([mixed.id, elsewhere.id]);
    const byOfficial = await ok(
      await inspector.get(`/violations?officialId=${people.a.id}`),
      pageOf(ViolationRecordSummary),
    );
    expect(byOfficial.items.map((r) => r.id)).toEqual([draft.id]);

    const explained = await head.post(`/violations/${mixed.id}/officials/${people.b.id}/explanation`, {
      text: "Tôi đã uống một ly bia.",
    });
    expect(explained.status).toBe(200);
    await expectProblem(
      await head.post(`/violations/${mixed.id}/officials/${people.c.id}/explanation`, {
        text: "Không phải đơn vị tôi",
      }),
      403,
      "forbidden",
    );
    const decision = {
      decision: "reprimand",
      decisionDocNumber: "1/QĐ",
      decisionDocDate: "2026-10-01",
      decidedBy: "Chủ tịch",
    };
    await expectProblem(
      await head.post(`/violations/${mixed.id}/officials/${people.b.id}/decision`, decision),
      403,
      "forbidden",
    );
    await expectProblem(await head.post("/violations", aRecord([people.b.id])), 403, "forbidden");
  });

  it("filters the list by the inspection's team; an unknown or another tenant's team finds nothing", async () => {
    const { d, people, inspector, head } = await setup();
    const db = testDb();
    const at = new Date().toISOString();
    const team = (name: string) => ({
      id: newId(),
      tenantId: d.tenant.id,
      name,
      decisionDocNumber: "01/QĐ-UBND",
      decisionDocDate: "2026-01-05",
      leaderOfficialId: people.c.id,
      activeFrom: "2026-01-05",
      createdAt: at,
      updatedAt: at,
    });
    const [t20, t21] = [team("Tổ Kiểm tra 20"), team("Tổ Kiểm tra 21")];
    const inspection = (teamId: string) => ({
      id: newId(),
      tenantId: d.tenant.id,
      teamId,
      kind: "planned" as const,
      status: "completed" as const,
      scheduledAt: at,
      createdAt: at,
      updatedAt: at,
    });
    const [i20, i21] = [inspection(t20.id), inspection(t21.id)];
    await db.batch([db.insert(inspectionTeams).values([t20, t21]), db.insert(inspections).values([i20, i21])]);
    const issuedFor = async (inspectionId?: string) => {
      const res = await inspector.post("/violations", aRecord([people.a.id], inspectionId ? { inspectionId } : {}));
      const { id } = await created(res, ViolationRecord);
      expect((await inspector.post(`/violations/${id}/issue`)).status).toBe(200);
      return id;
    };
    const by20 = [await issuedFor(i20.id), await issuedFor(i20.id)];
    const by21 = await issuedFor(i21.id);
    await issuedFor();
    const ids = async (as: ApiClient, query: string) =>
      (await ok(await as.get(`/violations${query}`), pageOf(ViolationRecordSummary))).items.map((r) => r.id);
    expect(await ids(inspector, `?teamId=${t20.id}`)).toEqual([...by20].reverse());
    expect(await ids(inspector, `?teamId=${t21.id}&limit=1`)).toEqual([by21]);
    expect(await ids(head, `?teamId=${t21.id}`)).toEqual([by21]);
    expect(await ids(inspector, `?teamId=${crypto.randomUUID()}`)).toEqual([]);
    const other = await createStaffTenant();
    expect(await ids(signIn(other, "inspector"), `?teamId=${t20.id}`)).toEqual([]);
    await expectProblem(await inspector.get("/violations?teamId=not-a-uuid"), 400, "validation_failed");
  });

  it("another tenant's record is a 404; its officials and types are unknown references that write nothing", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    const other = await createStaffTenant();
    const otherPeople = await arrangeViolations(other);
    const otherInspector = signIn(other, "inspector");
    await expectProblem(await otherInspector.get(`/violations/${record.id}`), 404, "violation_record_not_found");
    await expectProblem(await otherInspector.post(`/violations/${record.id}/issue`), 404, "violation_record_not_found");

    const bad = [
      aRecord([people.a.id]),
      aRecord([otherPeople.a.id, crypto.randomUUID()]),
      aRecord([otherPeople.a.id], { typeCode: "retired" }),
      aRecord([otherPeople.a.id], { typeCode: "khong-co" }),
      aRecord([otherPeople.a.id], { inspectionId: crypto.randomUUID() }),
    ];
    for (const body of bad)
      await expectProblem(await otherInspector.post("/violations", body), 400, "invalid_reference");
    await expectProblem(await otherInspector.post("/violations", aRecord([])), 400, "validation_failed");
    const rows = await testDb().select().from(violationRecords).where(eq(violationRecords.tenantId, other.tenant.id));
    expect(rows).toHaveLength(0);
  });

  it("prints the record in the administrative layout, with no script allowed", async () => {
    const { people, inspector, head } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    const res = await head.get(`/violations/${record.id}/print`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'none'");
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    for (const text of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BIÊN BẢN VI PHẠM",
      "Nguyễn Văn Thử",
      "Trần Văn Chứng",
      record.contentHash ?? "-",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain("<script");
  });
});

describe("violation evidence", () => {
  it("refuses a disguised or oversized file and stores nothing; a record no longer draft takes none", async () => {
    const { d, people, inspector } = await setup();
    const draft = await recordThroughApi(inspector, [people.a.id], { draft: true });
    const refused = await uploadEvidence(inspector, draft.id, [
      { name: "anh.png", bytes: png },
      { name: "anh2.png", bytes: disguised },
    ]);
    await expectProblem(refused, 400, "attachment_rejected");
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png);
    await expectProblem(
      await uploadEvidence(inspector, draft.id, [{ name: "lon.png", bytes: big }]),
      400,
      "attachment_rejected",
    );
    expect(await storedObjects(d)).toHaveLength(0);
    expect((await ok(await inspector.get(`/violations/${draft.id}`), ViolationRecord)).evidence).toHaveLength(0);

    await inspector.post(`/violations/${draft.id}/issue`);
    await expectProblem(
      await uploadEvidence(inspector, draft.id, [{ name: "anh.png", bytes: png }]),
      409,
      "violation_record_not_draft",
    );
    expect(await storedObjects(d)).toHaveLength(0);
  });

  it("removes stored objects when the write fails after the upload (the record was issued meanwhile)", async () => {
    const { d, people, inspector } = await setup();
    const draft = await recordThroughApi(inspector, [people.a.id], { draft: true });
    const ctx: TenantContext = {
      db: testDb(),
      now: new Date(),
      actor: {
        type: "user",
        userId: d.users.inspector.id,
        email: "i@x",
        tenantId: d.tenant.id,
        roles: ["inspector"],
        unitId: null,
      },
      requestId: "test",
      tenant: {
        id: d.tenant.id,
        slug: d.tenant.slug,
        name: "Huyện thử",
        timezone: "Asia/Ho_Chi_Minh",
        settings: parseTenantSettings({}),
        // No deadline is counted in this race.
        calendar: { years: {}, national: [], own: [] },
      },
    };
    // Someone issues the record while the bytes are being stored.
    const racingStore = {
      put: async (key: string, value: ArrayBuffer, options: { httpMetadata: { contentType: string } }) => {
        await inspector.post(`/violations/${draft.id}/issue`);
        return env.ATTACHMENTS.put(key, value, options);
      },
      get: (key: string) => env.ATTACHMENTS.get(key),
      delete: (keys: string | string[]) => env.ATTACHMENTS.delete(keys),
      list: (options: { prefix: string; cursor?: string }) => env.ATTACHMENTS.list(options),
    };
    const error = await addViolationEvidence(ctx, racingStore, draft.id, [
      { name: "anh.png", bytes: png.buffer },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("violation_record_changed");
    expect(await storedObjects(d)).toHaveLength(0);
    const rows = await testDb().select().from(violationEvidence).where(eq(violationEvidence.recordId, draft.id));
    expect(rows).toHaveLength(0);
    const verify = await ok(await inspector.get(`/violations/${draft.id}/verify`), VerifyResult);
    expect(verify.intact).toBe(true);
  });
});
